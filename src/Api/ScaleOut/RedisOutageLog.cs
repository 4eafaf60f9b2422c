using GreenCommunity.Api.Diagnostics;
using StackExchange.Redis;

namespace GreenCommunity.Api.ScaleOut;

/// <summary>The <see cref="OutageLog"/> of a component that talks to Redis.</summary>
/// <param name="logger">Where the lines go.</param>
/// <param name="clock">The clock.</param>
/// <param name="component">What fails, e.g. "rate limits".</param>
/// <param name="fallback">What the component does instead while Redis fails.</param>
/// <param name="summaryInterval">How often a summary is logged while the failures go on.</param>
public sealed partial class RedisOutageLog(ILogger logger, TimeProvider clock, string component, string fallback, TimeSpan? summaryInterval = null)
    : OutageLog(logger, clock, component, fallback, summaryInterval)
{
    /// <summary>Whether <paramref name="exception"/> (or one it wraps) is a failure to use Redis: no connection, a timeout, or an error answer.</summary>
    public static bool IsRedisFailure(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RedisException or RedisTimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    protected override void WriteDown(ILogger logger, Exception? exception, string component, string reason, string fallback, double summaryMinutes) =>
        Log.Down(logger, exception, component, reason, fallback, summaryMinutes);

    /// <inheritdoc />
    protected override void WriteStillDown(ILogger logger, string component, long seconds, long failures, long total, string reason, string fallback) =>
        Log.StillDown(logger, component, seconds, failures, total, reason, fallback);

    /// <inheritdoc />
    protected override void WriteBack(ILogger logger, string component, long seconds, long total) =>
        Log.Back(logger, component, seconds, total);

    private static partial class Log
    {
        [LoggerMessage(EventId = 5300, EventName = "RedisDown", Level = LogLevel.Warning, Message = "Redis is unreachable or failing for {Component} ({Reason}): {Fallback}. While it goes on, a summary is logged every {SummaryMinutes} min, and one line when it works again.")]
        public static partial void Down(ILogger logger, Exception? exception, string component, string reason, string fallback, double summaryMinutes);

        [LoggerMessage(EventId = 5301, EventName = "RedisStillDown", Level = LogLevel.Warning, Message = "Redis has been unreachable or failing for {Component} for {Seconds} s; operations that fell back: {Failures} since the last line, {Total} since it started (last reason: {Reason}); {Fallback}.")]
        public static partial void StillDown(ILogger logger, string component, long seconds, long failures, long total, string reason, string fallback);

        [LoggerMessage(EventId = 5302, EventName = "RedisBack", Level = LogLevel.Information, Message = "Redis works again for {Component} after {Seconds} s; operations that fell back meanwhile: {Total}.")]
        public static partial void Back(ILogger logger, string component, long seconds, long total);
    }
}
