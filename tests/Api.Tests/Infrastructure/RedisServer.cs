using StackExchange.Redis;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// The real Redis server that <see cref="Variable"/> points at, for the tests of what replicas share. Without it such a
/// test is skipped with the reason, except under <c>CI=true</c>, where it fails: CI must run it. Other
/// tests share the server, so a test uses keys of its own (<see cref="UniqueName"/>) and deletes only those.
/// </summary>
public static class RedisServer
{
    /// <summary>The environment variable with the server's StackExchange.Redis configuration, e.g. <c>localhost:6379</c>.</summary>
    public const string Variable = "GREENCOMMUNITY_TEST_REDIS";

    /// <summary>The server's configuration, or null when none is set.</summary>
    public static string? Configuration => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Returns when the server is configured; otherwise skips the test with the reason (fails it under CI).</summary>
    public static void Require() => Prerequisite.Require(Unavailable);

    /// <summary>Why there is no server to test against, or null.</summary>
    public static string? Unavailable => Configuration is not null
        ? null
        : $"{Variable} is not set, so there is no Redis server to test against "
            + "(export GREENCOMMUNITY_TEST_REDIS=localhost:6379; the tests use keys of their own and never flush the server).";

    /// <summary>A new connection to the server (one per simulated replica); fails when it cannot connect.</summary>
    public static async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var options = ConfigurationOptions.Parse(Configuration ?? throw new InvalidOperationException($"{Variable} is not set: check IsAvailable first."));
        options.ClientName = "greencommunity-tests";
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    /// <summary>
    /// The configuration of a Redis that is not there: a loopback port nothing listens on, short timeouts, and
    /// <c>abortConnect=false</c> as the API uses, so connecting succeeds and every command fails.
    /// </summary>
    public static string Unreachable => $"127.0.0.1:{LoopbackPort.Free()},abortConnect=false,connectTimeout=300,syncTimeout=500,asyncTimeout=500,connectRetry=0";

    /// <summary>A connection to <see cref="Unreachable"/>.</summary>
    public static async Task<ConnectionMultiplexer> ConnectUnreachableAsync() => await ConnectionMultiplexer.ConnectAsync(Unreachable);

    /// <summary>A name no other test uses, for keys, clients and operation names (starts with a letter).</summary>
    public static string UniqueName(string purpose) => $"{purpose}_{Guid.NewGuid():N}";
}
