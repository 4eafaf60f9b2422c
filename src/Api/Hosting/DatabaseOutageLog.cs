using System.Data.Common;
using GreenCommunity.Api.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// The database's <see cref="OutageLog"/>, one per process: every request refused for an outage, the relay's rounds
/// and the readiness probes report to it, so a restart of the database is one line when it starts, a summary a
/// minute while it lasts and one line when a connection opens again, not a line (with a stack trace) per request.
/// </summary>
public sealed partial class DatabaseOutageLog(ILogger<DatabaseOutageLog> logger, TimeProvider clock)
    : OutageLog(logger, clock, "requests", "requests that need it are answered 503 SERVICE_UNAVAILABLE with Retry-After, events wait in the outbox")
{
    /// <inheritdoc />
    protected override void WriteDown(ILogger logger, Exception? exception, string component, string reason, string fallback, double summaryMinutes) =>
        LogDown(logger, reason, fallback, summaryMinutes);

    /// <inheritdoc />
    protected override void WriteStillDown(ILogger logger, string component, long seconds, long failures, long total, string reason, string fallback) =>
        LogStillDown(logger, seconds, failures, total, reason);

    /// <inheritdoc />
    protected override void WriteBack(ILogger logger, string component, long seconds, long total) =>
        LogBack(logger, seconds, total);

    [LoggerMessage(EventId = 5031, EventName = "DatabaseDown", Level = LogLevel.Error, Message = "The database is unreachable ({Reason}): {Fallback}. While it goes on, a summary is logged every {SummaryMinutes} min, and one line when a connection opens again.")]
    private static partial void LogDown(ILogger logger, string reason, string fallback, double summaryMinutes);

    [LoggerMessage(EventId = 5032, EventName = "DatabaseStillDown", Level = LogLevel.Warning, Message = "The database has been unreachable for {Seconds} s; operations refused: {Failures} since the last line, {Total} since it started (last reason: {Reason}).")]
    private static partial void LogStillDown(ILogger logger, long seconds, long failures, long total, string reason);

    [LoggerMessage(EventId = 5033, EventName = "DatabaseBack", Level = LogLevel.Information, Message = "The database is reachable again after {Seconds} s; operations refused meanwhile: {Total}.")]
    private static partial void LogBack(ILogger logger, long seconds, long total);
}

/// <summary>Tells the <see cref="DatabaseOutageLog"/> of every connection that opens, or fails to.</summary>
internal sealed class DatabaseOutageInterceptor(DatabaseOutageLog outage) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => outage.Succeeded();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        outage.Succeeded();
        return Task.CompletedTask;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => outage.Failed(eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        outage.Failed(eventData.Exception);
        return Task.CompletedTask;
    }
}
