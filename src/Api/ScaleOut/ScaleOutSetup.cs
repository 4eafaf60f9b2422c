using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// What replicas share, and its one-process equivalents: the live event pipeline (outbox relay and transport),
/// the public result cache (memory, Redis as its second level) and its generation. With
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

        // Cached public answers: in memory, bounded in bytes and emptied of stale answers at each write; in Redis too
        // when it is configured. The settings are checked at start.
        services.AddOptions<PublicResultCacheOptions>().Bind(configuration.GetSection(PublicResultCacheOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicResultCacheOptions>, PublicResultCacheOptionsValidator>());
        if (redis)
        {
            services.AddSingleton<ISharedResultStore, RedisResultStore>();
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
        services.AddCheckedOptions<OutboxOptions>(configuration, OutboxOptions.Section);
        services.AddScoped<LiveSubscriptions>();
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
