using System.Globalization;
using GreenCommunity.Api.GraphQL.Caching;
using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// The publication generation shared through Redis: a counter (<c>greencommunity:cache:generation</c>) advanced
/// with INCR by the replica that wrote, and announced on a channel so every replica switches to the new generation
/// at once; each replica also reads the counter every few seconds, in case it missed an announcement. When Redis
/// cannot be reached to advance it, this replica stops using cached answers for a cache lifetime rather than risk
/// serving a stale one.
/// </summary>
public sealed partial class RedisCacheGeneration(IConnectionMultiplexer redis, IConfiguration configuration, TimeProvider clock, ILogger<RedisCacheGeneration> logger)
    : BackgroundService, ICacheGeneration
{
    /// <summary>The counter's key.</summary>
    public const string Key = RedisSetup.KeyPrefix + "cache:generation";

    /// <summary>The announcement channel.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisSetup.KeyPrefix + "cache:generation");

    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);
    private readonly TimeSpan _bypassFor = TimeSpan.FromSeconds(configuration.GetValue("Caching:PublicResultsSeconds", 300));
    private long _value = -1;
    private long _bypassUntilTicks;

    /// <inheritdoc />
    public long? Current
    {
        get
        {
            var value = Interlocked.Read(ref _value);
            return value < 0 || clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _bypassUntilTicks) ? null : value;
        }
    }

    /// <inheritdoc />
    public bool SharedLevelAvailable => redis.IsConnected;

    /// <inheritdoc />
    public async Task AdvanceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var value = await redis.GetDatabase().StringIncrementAsync(Key);
            Raise(value);
            await redis.GetSubscriber().PublishAsync(Channel, value);
        }
        catch (RedisException exception)
        {
            Interlocked.Exchange(ref _bypassUntilTicks, (clock.GetUtcNow() + _bypassFor).UtcTicks);
            LogAdvanceFailed(logger, exception);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscribed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!subscribed)
                {
                    await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
                    {
                        if (long.TryParse(message.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var announced))
                        {
                            Raise(announced);
                        }
                    });
                    subscribed = true;
                }

                var stored = await redis.GetDatabase().StringGetAsync(Key);
                Raise(stored.TryParse(out long value) ? value : 0);
            }
            catch (RedisException exception)
            {
                LogRefreshFailed(logger, exception);
            }

            try
            {
                await Task.Delay(RefreshEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Generations only move forward.
    private void Raise(long value)
    {
        var current = Interlocked.Read(ref _value);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref _value, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: the cache generation could not be advanced after a write, so this replica serves no cached public answers for a while.")]
    private static partial void LogAdvanceFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: the cache generation could not be read.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
