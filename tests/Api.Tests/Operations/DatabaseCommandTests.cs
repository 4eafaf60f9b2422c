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
    private string _output = string.Empty;

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
        Assert.Contains("Unrecognized command or argument 'migrat'", _output, StringComparison.Ordinal);
        Assert.Contains("migrate", _output, StringComparison.Ordinal); // the help that follows lists the commands
    }

    [Theory]
    [InlineData("generate [options]", "generate", "--help")]
    [InlineData("persisted-operations push <manifest>", "--urls", "http://127.0.0.1:1", "persisted-operations", "push", "-h")]
    public async Task AVerbExplainsItselfWithoutRunning(string usage, params string[] command)
    {
        using var database = TestDatabase.Create();
        Assert.Equal(0, await RunApiAsync(database, command));
        Assert.Contains($"Usage:\n  GreenCommunity.Api {usage}", _output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private async Task<int> RunApiAsync(TestDatabase database, params string[] command)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GreenCommunity.Api.dll"));
        foreach (var argument in command)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        startInfo.Environment["Database__Provider"] = database.Provider.ToString();
        startInfo.Environment["ConnectionStrings__GreenCommunity"] = database.ConnectionString;
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        _output = await stdout + await stderr;
        output.WriteLine($"$ GreenCommunity.Api {string.Join(' ', command)} -> exit {process.ExitCode}\n{_output}");
        return process.ExitCode;
    }
}
