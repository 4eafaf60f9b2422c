using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// What a test needs from the machine (a server, a browser, a package). When it is missing the test passes after
/// writing why it did not run, except under <c>CI=true</c>, where it fails: CI must run it.
/// </summary>
public static class Prerequisite
{
    /// <summary>True when <paramref name="missing"/> is null; otherwise reports it as described above and returns false.</summary>
    public static bool Met(ITestOutputHelper output, string? missing)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (missing is null)
        {
            return true;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true, so this test must run, but {missing}");
        }

        output.WriteLine($"NOT RUN (passes without checking anything): {missing} Set CI=true to make this a failure.");
        return false;
    }
}
