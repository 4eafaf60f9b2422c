using GreenCommunity.Api.GraphQL.Caching;
using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// The public result cache's second level in Redis: each answer is a string key (<c>greencommunity:cache:</c> and
/// the cache's key, whose generation makes an answer computed before a write unreachable after it) that expires
/// with the answer. While Redis fails, reads miss and writes are skipped at once (no waiting for a timeout while
/// the connection is down), and the outage is logged once, then summarised (<see cref="RedisOutageLog"/>).
/// </summary>
public sealed class RedisResultStore : ISharedResultStore
{
    /// <summary>The prefix of the answers' keys.</summary>
    public const string KeyPrefix = RedisSetup.KeyPrefix + "cache:";

    private const string NotConnected = "no connection to Redis is open";
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisOutageLog _outage;

    /// <summary>Answers shared through <paramref name="redis"/>.</summary>
    public RedisResultStore(IConnectionMultiplexer redis, TimeProvider clock, ILogger<RedisResultStore> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _outage = new RedisOutageLog(logger, clock, "the public result cache's shared level", "each replica keeps and serves the cached answers it computed itself");
    }

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected)
        {
            _outage.Failed(NotConnected);
            return null;
        }

        try
        {
            var value = await _redis.GetDatabase().StringGetAsync(KeyPrefix + key).WaitAsync(cancellationToken);
            _outage.Succeeded();
            return value.IsNull ? null : (byte[]?)value;
        }
        catch (Exception ex) when (RedisOutageLog.IsRedisFailure(ex))
        {
            _outage.Failed(ex);
            return null;
        }
    }

    /// <inheritdoc />
    public void Put(string key, byte[] payload, TimeSpan lifetime)
    {
        if (!_redis.IsConnected)
        {
            _outage.Failed(NotConnected);
            return;
        }

        _ = SetAsync(KeyPrefix + key, payload, lifetime);
    }

    private async Task SetAsync(string key, byte[] payload, TimeSpan lifetime)
    {
        try
        {
            await _redis.GetDatabase().StringSetAsync(key, payload, lifetime);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisOutageLog.IsRedisFailure(ex))
        {
            _outage.Failed(ex);
        }
    }
}
