using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// The Redis that replicas share, when <c>ConnectionStrings:Redis</c> is set (StackExchange.Redis configuration
/// syntax, e.g. <c>localhost:6379</c>). Optional: without it one process uses in-memory equivalents.
/// </summary>
public static class RedisSetup
{
    /// <summary>The connection string's name.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>The prefix of every key and channel this API uses, so one Redis can serve other things too.</summary>
    public const string KeyPrefix = "greencommunity:";

    /// <summary>Whether Redis is configured.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    /// <summary>
    /// Registers one shared <see cref="IConnectionMultiplexer"/> when Redis is configured. It does not fail start-up
    /// when Redis is down (<c>abortConnect=false</c>): it reconnects in the background, and each user of it degrades
    /// as <c>docs/deployment.md</c> describes.
    /// </summary>
    public static IServiceCollection AddRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsConfigured(configuration))
        {
            return services;
        }

        var options = ConfigurationOptions.Parse(configuration.GetConnectionString(ConnectionStringName)!);
        options.AbortOnConnectFail = false;

        // While Redis is unreachable, commands fail at once (each user falls back) instead of queueing until they
        // time out, and the connection is retried every second, so the replica catches up soon after Redis returns.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        options.ClientName ??= "greencommunity-api";
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        return services;
    }
}
