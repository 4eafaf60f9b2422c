using System.Text.Json;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.ScaleOut;
using StackExchange.Redis;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// <c>persisted-operations push &lt;manifest.json&gt;</c> (parsed by <see cref="ApiCommandLine"/>): registers a frontend's persisted operations for every
/// replica (the Redis hash of <see cref="PersistedOperationRegistry"/>) at deploy time, without a new release of the
/// API. The manifest has the built-in one's format: a JSON object from <c>sha256:&lt;hex&gt;</c> to the document.
/// Uses the API's settings (<c>ConnectionStrings:Redis</c>) and exits; it does not start the web server.
/// </summary>
/// <remarks>
/// Exit codes: 0 registered; 1 Redis is not configured; 2 bad usage, or the manifest cannot be read as such an object;
/// 3 Redis is unreachable; 4 an ID is not the hash of its document (nothing was registered).
/// </remarks>
public static class PersistedOperationCommands
{
    /// <summary>The verb.</summary>
    public const string Verb = "persisted-operations";

    /// <summary>The sub-command that registers a manifest.</summary>
    public const string Push = "push";

    /// <summary>The exit code when Redis is not configured.</summary>
    public const int NotConfigured = 1;

    /// <summary>The exit code for bad usage or a manifest that cannot be read.</summary>
    public const int BadUsage = 2;

    /// <summary>The exit code when Redis cannot be reached.</summary>
    public const int Unreachable = 3;

    /// <summary>The exit code when an ID is not the hash of its document.</summary>
    public const int WrongId = 4;

    /// <summary>
    /// Registers the manifest at <paramref name="path"/> with these services and settings: the exit code. Redis is the
    /// registered <see cref="IConnectionMultiplexer"/>, else a connection of its own.
    /// </summary>
    public static async Task<int> PushAsync(IServiceProvider services, IConfiguration configuration, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PersistedOperationCommands));
        if (!RedisSetup.IsConfigured(configuration))
        {
            PersistedOperationLog.NotConfigured(logger, RedisSetup.ConnectionStringName);
            return NotConfigured;
        }

        Dictionary<string, string>? manifest;
        try
        {
            await using var file = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(file, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            PersistedOperationLog.Unreadable(logger, path, ex.Message);
            return BadUsage;
        }

        if (manifest is null)
        {
            PersistedOperationLog.Unreadable(logger, path, "it is null, not an object");
            return BadUsage;
        }

        if (PersistedOperationRegistry.FindWrongIds(manifest) is { Count: > 0 } wrong)
        {
            PersistedOperationLog.WrongIds(logger, path, PersistedOperationRegistry.DescribeWrongIds(wrong));
            return WrongId;
        }

        var shared = services.GetService<IConnectionMultiplexer>();
        ConnectionMultiplexer? own = null;
        try
        {
            if (shared is null)
            {
                var options = ConfigurationOptions.Parse(configuration.GetConnectionString(RedisSetup.ConnectionStringName)!);
                options.ClientName ??= "greencommunity-api";
                own = await ConnectionMultiplexer.ConnectAsync(options);
            }

            using var registry = new PersistedOperationRegistry(shared ?? own!, services.GetRequiredService<ILogger<PersistedOperationRegistry>>());
            var registered = await registry.RegisterAsync(manifest, cancellationToken);
            PersistedOperationLog.Registered(logger, registered, path, PersistedOperationRegistry.HashKey);
            return 0;
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            PersistedOperationLog.Unreachable(logger, ex.Message);
            return Unreachable;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}

/// <summary>Log messages of <see cref="PersistedOperationCommands"/>.</summary>
internal static partial class PersistedOperationLog
{
    [LoggerMessage(EventId = 1140, Level = LogLevel.Information, Message = "Registered {Count} persisted operation(s) from {Path} in the Redis hash {Hash}; every replica serves them now")]
    public static partial void Registered(ILogger logger, int count, string path, string hash);

    [LoggerMessage(EventId = 1142, Level = LogLevel.Error, Message = "Redis is not configured (ConnectionStrings:{Name}), so there is nowhere to register persisted operations for all replicas")]
    public static partial void NotConfigured(ILogger logger, string name);

    [LoggerMessage(EventId = 1143, Level = LogLevel.Error, Message = "Cannot read the manifest {Path} as a JSON object from 'sha256:<hex>' to the document: {Reason}")]
    public static partial void Unreadable(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1144, Level = LogLevel.Error, Message = "Nothing registered from {Path}: {Reason}")]
    public static partial void WrongIds(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1145, Level = LogLevel.Error, Message = "Nothing registered: Redis is unreachable ({Reason})")]
    public static partial void Unreachable(ILogger logger, string reason);
}
