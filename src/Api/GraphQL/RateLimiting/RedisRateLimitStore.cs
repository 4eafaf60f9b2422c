using GreenCommunity.Api.ScaleOut;
using StackExchange.Redis;

namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Fixed windows per client in Redis, so a client's budget is the same whichever replica serves it. The semantics
/// are those of <see cref="InMemoryRateLimitStore"/>: a window starts at the client's first request and lasts
/// <see cref="RateLimitOptions.Window"/>; points are taken only when that many are left. One Lua script starts the
/// window (the key's expiry is the window's end), checks and takes, so concurrent replicas never overspend.
/// </summary>
/// <remarks>
/// When Redis cannot be reached, each call is counted by an inner <see cref="InMemoryRateLimitStore"/> instead:
/// budgets then hold per replica, not across them, and no request fails because of the store. The outage is logged
/// once, summarised once a minute while it lasts, and once when Redis works again (<see cref="RedisOutageLog"/>).
/// </remarks>
public sealed class RedisRateLimitStore : IRateLimitStore
{
    /// <summary>The prefix of the counters' keys; the client's key follows it.</summary>
    public const string KeyPrefix = RedisSetup.KeyPrefix + "rate-limit:";

    // KEYS[1] the counter; ARGV[1] the window in ms, ARGV[2] the points, ARGV[3] the limit.
    // Returns { allowed (0/1), used, ms until the window ends }.
    private const string TakeScript = """
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('SET', KEYS[1], 0)
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        local used = tonumber(redis.call('GET', KEYS[1]))
        local points = tonumber(ARGV[2])
        if used + points <= tonumber(ARGV[3]) then
          if points > 0 then
            used = redis.call('INCRBY', KEYS[1], points)
          end
          return { 1, used, ttl }
        end
        return { 0, used, ttl }
        """;

    // KEYS[1] the counter; ARGV[1] the points to give back. Returns { 1, used, ms until the window ends (-2: none) }.
    private const string RefundScript = """
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          return { 1, 0, ttl }
        end
        local used = tonumber(redis.call('GET', KEYS[1]))
        local back = math.min(used, tonumber(ARGV[1]))
        if back > 0 then
          used = redis.call('DECRBY', KEYS[1], back)
        end
        return { 1, used, ttl }
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _clock;
    private readonly RedisOutageLog _outage;
    private readonly InMemoryRateLimitStore _fallback;

    /// <summary>Counts in the shared Redis, falling back to this process's memory while it is unreachable.</summary>
    public RedisRateLimitStore(IConnectionMultiplexer redis, RateLimitOptions options, TimeProvider clock, ILogger<RedisRateLimitStore> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        _redis = redis;
        _options = options;
        _clock = clock;
        _outage = new RedisOutageLog(logger, clock, "rate limits", "budgets are counted per replica, not across replicas");
        _fallback = new InMemoryRateLimitStore(options, clock);
    }

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> PeekAsync(RateLimitClient client, CancellationToken cancellationToken) => TryTakeAsync(client, 0, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> TryTakeAsync(RateLimitClient client, int points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        return EvaluateAsync(client, TakeScript, [(long)Math.Ceiling(_options.Window.TotalMilliseconds), points, client.Limit], fallback => fallback.TryTakeAsync(client, points, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> RefundAsync(RateLimitClient client, int points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        return EvaluateAsync(client, RefundScript, [points], fallback => fallback.RefundAsync(client, points, cancellationToken), cancellationToken);
    }

    private async ValueTask<RateLimitDecision> EvaluateAsync(RateLimitClient client, string script, RedisValue[] arguments, Func<InMemoryRateLimitStore, ValueTask<RateLimitDecision>> fallback, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected)
        {
            // Not waiting for a command to time out: every request would pay that wait while Redis is down.
            _outage.Failed("no connection to Redis is open");
            return await fallback(_fallback);
        }

        try
        {
            var result = await _redis.GetDatabase().ScriptEvaluateAsync(script, [new RedisKey(KeyPrefix + client.Key)], arguments).WaitAsync(cancellationToken);
            var values = (RedisResult[])result!;
            var allowed = (long)values[0] == 1;
            var used = (long)values[1];
            var ttl = (long)values[2];
            var resetAt = _clock.GetUtcNow() + (ttl > 0 ? TimeSpan.FromMilliseconds(ttl) : _options.Window);
            _outage.Succeeded();
            return new RateLimitDecision(allowed, client.Limit, (int)Math.Clamp(client.Limit - used, 0, client.Limit), resetAt);
        }
        catch (Exception ex) when (RedisOutageLog.IsRedisFailure(ex))
        {
            _outage.Failed(ex);
            return await fallback(_fallback);
        }
    }
}
