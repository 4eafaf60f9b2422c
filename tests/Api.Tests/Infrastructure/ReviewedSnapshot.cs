using Snapshooter;
using Snapshooter.Xunit;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// Snapshots of contracts and documented outputs (Snapshooter): a changed output fails the test and is written beside
/// the approved one under <c>__mismatch__/</c>, to be reviewed and moved over it; it is never rewritten silently.
/// A missing snapshot is created on a developer's machine and is a failure under <c>CI=true</c>.
/// </summary>
public static class ReviewedSnapshot
{
    /// <summary>Matches <paramref name="actual"/> with the approved snapshot <c><paramref name="folder"/>/__snapshots__/<paramref name="name"/></c>.</summary>
    public static void Match(string actual, string name, string folder)
    {
        var approved = Path.Combine(folder, "__snapshots__", name);
        if (Prerequisite.InCi && !File.Exists(approved))
        {
            Assert.Fail($"The approved snapshot {approved} is missing: run the test locally, review the file it writes and commit it.");
        }

        Snapshot.Match(actual, new SnapshotFullName(name, folder));
    }

    /// <summary>The approved snapshot's text (without the byte-order mark Snapshooter writes).</summary>
    public static string Read(string name, string folder) => File.ReadAllText(Path.Combine(folder, "__snapshots__", name)).TrimStart('\uFEFF');

    /// <summary>The repository's root (where GreenCommunity.sln is).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenCommunity.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GreenCommunity.sln not found above " + AppContext.BaseDirectory);
    }
}
