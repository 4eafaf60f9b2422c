using System.Diagnostics;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// <c>migrate</c> and <c>seed-sample</c> run the operation and exit, as docs/deployment.md's installation uses them:
/// the built API is started as a process, on a new database of the suite's provider.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DatabaseCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MigrateAppliesTheMigrationsAndSeedsNothing()
    {
        using var database = TestDatabase.Create();
        Assert.Equal(0, await RunApiAsync(database, "migrate"));

        await using var db = DatabaseProviders.CreateContext(database.Provider, database.ConnectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Districts.CountAsync());

        Assert.Equal(0, await RunApiAsync(database, "migrate")); // nothing left to do is not an error
    }

    [Fact]
    public async Task SeedSampleLoadsTheSampleDatasetOnceIntoAMigratedDatabase()
    {
        using var database = TestDatabase.Create();
        Assert.Equal(1, await RunApiAsync(database, "seed-sample")); // not migrated yet
        Assert.Equal(0, await RunApiAsync(database, "migrate"));
        Assert.Equal(0, await RunApiAsync(database, "seed-sample"));
        Assert.Equal(0, await RunApiAsync(database, "seed-sample"));

        await using var db = DatabaseProviders.CreateContext(database.Provider, database.ConnectionString);
        Assert.Equal(7, await db.Districts.CountAsync());
    }

    [Fact]
    public async Task AnUnknownCommandFailsWithoutServing()
    {
        using var database = TestDatabase.Create();
        Assert.Equal(2, await RunApiAsync(database, "migrat"));
    }

    private async Task<int> RunApiAsync(TestDatabase database, string command)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GreenCommunity.Api.dll"));
        startInfo.ArgumentList.Add(command);
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        startInfo.Environment["Database__Provider"] = database.Provider.ToString();
        startInfo.Environment["ConnectionStrings__GreenCommunity"] = database.ConnectionString;
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        output.WriteLine($"$ GreenCommunity.Api {command} -> exit {process.ExitCode}\n{await stdout}{await stderr}");
        return process.ExitCode;
    }
}
