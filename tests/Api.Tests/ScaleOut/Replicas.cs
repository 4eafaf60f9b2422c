using System.Diagnostics;
using System.Net;
using System.Text;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using StackExchange.Redis;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// Two API processes on loopback, built as shipped (<c>src/Api</c>'s output, run with <c>dotnet</c>), sharing one
/// fresh PostgreSQL database and one Redis database: what a deployment with two replicas behind a load balancer
/// runs. Needs <c>GREENCOMMUNITY_TEST_POSTGRES</c> and <c>GREENCOMMUNITY_TEST_REDIS</c>; .ci/run provides both.
/// </summary>
public sealed class Replicas : IAsyncLifetime
{
    /// <summary>The signed-in budget per client and window, small enough to exhaust.</summary>
    public const int SignedInBudget = 40;

    private readonly Dictionary<string, Replica> _replicas = [];
    private TestDatabase? _database;
    private string _redis = string.Empty;

    /// <summary>Why the replicas cannot run here, or null when they can.</summary>
    public static string? Unavailable => TestDatabase.PostgresServer is null
        ? $"{TestDatabase.PostgresVariable} is not set, so there is no PostgreSQL server for the replicas to share"
        : RedisServer.Configuration is null
            ? $"{RedisServer.Variable} is not set, so there is no Redis for the replicas to share (e.g. export {RedisServer.Variable}=localhost:6379)"
            : null;

    /// <summary>Replica A.</summary>
    public Replica A => _replicas["A"];

    /// <summary>Replica B.</summary>
    public Replica B => _replicas["B"];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        _database = TestDatabase.Create(DatabaseProvider.PostgreSql);

        // A Redis database of its own, emptied: no counters, streams or cached answers from earlier runs.
        var number = Random.Shared.Next(1, 16);
        _redis = $"{RedisServer.Configuration},defaultDatabase={number}";
        using (var redis = await ConnectionMultiplexer.ConnectAsync(_redis + ",allowAdmin=true"))
        {
            await redis.GetServers()[0].FlushDatabaseAsync(number);
        }

        await RunCommandAsync("migrate");
        await RunCommandAsync("seed-sample");
        _replicas["A"] = new Replica("A", Settings());
        _replicas["B"] = new Replica("B", Settings());
        try
        {
            await Task.WhenAll(A.StartAsync(), B.StartAsync());
        }
        catch
        {
            // A fixture that fails to start is not disposed: stop what did start.
            await DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        foreach (var replica in _replicas.Values)
        {
            replica.Dispose();
        }

        _database?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The path of the API's built assembly (the configuration the tests were built in).</summary>
    internal static string ApiAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GreenCommunity.sln")))
        {
            directory = directory.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository root (GreenCommunity.sln) was not found."), "src", "Api", "bin", configuration, "net10.0", "GreenCommunity.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the API first (dotnet build).", path);
    }

    private Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["OpenData__PublicBaseUrl"] = "http://127.0.0.1",
            ["Database__Provider"] = "PostgreSql",
            ["Database__MigrateOnStart"] = "false",
            ["Database__SeedSampleData"] = "false",
            ["ConnectionStrings__GreenCommunity"] = _database!.ConnectionString,
            ["ConnectionStrings__Redis"] = _redis,
            ["RateLimits__SignedInPerWindow"] = SignedInBudget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits__AnonymousPerWindow"] = "100000000",
            ["Outbox__PollSeconds"] = "1",
            ["Outbox__LeaseSeconds"] = "3",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in TestTokens.Settings)
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return settings;
    }

    private async Task RunCommandAsync(string command)
    {
        using var process = Replica.Launch(Settings(), command, new StringBuilder());
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        Assert.True(process.ExitCode == 0, $"'{command}' failed with exit code {process.ExitCode}.");
    }
}

/// <summary>One API process.</summary>
public sealed class Replica(string name, IReadOnlyDictionary<string, string> settings) : IDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    /// <summary>The replica's name.</summary>
    public string Name { get; } = name;

    /// <summary>Its HTTP address.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Its WebSocket endpoint.</summary>
    public Uri WebSocket => new($"ws://{Address.Authority}/graphql");

    /// <summary>What it has logged so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>A client for it.</summary>
    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Starts it on a free loopback port and waits until it is ready.</summary>
    public async Task StartAsync()
    {
        var port = LoopbackPort.Free();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _process = Launch(new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/') }, null, _log);
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            Assert.False(_process.HasExited, $"Replica {Name} exited at start:\n{Log}");
            try
            {
                if ((await client.GetAsync(new Uri("health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"Replica {Name} was not ready within 120 s:\n{Log}");
            await Task.Delay(200);
        }
    }

    /// <summary>Kills it at once (no graceful shutdown), as a crash or an OOM kill would.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
    }

    internal static Process Launch(IReadOnlyDictionary<string, string> settings, string? command, StringBuilder log)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Replicas.ApiAssembly());
        if (command is not null)
        {
            start.ArgumentList.Add(command);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.Length < 200_000)
            {
                log.AppendLine(line);
            }
        }
    }
}
