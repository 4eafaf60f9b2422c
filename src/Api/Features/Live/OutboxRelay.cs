using System.ComponentModel.DataAnnotations;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.ScaleOut;
using GreenCommunity.Infrastructure.Outbox;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.Features.Live;

/// <summary>Settings of the outbox relay (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Outbox";

    /// <summary>How often the relay looks for messages nobody told it about (written by another replica that died before relaying them, or kept back while Redis was down). Seconds.</summary>
    [Range(0.01, 3600)]
    public double PollSeconds { get; set; } = 2;

    /// <summary>How long a replica holds the messages it claimed before another may take them over. Seconds.</summary>
    [Range(1, 86400)]
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>How many messages one claim takes.</summary>
    [Range(1, 10000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long relayed messages are kept before they are deleted. Hours. This is how far back a subscriber can
    /// resume (<c>after</c>); a message not relayed yet, and every later one, is kept until it is.
    /// </summary>
    [Range(0.01, 8760)]
    public double RetainHours { get; set; } = 24;

    /// <summary>The most events one resumed subscription replays; a client further behind is told to refetch.</summary>
    [Range(1, 1_000_000)]
    public int MaxReplayEvents { get; set; } = 1000;

    /// <summary>
    /// How long a new subscription waits for a replica that has just started to hear the other replicas' events
    /// (Redis) before it is refused with <c>SERVICE_UNAVAILABLE</c>. Seconds.
    /// </summary>
    [Range(0.01, 300)]
    public double ListeningWaitSeconds { get; set; } = 10;
}

/// <summary>
/// Relays outbox messages to the transport after their transaction committed. Every replica runs one: it is
/// nudged by its own writes (so events leave at once) and polls for the rest, so a replica that restarts, or any
/// other replica, finishes what a dead one left. Claims make two replicas relay a message once in the normal
/// case; after a crash a message may be relayed twice, and subscribers drop the repeat by its ID.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IProgrammeEventTransport transport,
    PublicResultCache cache,
    OutboxOptions options,
    TimeProvider clock,
    DatabaseOutageLog outage,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private DateTime _lastPrune = DateTime.MinValue;
    private StorageFullEpisode? _storageFull;
    private DateTimeOffset _storageFullLogged;
    private long _storageFullSinceLine;

    /// <summary>This replica's name in claims.</summary>
    public static string Replica { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How many messages this replica relayed.</summary>
    public long Relayed => Interlocked.Read(ref _relayed);

    private long _relayed;

    /// <summary>Wakes the relay: a write just committed outbox messages.</summary>
    public void Nudge()
    {
        if (_nudge.CurrentCount == 0)
        {
            try
            {
                _nudge.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already nudged.
            }
        }
    }

    /// <summary>Relays every message waiting now; returns how many. Used by the loop, and by tests to drain.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var batch = await OutboxStore.ClaimAsync(db, Replica, now, TimeSpan.FromSeconds(options.LeaseSeconds), options.BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                await PruneAsync(db, now, cancellationToken);
                return total;
            }

            var sent = new List<long>(batch.Count);
            try
            {
                foreach (var message in batch)
                {
                    await transport.SendAsync(new RelayedEvent(message.Id, message.Kind, message.Payload), cancellationToken);
                    sent.Add(message.Id);
                    if (message.Kind == ProgrammeEventKinds.ResultsPublished)
                    {
                        // Every replica drops its cached public answers, even when the writer died before it could say so.
                        await cache.InvalidateAsync(cancellationToken);
                    }
                }
            }
            finally
            {
                if (sent.Count > 0)
                {
                    await OutboxStore.MarkRelayedAsync(db, sent, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
                    Interlocked.Add(ref _relayed, sent.Count);
                }

                if (sent.Count < batch.Count)
                {
                    // The transport failed (Redis down): hand the rest back rather than hold them for a whole lease.
                    await OutboxStore.ReleaseAsync(db, [.. batch.Skip(sent.Count).Select(m => m.Id)], CancellationToken.None);
                }
            }

            total += sent.Count;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RelayPendingAsync(stoppingToken);
                StorageFullEnded();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (DatabaseFailures.IsStorageFull(exception))
            {
                // One line when the episode starts, a summary a minute, one when a round succeeds again.
                StorageFull(DatabaseFailures.Reason(exception));
            }
            catch (Exception exception) when (RedisOutageLog.IsRedisFailure(exception))
            {
                // The transport logs a Redis outage once and summarises it; one line per round would flood the log.
                LogTransportDown(logger, exception.Message);
            }
            catch (Exception exception) when (DatabaseFailures.IsUnavailable(exception))
            {
                // Counted in the database's outage log, which says it once; the messages wait in the outbox.
                outage.Failed(exception);
            }
#pragma warning disable CA1031 // The relay outlives any one failure (database or Redis down): it retries on the next round.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogRelayFailed(logger, exception);
            }

            try
            {
                await _nudge.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void StorageFull(string reason)
    {
        var now = clock.GetUtcNow();
        if (_storageFull is not { } episode)
        {
            _storageFull = new StorageFullEpisode(now, 1, reason);
            _storageFullLogged = now;
            _storageFullSinceLine = 0;
            LogStorageFull(logger, reason, StorageFullMonitor.SummaryInterval.TotalMinutes);
            return;
        }

        _storageFull = episode with { Refused = episode.Refused + 1, Reason = reason };
        _storageFullSinceLine++;
        if (now - _storageFullLogged >= StorageFullMonitor.SummaryInterval)
        {
            LogStorageStillFull(logger, episode.Since, _storageFullSinceLine, episode.Refused + 1, reason);
            _storageFullLogged = now;
            _storageFullSinceLine = 0;
        }
    }

    private void StorageFullEnded()
    {
        if (_storageFull is { } episode)
        {
            var minutes = (clock.GetUtcNow() - episode.Since).TotalMinutes;
            LogStorageBack(logger, minutes, episode.Refused);
            _storageFull = null;
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _nudge.Dispose();
        base.Dispose();
    }

    private async Task PruneAsync(GreenCommunityDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (now - _lastPrune < TimeSpan.FromMinutes(10))
        {
            return;
        }

        _lastPrune = now;
        var pruned = await OutboxStore.PruneAsync(db, now - TimeSpan.FromHours(options.RetainHours), cancellationToken);
        if (pruned > 0)
        {
            LogPruned(logger, pruned);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying outbox messages failed; they stay in the outbox and are relayed on the next round.")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox messages stay in the outbox until Redis is back ({Reason}); retrying on the next round.")]
    private static partial void LogTransportDown(ILogger logger, string reason);

    [LoggerMessage(EventId = 5073, Level = LogLevel.Warning, Message = "The outbox relay cannot mark events relayed: the database has no space left ({Reason}). Events wait in the outbox (one already sent may be sent again; subscribers drop the repeat). Summarised every {Minutes} min until a round succeeds.")]
    private static partial void LogStorageFull(ILogger logger, string reason, double minutes);

    [LoggerMessage(EventId = 5074, Level = LogLevel.Warning, Message = "The outbox relay still finds no space in the database (since {Since:u}): {Recent} rounds failed since the last line, {Total} in all ({Reason}).")]
    private static partial void LogStorageStillFull(ILogger logger, DateTimeOffset since, long recent, long total, string reason);

    [LoggerMessage(EventId = 5075, Level = LogLevel.Information, Message = "The outbox relay works again after {Minutes:0.#} min without space in the database; {Total} rounds failed meanwhile.")]
    private static partial void LogStorageBack(ILogger logger, double minutes, long total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} relayed outbox messages past their retention.")]
    private static partial void LogPruned(ILogger logger, int count);
}
