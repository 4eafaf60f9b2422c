using System.Text.Json;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// Liveness and readiness for orchestrators and load balancers: <c>/health/live</c> says the process answers;
/// <c>/health/ready</c> says the database is reachable and fully migrated (HTTP 503 otherwise), and whether it
/// accepts writes: while it refuses them for lack of space the status is <c>Degraded</c> with the reason, still
/// HTTP 200, since reads are served and every replica shares the database (ADR-020).
/// </summary>
public static class HealthSetup
{
    /// <summary>The liveness path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>The tag of the checks /health/ready runs.</summary>
    public const string ReadyTag = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Adds the readiness checks: the database answers, no migration is pending, writes are not refused for lack of space.</summary>
    public static IServiceCollection AddGreenCommunityHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReachableCheck>("database", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<MigrationsAppliedCheck>("migrations", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<StorageCheck>("storage", HealthStatus.Degraded, [ReadyTag], CheckTimeout);

        // The health service logs each probe that finds a check degraded or unhealthy: a database restart or a full
        // disk would be a line every few seconds per prober on top of the outage's own lines (DatabaseOutageLog,
        // StorageFullMonitor: one when it starts, a summary a minute, one when it ends). The probes' answers say it.
        services.AddLogging(logging => logging.AddFilter(typeof(HealthCheckService).Namespace + ".DefaultHealthCheckService", LogLevel.None));
        return services;
    }

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static IEndpointRouteBuilder MapGreenCommunityHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    // The status and each check's one-line description; never exception details (the endpoint is public).
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}

/// <summary>The database answers a connection.</summary>
internal sealed class DatabaseReachableCheck(GreenCommunityDbContext db, DatabaseOptions options, DatabaseOutageLog outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Healthy($"{options.Provider} is reachable.");
            }

            outage.Failed("no connection could be opened");
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            outage.Failed(ex);
        }

        // A server that went away leaves broken connections in the pool: drop them so recovery is immediate.
        DatabaseFailures.ClearConnectionPools(options.Provider);
        return HealthCheckResult.Unhealthy($"{options.Provider} is not reachable.");
    }
}

/// <summary>Every migration of this build is applied (run <c>migrate</c> otherwise).</summary>
internal sealed class MigrationsAppliedCheck(GreenCommunityDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        const string Unreachable = "Cannot read the applied migrations: the database is not reachable.";
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy(Unreachable);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("All migrations are applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending: run the 'migrate' command.");
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            return HealthCheckResult.Unhealthy(Unreachable);
        }
    }
}

/// <summary>
/// The database accepts writes: <c>Degraded</c> from the first write refused for lack of space until a write
/// succeeds again (<see cref="StorageFullMonitor"/>).
/// </summary>
internal sealed class StorageCheck(StorageFullMonitor storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(storage.Current is { } episode
            ? HealthCheckResult.Degraded(
                $"Writes are refused: the database has no space left (since {episode.Since:yyyy-MM-ddTHH:mm:ssZ}, {episode.Refused} refused). "
                + "Reads are served. This clears with the next write that succeeds.")
            : HealthCheckResult.Healthy("No write was refused for lack of space since the last one that succeeded."));
}
