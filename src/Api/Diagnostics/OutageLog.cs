namespace GreenCommunity.Api.Diagnostics;

/// <summary>
/// What one component that talks to a dependency (Redis, the database) logs about an outage, instead of a line per
/// failed operation: one warning when the dependency starts failing (with the first reason and what the component
/// does instead), a summary every <see cref="SummaryInterval"/> while the failures go on (how long, how many
/// operations fell back), and one line when an operation succeeds again. A component calls
/// <see cref="Failed(Exception)"/> or <see cref="Failed(string)"/> for each operation that fell back, and
/// <see cref="Succeeded"/> for each that worked; both are cheap and thread-safe. Subclasses give the lines' wording
/// and event IDs.
/// </summary>
/// <remarks>
/// Flapping stays quiet too: within <see cref="SummaryInterval"/> of the previous line, a new failure after a recovery
/// is not announced (it is counted, and summarised if it lasts), and the recovery from an outage that was never
/// announced is not logged either. So a component writes at most about two lines per interval.
/// </remarks>
public abstract class OutageLog
{
    /// <summary>How often a summary is logged while the failures go on, unless the component says otherwise.</summary>
    public static readonly TimeSpan DefaultSummaryInterval = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly string _component;
    private readonly string _fallback;
    private readonly long _intervalTicks;
    private readonly Lock _lock = new();
    private volatile bool _down;
    private bool _announced;
    private bool _logged;
    private long _downSince;
    private long _lastLine;
    private long _sinceLine;
    private long _sinceDown;

    /// <summary>The outage log of <paramref name="component"/> (e.g. "rate limits"), which does <paramref name="fallback"/> while the dependency fails.</summary>
    protected OutageLog(ILogger logger, TimeProvider clock, string component, string fallback, TimeSpan? summaryInterval = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentException.ThrowIfNullOrWhiteSpace(fallback);
        _logger = logger;
        _clock = clock;
        _component = component;
        _fallback = fallback;
        SummaryInterval = summaryInterval ?? DefaultSummaryInterval;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SummaryInterval, TimeSpan.Zero, nameof(summaryInterval));
        _intervalTicks = (long)(SummaryInterval.TotalSeconds * clock.TimestampFrequency);
    }

    /// <summary>How often a summary is logged while the failures go on.</summary>
    public TimeSpan SummaryInterval { get; }

    /// <summary>Whether the last operation failed.</summary>
    public bool IsDown => _down;

    /// <summary>An operation fell back because of <paramref name="exception"/>.</summary>
    public void Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Failed(Shorten(exception.Message), exception);
    }

    /// <summary>An operation fell back, for <paramref name="reason"/> (e.g. "no connection is open").</summary>
    public void Failed(string reason) => Failed(reason, null);

    /// <summary>An operation used the dependency successfully.</summary>
    public void Succeeded()
    {
        if (!_down)
        {
            return;
        }

        lock (_lock)
        {
            if (!_down)
            {
                return;
            }

            _down = false;
            var now = _clock.GetTimestamp();
            if (_announced)
            {
                var seconds = Seconds(_downSince, now);
                var total = Interlocked.Read(ref _sinceDown);
                WriteBack(_logger, _component, seconds, total);
                Mark(now);
            }
        }
    }

    private void Failed(string reason, Exception? exception)
    {
        var now = _clock.GetTimestamp();

        // The common case while an outage lasts: counted, nothing to write.
        if (_down && now - Volatile.Read(ref _lastLine) < _intervalTicks)
        {
            Interlocked.Increment(ref _sinceLine);
            Interlocked.Increment(ref _sinceDown);
            return;
        }

        lock (_lock)
        {
            Interlocked.Increment(ref _sinceLine);
            if (!_down)
            {
                _down = true;
                _downSince = now;
                Interlocked.Exchange(ref _sinceDown, 1);
                _announced = !_logged || now - _lastLine >= _intervalTicks;
                if (_announced)
                {
                    WriteDown(_logger, exception, _component, reason, _fallback, SummaryInterval.TotalMinutes);
                    Mark(now);
                }

                return;
            }

            Interlocked.Increment(ref _sinceDown);
            if (now - _lastLine >= _intervalTicks)
            {
                var seconds = Seconds(_downSince, now);
                var failures = Interlocked.Read(ref _sinceLine);
                var total = Interlocked.Read(ref _sinceDown);
                WriteStillDown(_logger, _component, seconds, failures, total, reason, _fallback);
                _announced = true;
                Mark(now);
            }
        }
    }

    // Clients append long diagnostic dumps to their messages (StackExchange.Redis does); the line keeps its start (the
    // exception, logged with the first line, has all of it).
    private static string Shorten(string message)
    {
        const int Keep = 160;
        var line = message.AsSpan();
        var end = line.IndexOfAny('\r', '\n');
        if (end >= 0)
        {
            line = line[..end];
        }

        return line.Length <= Keep ? line.ToString() : string.Concat(line[..Keep], "…");
    }

    private void Mark(long now)
    {
        _logged = true;
        Volatile.Write(ref _lastLine, now);
        Interlocked.Exchange(ref _sinceLine, 0);
    }

    private long Seconds(long from, long to) => (long)Math.Round(_clock.GetElapsedTime(from, to).TotalSeconds);

    /// <summary>Writes the line that announces an outage.</summary>
    protected abstract void WriteDown(ILogger logger, Exception? exception, string component, string reason, string fallback, double summaryMinutes);

    /// <summary>Writes the summary while an outage goes on.</summary>
    protected abstract void WriteStillDown(ILogger logger, string component, long seconds, long failures, long total, string reason, string fallback);

    /// <summary>Writes the line that says the dependency works again.</summary>
    protected abstract void WriteBack(ILogger logger, string component, long seconds, long total);
}
