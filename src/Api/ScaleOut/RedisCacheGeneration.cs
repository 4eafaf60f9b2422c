using System.Globalization;
using GreenCommunity.Api.GraphQL.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// The publication generation shared through Redis: a counter (<c>greencommunity:cache:generation</c>) advanced
/// by the replica that wrote, and announced on a channel so every replica switches to the new generation at once
/// (and drops its stale answers from memory, <see cref="ICacheGeneration.Changed"/>); each replica also reads the
/// counter every few seconds, in case it missed an announcement. When Redis cannot be reached to advance it, this
/// replica stops using cached answers for a cache lifetime rather than risk serving a stale one. Outages are logged
/// once, then summarised (<see cref="RedisOutageLog"/>), not once per write or per refresh.
/// </summary>
public sealed class RedisCacheGeneration : BackgroundService, ICacheGeneration
{
    /// <summary>The counter's key.</summary>
    public const string Key = RedisSetup.KeyPrefix + "cache:generation";

    /// <summary>The announcement channel.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisSetup.KeyPrefix + "cache:generation");

    // INCR, but never to a value this replica has already used: a Redis that restarted empty would otherwise count
    // again from 1, below the generation of answers still kept, and a write would not make them unreachable.
    private const string AdvanceScript = """
        local value = redis.call('INCR', KEYS[1])
        local floor = tonumber(ARGV[1])
        if value <= floor then
          value = floor + 1
          redis.call('SET', KEYS[1], value)
        end
        return value
        """;

    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);
    private readonly IConnectionMultiplexer _redis;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _bypassFor;
    private readonly RedisOutageLog _outage;
    private long _value = -1;
    private long _bypassUntilTicks;

    /// <summary>The generation in <paramref name="redis"/>.</summary>
    public RedisCacheGeneration(IConnectionMultiplexer redis, IOptions<PublicResultCacheOptions> options, TimeProvider clock, ILogger<RedisCacheGeneration> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _redis = redis;
        _clock = clock;
        _bypassFor = options.Value.Lifetime;
        _outage = new RedisOutageLog(
            logger,
            clock,
            "the cache generation",
            $"cached public answers follow writes on this replica only, and after each write here this replica serves none for {_bypassFor.TotalSeconds:0} s (Caching:PublicResultsSeconds)");
    }

    /// <inheritdoc />
    public event EventHandler? Changed;

    /// <inheritdoc />
    public long? Current
    {
        get
        {
            var value = Interlocked.Read(ref _value);
            return value < 0 || _clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _bypassUntilTicks) ? null : value;
        }
    }

    /// <inheritdoc />
    public async Task AdvanceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var floor = Math.Max(0, Interlocked.Read(ref _value));
            var value = (long)await _redis.GetDatabase().ScriptEvaluateAsync(AdvanceScript, [Key], [floor]);
            Raise(value);
            await _redis.GetSubscriber().PublishAsync(Channel, value);
            _outage.Succeeded();
        }
        catch (Exception exception) when (RedisOutageLog.IsRedisFailure(exception))
        {
            Interlocked.Exchange(ref _bypassUntilTicks, (_clock.GetUtcNow() + _bypassFor).UtcTicks);
            _outage.Failed(exception);

            // The answers this replica keeps predate the write: drop them.
            Changed?.Invoke(this, EventArgs.Empty);
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
                    await _redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
                    {
                        if (long.TryParse(message.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var announced))
                        {
                            Raise(announced);
                        }
                    });
                    subscribed = true;
                }

                var stored = await _redis.GetDatabase().StringGetAsync(Key);
                Raise(stored.TryParse(out long value) ? value : 0);
                _outage.Succeeded();
            }
            catch (Exception exception) when (RedisOutageLog.IsRedisFailure(exception))
            {
                _outage.Failed(exception);
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

    // Generations only move forward; each step makes the answers kept in memory stale.
    private void Raise(long value)
    {
        var current = Interlocked.Read(ref _value);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref _value, value, current);
            if (seen == current)
            {
                Changed?.Invoke(this, EventArgs.Empty);
                return;
            }

            current = seen;
        }
    }
}
