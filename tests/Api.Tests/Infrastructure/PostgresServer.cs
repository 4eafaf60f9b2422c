using System.Diagnostics;
using Npgsql;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL server that <see cref="TestDatabase.PostgresVariable"/> points at, for the tests that need
/// one whatever provider the suite runs on. Without it such a test is skipped with the reason, except under
/// <c>CI=true</c>, where it fails: CI must run it.
/// </summary>
public static class PostgresServer
{
    /// <summary>Returns when the server is configured; otherwise skips the test with the reason (fails it under CI).</summary>
    public static void Require() => Prerequisite.Require(Unavailable);

    /// <summary>Why there is no server to test against, or null.</summary>
    public static string? Unavailable => TestDatabase.PostgresServer is not null
        ? null
        : $"{TestDatabase.PostgresVariable} is not set, so there is no PostgreSQL server to test against "
            + "(see docs/testing.md: export GREENCOMMUNITY_TEST_POSTGRES=\"Host=127.0.0.1;Username=...;Password=...\").";

    /// <summary>Stops the server (fast shutdown: sessions are ended) with the Debian cluster tools.</summary>
    public static Task StopAsync() => ControlAsync("stop", "-m", "fast");

    /// <summary>Starts the server again and waits until it accepts connections.</summary>
    public static async Task StartAsync()
    {
        await ControlAsync("start");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Pooling = false }.ConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    // pg_ctlcluster needs the cluster's version and name: the one listening on the connection string's port.
    private static async Task ControlAsync(params string[] action)
    {
        var port = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer).Port;
        var clusters = await RunAsync("pg_lsclusters", "--no-header");
        var cluster = clusters.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(columns => columns.Length > 2 && columns[2] == port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"No PostgreSQL cluster listens on port {port} (pg_lsclusters printed: {clusters}).");
        await RunAsync("pg_ctlcluster", [cluster[0], cluster[1], .. action]);
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
    }
}
