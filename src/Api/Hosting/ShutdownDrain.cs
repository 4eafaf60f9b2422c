using System.ComponentModel.DataAnnotations;
using GreenCommunity.Api.GraphQL.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Hosting;

/// <summary>How the API stops (configuration section <c>Shutdown</c>), checked at start.</summary>
public sealed class ShutdownSettings
{
    public const string Section = "Shutdown";

    /// <summary>
    /// Seconds the API keeps serving after SIGTERM, unready and answering with <c>Connection: close</c>, so the load
    /// balancer and clients move to other replicas before it stops accepting requests (0 in Development and tests).
    /// </summary>
    [Range(0, 300)]
    public double DrainSeconds { get; set; } = 5;

    /// <summary>Seconds in-flight requests then have to finish before the process exits anyway.</summary>
    [Range(1, 300)]
    public double InFlightSeconds { get; set; } = 10;

    /// <summary>
    /// Whether GET and HEAD requests (other than the health checks) are answered 503 with <c>Retry-After</c> while the
    /// API drains (default true). A reverse proxy retries them on another replica and, counting the 503 as a failure,
    /// stops sending this replica anything, POSTs included, before it stops accepting connections; POSTs that still
    /// arrive are served. Set it to false when clients reach the API without a proxy that retries.
    /// </summary>
    public bool RefuseReadsWhileDraining { get; set; } = true;
}

/// <summary>
/// Stops the API without dropping anyone. On SIGTERM (the application is stopping): <c>/health/ready</c> turns
/// unhealthy at once, WebSocket clients are closed with 1001 and reconnect elsewhere, every response carries
/// <c>Connection: close</c> so keep-alive clients open their next request on another replica, and the server goes on
/// serving for <see cref="ShutdownSettings.DrainSeconds"/>; then it stops accepting connections and in-flight requests
/// get <see cref="ShutdownSettings.InFlightSeconds"/> to finish.
/// </summary>
public sealed class ShutdownDrain(ShutdownSettings settings, IHostApplicationLifetime lifetime, ILogger<ShutdownDrain> logger) : IHostedLifecycleService, IHealthCheck
{
    /// <summary>True once the application is stopping.</summary>
    public bool Draining => lifetime.ApplicationStopping.IsCancellationRequested;

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // Idempotent: makes sure readiness, WebSockets and keep-alive react before the drain, however the stop began.
        lifetime.StopApplication();
        if (settings.DrainSeconds > 0)
        {
            ShutdownLog.Draining(logger, settings.DrainSeconds);
            await Task.Delay(TimeSpan.FromSeconds(settings.DrainSeconds), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Draining ? HealthCheckResult.Unhealthy("The API is shutting down.") : HealthCheckResult.Healthy());

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Registers <see cref="ShutdownDrain"/>.</summary>
public static class ShutdownDrainSetup
{
    private const string RefusalBody =
        "{\"errors\":[{\"message\":\"This server is restarting; retry, and the next request goes to another.\",\"extensions\":{\"code\":\"" + ErrorCodes.ServiceUnavailable + "\"}}]}";

    /// <summary>Adds the drain, its readiness check and the host's shutdown timeout (drain and in-flight time).</summary>
    public static IServiceCollection AddShutdownDrain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShutdownSettings>().Bind(configuration.GetSection(ShutdownSettings.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ShutdownSettings>>().Value);
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        services.AddHealthChecks().AddCheck<ShutdownDrain>("shutdown", HealthStatus.Unhealthy, [HealthSetup.ReadyTag]);
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownSettings>>((host, shutdown) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.DrainSeconds + shutdown.Value.InFlightSeconds));
        return services;
    }

    /// <summary>
    /// While the API drains: adds <c>Connection: close</c> to every response, and answers GET and HEAD requests (other
    /// than the health checks) 503 with <c>Retry-After</c> unless <see cref="ShutdownSettings.RefuseReadsWhileDraining"/>
    /// is off.
    /// </summary>
    public static IApplicationBuilder UseShutdownDrain(this IApplicationBuilder app)
    {
        var drain = app.ApplicationServices.GetRequiredService<ShutdownDrain>();
        var settings = app.ApplicationServices.GetRequiredService<ShutdownSettings>();
        return app.Use((context, next) =>
        {
            if (!drain.Draining)
            {
                return next(context);
            }

            context.Response.Headers.Connection = "close";
            var request = context.Request;
            if (settings.RefuseReadsWhileDraining && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
            {
                return RefuseAsync(context);
            }

            return next(context);
        });
    }

    // A proxy may send a GET anywhere: this one goes to another replica, and the proxy learns that this one is leaving.
    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        context.Response.ContentType = "application/json; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.WriteAsync(RefusalBody, context.RequestAborted);
    }
}

/// <summary>Log messages of the shutdown.</summary>
internal static partial class ShutdownLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Shutting down: unready, closing live connections, serving with Connection: close for {Seconds} s before stopping")]
    public static partial void Draining(ILogger logger, double seconds);
}
