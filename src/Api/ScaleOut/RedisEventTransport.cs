using System.Globalization;
using GreenCommunity.Api.Features.Live;
using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>
/// Carries events between replicas through Redis: each event is appended to a capped stream
/// (<c>greencommunity:events</c>) and a pub/sub doorbell rings every replica, which then reads the stream from the
/// last entry it saw. The doorbell makes delivery immediate; the stream makes it complete: a replica whose Redis
/// link dropped for a moment reads what it missed when it is back (and every few seconds in any case). An outage,
/// sending or reading, is logged once, then summarised (<see cref="RedisOutageLog"/>).
/// </summary>
public sealed class RedisEventTransport(IConnectionMultiplexer redis, ProgrammeEventBus bus, TimeProvider clock, ILogger<RedisEventTransport> logger)
    : BackgroundService, IProgrammeEventTransport
{
    /// <summary>The stream.</summary>
    public const string StreamKey = RedisSetup.KeyPrefix + "events";

    /// <summary>The doorbell channel.</summary>
    public static readonly RedisChannel Doorbell = RedisChannel.Literal(RedisSetup.KeyPrefix + "events:doorbell");

    // Far more than are relayed in the few seconds a replica may lag behind.
    private const int StreamLength = 10_000;
    private static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _rung = new(0, 1);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RedisOutageLog _outage = new(logger, clock, "live events", "events of writes wait in the outbox and events from other replicas are not received; both are delivered when Redis is back");

    /// <inheritdoc />
    public Task Listening => _listening.Task;

    /// <inheritdoc />
    public async Task SendAsync(RelayedEvent relayed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relayed);
        try
        {
            var db = redis.GetDatabase();
            await db.StreamAddAsync(
                StreamKey,
                [new("id", relayed.Id), new("kind", relayed.Kind), new("payload", relayed.Payload)],
                maxLength: StreamLength,
                useApproximateMaxLength: true);
            await redis.GetSubscriber().PublishAsync(Doorbell, relayed.Id);
            _outage.Succeeded();
        }
        catch (Exception exception) when (RedisOutageLog.IsRedisFailure(exception))
        {
            // Logged here, once per outage; the relay keeps the event in the outbox and tries again.
            _outage.Failed(exception);
            throw;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RedisValue last = default;
        while (!stoppingToken.IsCancellationRequested && last.IsNull)
        {
            try
            {
                // Subscribers hear what happens from now on: start after the stream's last entry.
                await redis.GetSubscriber().SubscribeAsync(Doorbell, (_, _) => Ring());
                var newest = await redis.GetDatabase().StreamRangeAsync(StreamKey, "-", "+", count: 1, messageOrder: Order.Descending);
                last = newest.Length > 0 ? newest[0].Id : "0-0";
                _outage.Succeeded();
                _listening.TrySetResult();
            }
            catch (Exception exception) when (RedisOutageLog.IsRedisFailure(exception))
            {
                _outage.Failed(exception);
                await DelayAsync(CatchUpEvery, stoppingToken);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                last = await ReadAfterAsync(last);
                _outage.Succeeded();
            }
            catch (Exception exception) when (RedisOutageLog.IsRedisFailure(exception))
            {
                _outage.Failed(exception);
            }

            try
            {
                await _rung.WaitAsync(CatchUpEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _rung.Dispose();
        base.Dispose();
    }

    private async Task<RedisValue> ReadAfterAsync(RedisValue last)
    {
        var db = redis.GetDatabase();
        while (true)
        {
            var entries = await db.StreamReadAsync(StreamKey, last, count: 500);
            foreach (var entry in entries)
            {
                last = entry.Id;
                if (long.TryParse(entry["id"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    bus.Dispatch(new RelayedEvent(id, entry["kind"].ToString(), entry["payload"].ToString()));
                }
            }

            if (entries.Length == 0)
            {
                // Redis restarted empty (the stream is not persisted): its new entries number from scratch.
                var newest = await db.StreamRangeAsync(StreamKey, "-", "+", count: 1, messageOrder: Order.Descending);
                return newest.Length > 0 && IsBefore(newest[0].Id, last) ? "0-0" : last;
            }

            if (entries.Length < 500)
            {
                return last;
            }
        }
    }

    // Stream IDs are "milliseconds-sequence".
    private static bool IsBefore(RedisValue id, RedisValue other)
    {
        static (long, long) Parse(RedisValue value)
        {
            var parts = value.ToString().Split('-');
            return parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? (ms, seq) : (0, 0);
        }

        return Parse(id).CompareTo(Parse(other)) < 0;
    }

    private void Ring()
    {
        if (_rung.CurrentCount == 0)
        {
            try
            {
                _rung.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already rung.
            }
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
