using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using GraphQL.Transport;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Limits;
using GreenCommunity.Api.GraphQL.RateLimiting;

namespace GreenCommunity.Api.Hosting;

/// <summary>Settings of the warm-up before the server takes requests (configuration section <c>WarmUp</c>).</summary>
public sealed class WarmUpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WarmUp";

    /// <summary>Whether a replica runs representative operations before it opens its port.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest the warm-up may take; the server starts then in any case. Seconds.</summary>
    [Range(0.1, 600)]
    public double TimeoutSeconds { get; set; } = 20;
}

/// <summary>
/// Runs the public API's representative operations once, through the same executor as any request, before the web
/// server opens its port (user hosted services start before it), and waits until the replica hears the other
/// replicas' live events. A replica joining a rolling restart then takes its first requests with the engine, EF Core's
/// queries and the serialiser compiled, instead of starving the machine with JIT while requests time out; a proxy
/// meanwhile finds the port closed and sends them to another replica. Failures are logged and never stop the start.
/// </summary>
public sealed partial class WarmUp(IServiceScopeFactory scopes, GraphQLExecutor executor, IProgrammeEventTransport transport, WarmUpOptions options, ILogger<WarmUp> logger) : IHostedService
{
    /// <summary>The operations run: the journalist's list with its nested objects, a community's profile, statistics, the schema.</summary>
    public static readonly IReadOnlyList<string> Operations =
    [
        "{ awards(first: 20) { totalCount nodes { id level year score awardedOn community { code name { zh en } street { name { zh en } district { code } } } districtAtAward { code } } pageInfo { hasNextPage endCursor } } }",
        "{ communities(first: 5) { nodes { code name { zh en } kind awards { nodes { level year } } latestObservations { year value } } } }",
        "{ statistics { awardCounts(groupBy: [DISTRICT_AT_AWARD, LEVEL]) { group { year level } count } } }",
        "{ __schema { types { name fields { name } } } }",
    ];

    /// <summary>How many operations ran without an error in the last warm-up; null before one ran.</summary>
    public int? Succeeded { get; private set; }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var watch = Stopwatch.StartNew();
        var succeeded = 0;
        try
        {
            foreach (var operation in Operations)
            {
                await using var scope = scopes.CreateAsyncScope();
                var caller = Caller.Anonymous(new RateLimitClient("warm-up", RateLimitClientKind.Anonymous, int.MaxValue), "127.0.0.1");
                var result = await executor.ExecuteAsync(new GraphQLRequest { Query = operation }, new GraphQLRequestState(caller), scope.ServiceProvider, timeout.Token);
                if (result.Errors is { Count: > 0 } errors)
                {
                    LogOperationFailed(logger, errors[0].Message);
                }
                else
                {
                    succeeded++;
                }
            }

            await transport.Listening.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, options.TimeoutSeconds);
        }
#pragma warning disable CA1031 // A warm-up that fails (the database is down) must not stop the start: requests will say what is wrong.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, exception.Message);
        }

        Succeeded = succeeded;
        LogWarmedUp(logger, watch.ElapsedMilliseconds, succeeded, Operations.Count);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Warmed up in {Milliseconds} ms: {Succeeded} of {Total} operations answered without an error.")]
    private static partial void LogWarmedUp(ILogger logger, long milliseconds, int succeeded, int total);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "A warm-up operation answered with an error: {Message}")]
    private static partial void LogOperationFailed(ILogger logger, string message);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "The warm-up took longer than {Seconds} s; the server starts anyway.")]
    private static partial void LogTimedOut(ILogger logger, double seconds);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "The warm-up failed ({Reason}); the server starts anyway.")]
    private static partial void LogFailed(ILogger logger, string reason);
}

/// <summary>Registers the warm-up.</summary>
public static class WarmUpSetup
{
    /// <summary>Adds the warm-up; register it last, so it runs after every other service started.</summary>
    public static IServiceCollection AddWarmUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<WarmUpOptions>(configuration, WarmUpOptions.Section);
        services.AddSingleton<WarmUp>();
        return services.AddHostedService(sp => sp.GetRequiredService<WarmUp>());
    }
}
