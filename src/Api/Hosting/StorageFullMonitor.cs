namespace GreenCommunity.Api.Hosting;

/// <summary>
/// Episodes in which the database refuses writes for lack of space. The first refusal opens an episode and is logged
/// once, as an error without a stack trace; further refusals are counted and summarised at most once per
/// <see cref="SummaryInterval"/> while they go on; the first write that succeeds afterwards closes the episode with
/// one line. <c>/health/ready</c> reports an open episode.
/// </summary>
public sealed partial class StorageFullMonitor(TimeProvider clock, ILogger<StorageFullMonitor> logger)
{
    /// <summary>The least time between two summaries of one episode.</summary>
    public static readonly TimeSpan SummaryInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private Episode? _episode;

    /// <summary>The open episode, or null while writes succeed.</summary>
    public StorageFullEpisode? Current
    {
        get
        {
            lock (_gate)
            {
                return _episode is { } e ? new StorageFullEpisode(e.Since, e.Refused, e.Reason) : null;
            }
        }
    }

    /// <summary>A write was refused for lack of space; <paramref name="reason"/> is the database's message.</summary>
    public void WriteRefused(string reason)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_episode is not { } episode)
            {
                _episode = new Episode(now, reason);
                LogEpisodeStarted(logger, reason, SummaryInterval.TotalMinutes);
                return;
            }

            episode.Refused++;
            episode.SinceSummary++;
            episode.Reason = reason;
            if (now - episode.LastLogged >= SummaryInterval)
            {
                LogEpisodeGoesOn(logger, episode.Since, episode.SinceSummary, (now - episode.LastLogged).TotalMinutes, episode.Refused, reason);
                episode.LastLogged = now;
                episode.SinceSummary = 0;
            }
        }
    }

    /// <summary>A write was committed: closes an open episode. Cheap when there is none.</summary>
    public void WriteSucceeded()
    {
        if (Volatile.Read(ref _episode) is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_episode is { } episode)
            {
                LogEpisodeEnded(logger, (now - episode.Since).TotalMinutes, episode.Refused);
                _episode = null;
            }
        }
    }

    [LoggerMessage(EventId = 5070, Level = LogLevel.Error, Message = "The database refuses writes: no space left ({Reason}). Callers get STORAGE_FULL (HTTP 503) and nothing is saved; reads go on. Free space on the database's volume. Further refusals are summarised every {Minutes} min until a write succeeds.")]
    private static partial void LogEpisodeStarted(ILogger logger, string reason, double minutes);

    [LoggerMessage(EventId = 5071, Level = LogLevel.Warning, Message = "The database still refuses writes for lack of space (since {Since:u}): {Recent} refused in the last {Minutes:0.#} min, {Total} in all ({Reason}).")]
    private static partial void LogEpisodeGoesOn(ILogger logger, DateTimeOffset since, long recent, double minutes, long total, string reason);

    [LoggerMessage(EventId = 5072, Level = LogLevel.Information, Message = "Writes succeed again after {Minutes:0.#} min without space; {Total} were refused.")]
    private static partial void LogEpisodeEnded(ILogger logger, double minutes, long total);

    private sealed class Episode(DateTimeOffset since, string reason)
    {
        public DateTimeOffset Since { get; } = since;

        public DateTimeOffset LastLogged { get; set; } = since;

        public long Refused { get; set; } = 1;

        public long SinceSummary { get; set; }

        public string Reason { get; set; } = reason;
    }
}

/// <summary>An open storage-full episode: since when, how many writes were refused, the database's last message.</summary>
/// <param name="Since">The first refusal.</param>
/// <param name="Refused">Writes refused since.</param>
/// <param name="Reason">The database's message for the last refusal.</param>
public sealed record StorageFullEpisode(DateTimeOffset Since, long Refused, string Reason);
