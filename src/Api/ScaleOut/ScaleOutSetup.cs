using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.GraphQL.Caching;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// What replicas share, and its one-process equivalents: the live event pipeline (outbox relay and transport),
/// the public result cache (HybridCache, Redis as its second level) and its generation. With
/// <c>ConnectionStrings:Redis</c> set, every replica hears every event and shares cached answers and their
/// invalidation; without it, one process behaves the same on its own (ADR-016, docs/deployment.md).
/// </summary>
public static class ScaleOutSetup
{
    /// <summary>Adds the shared state: Redis when configured, in-memory equivalents otherwise.</summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var redis = RedisSetup.IsConfigured(configuration);
        services.AddRedis(configuration);

        // Cached public answers: bounded in bytes in memory, and each at most PublicResultsMaxBytes.
        services.AddMemoryCache(o => o.SizeLimit = configuration.GetValue("Caching:MemoryLimitMegabytes", 256L) * 1024 * 1024);
        services.AddHybridCache(o =>
        {
            o.MaximumPayloadBytes = configuration.GetValue("Caching:PublicResultsMaxBytes", 4 * 1024 * 1024);
            o.MaximumKeyLength = 256;
        });
        if (redis)
        {
            // The second level shares the one connection.
            services.AddStackExchangeRedisCache(o => o.InstanceName = RedisSetup.KeyPrefix);
            services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((o, sp) =>
                o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<RedisCacheGeneration>();
            services.AddSingleton<ICacheGeneration>(sp => sp.GetRequiredService<RedisCacheGeneration>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisCacheGeneration>());
        }
        else
        {
            services.AddSingleton<ICacheGeneration, InProcessCacheGeneration>();
        }

        services.AddSingleton<PublicResultCache>();

        // Live events: outbox relay, then the transport to every replica's subscribers.
        services.AddSingleton(configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions());
        services.AddSingleton<ProgrammeEventBus>();
        if (redis)
        {
            services.AddSingleton<RedisEventTransport>();
            services.AddSingleton<IProgrammeEventTransport>(sp => sp.GetRequiredService<RedisEventTransport>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisEventTransport>());
        }
        else
        {
            services.AddSingleton<IProgrammeEventTransport, InProcessEventTransport>();
        }

        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        return services;
    }
}
