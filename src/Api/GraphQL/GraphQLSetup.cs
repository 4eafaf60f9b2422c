using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Http;
using GreenCommunity.Api.GraphQL.Limits;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace GreenCommunity.Api.GraphQL;

/// <summary>Registers the GraphQL schema, engine and endpoint.</summary>
public static class GraphQLSetup
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/graphql";

    /// <summary>
    /// Adds the engine for <typeparamref name="TSchema"/> (a singleton), the batch loaders (per request), the HTTP
    /// and WebSocket endpoints and what guards them: request limits, the document cache, persisted operations, cost
    /// and rate limits, CORS. The schema and the features are named by the composition root (src/Api/Schema), never
    /// here.
    /// </summary>
    public static IServiceCollection AddGraphQLEngine<TSchema>(this IServiceCollection services, IConfiguration configuration)
        where TSchema : class, global::GraphQL.Types.ISchema
    {
        services.AddCheckedOptions<RequestLimits>(configuration, RequestLimits.Section).Validate(Checked<RequestLimits>(l => l.Validate()));
        services.AddCheckedOptions<RateLimitOptions>(configuration, RateLimitOptions.Section).Validate(Checked<RateLimitOptions>(r => r.Validate()));
        services.AddCheckedOptions<DocumentCacheOptions>(configuration, DocumentCacheOptions.Section);
        services.AddCheckedOptions<AutomaticPersistedQueriesOptions>(configuration, AutomaticPersistedQueriesOptions.Section);
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddCheckedOptions<PersistedOperationsOptions>(configuration, PersistedOperationsOptions.Section);
        services.AddCheckedOptions<HttpCachingOptions>(configuration, HttpCachingOptions.Section);
        services.AddCheckedOptions<CorsSettings>(configuration, CorsSettings.Section);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TSchema>()
            .AddGraphTypes(typeof(GraphQLSetup).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddExecutionStrategy<PlannedExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<PlannedExecutionStrategy>(OperationType.Mutation)
            .AddScopedSubscriptionExecutionStrategy()
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .AddUnhandledExceptionHandler(HideUnexpectedError)
            .UsePersistedDocuments<PersistedOperations>(global::GraphQL.DI.ServiceLifetime.Singleton, options => options.AllowOnlyPersistedDocuments = false)
            .UseTelemetry(TelemetrySetup.ConfigureGraphQL));

        foreach (var loader in typeof(GraphQLSetup).Assembly.GetTypes().Where(IsBatchLoader))
        {
            services.AddScoped(loader);
        }

        services.AddSingleton<RequestGuard>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution>(sp => sp.GetRequiredService<RequestGuard>());
        services.AddSingleton<GraphQLExecutor>();
        services.AddScoped<CurrentCaller>();
        services.AddScoped<DataLoading.JoinedRows>();
        services.AddSingleton<PersistedOperations>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution, PersistedOnlyForSignedIn>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        services.AddSingleton<IRateLimitStore>(sp => sp.GetService<IConnectionMultiplexer>() is null ? ActivatorUtilities.CreateInstance<InMemoryRateLimitStore>(sp) : ActivatorUtilities.CreateInstance<RedisRateLimitStore>(sp));
        services.AddSingleton<RateLimitClientResolver>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddCors();
        services.AddSingleton<GraphQLCorsPolicyProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider>(sp => sp.GetRequiredService<GraphQLCorsPolicyProvider>());
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<WebSockets.GraphQLWebSocketHandler>();
        services.AddCheckedOptions<WebSockets.WebSocketSettings>(configuration, WebSockets.WebSocketSettings.Section);
        services.AddSingleton<WebSockets.WebSocketConnections>();
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<Microsoft.Extensions.Options.IOptions<RequestLimits>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes + 1024);
        services.AddScoped<Mutations.MutationContext>();
        return services;
    }

    /// <summary>Maps the GraphQL endpoint (GET and POST, and the IDE for browsers).</summary>
    public static IEndpointConventionBuilder MapGreenCommunityGraphQL(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.Map(Path, context => context.WebSockets.IsWebSocketRequest
            ? context.RequestServices.GetRequiredService<WebSockets.GraphQLWebSocketHandler>().HandleAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context))
            .RequireCors(GraphQLCorsPolicyProvider.PolicyName);
    }

    // The settings classes that check themselves by throwing, as a start-up check.
    private static Func<T, bool> Checked<T>(Action<T> validate) => value =>
    {
        validate(value);
        return true;
    };

    private static bool IsBatchLoader(Type type)
    {
        if (type.IsAbstract)
        {
            return false;
        }

        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(BatchDataLoader<,>))
            {
                return true;
            }
        }

        return false;
    }

    private static void HideUnexpectedError(UnhandledExceptionContext context)
    {
        if (context.OriginalException is OperationCanceledException)
        {
            return;
        }

        var services = context.Context?.RequestServices ?? context.ExecutionOptions?.RequestServices;
        var traceId = services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLSetup));
        if (DatabaseFailures.IsStorageFull(context.OriginalException))
        {
            ReportStorageFull(context, services, traceId);
            return;
        }

        if (DatabaseFailures.IsUnavailable(context.OriginalException))
        {
            ReportDatabaseUnavailable(context, services, logger, traceId);
            return;
        }

        if (logger is not null)
        {
            UnexpectedErrorLog.Write(logger, context.FieldContext?.FieldDefinition.Name ?? "(request)", traceId, context.OriginalException);
        }

        context.Exception = new ExecutionError($"An unexpected error occurred. Quote this reference when reporting it: {traceId}.")
        {
            Code = ErrorCodes.InternalServerError,
            Extensions = new Dictionary<string, object?> { ["correlationId"] = traceId },
        };
    }

    // The database is down or restarting: a 503 the client can retry (GraphQLHttpEndpoint sets the status), not a bug.
    private static void ReportDatabaseUnavailable(UnhandledExceptionContext context, IServiceProvider? services, ILogger? logger, string traceId)
    {
        if (logger is not null)
        {
            UnexpectedErrorLog.DatabaseUnavailable(logger, context.FieldContext?.FieldDefinition.Name ?? "(request)", traceId, context.OriginalException);
        }

        services?.GetService<DatabaseOutageLog>()?.Failed(context.OriginalException);

        if (services?.GetService<DatabaseOptions>() is { } database)
        {
            DatabaseFailures.ClearConnectionPools(database.Provider);
        }

        context.Exception = new ExecutionError($"The database is unavailable right now; try again shortly. Reference: {traceId}.")
        {
            Code = ErrorCodes.ServiceUnavailable,
        };
    }

    // The database has no space left for the write: a 503 the client can retry later (GraphQLHttpEndpoint sets the
    // status), logged once per episode by the monitor rather than with a stack trace per request.
    private static void ReportStorageFull(UnhandledExceptionContext context, IServiceProvider? services, string traceId)
    {
        services?.GetService<StorageFullMonitor>()?.WriteRefused(DatabaseFailures.Reason(context.OriginalException));
        context.Exception = new ExecutionError($"The database has no space left to save changes, so nothing was saved; reading still works. Try again later. Reference: {traceId}.")
        {
            Code = ErrorCodes.StorageFull,
        };
    }
}

/// <summary>Log messages for unexpected errors.</summary>
internal static partial class UnexpectedErrorLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unexpected error resolving {Field} (correlation ID {CorrelationId})")]
    public static partial void Write(ILogger logger, string field, string correlationId, Exception exception);

    // The outage itself is logged once by DatabaseOutageLog; each request's correlation ID stays findable at Debug.
    [LoggerMessage(EventId = 5030, Level = LogLevel.Debug, Message = "Database unavailable resolving {Field} (correlation ID {CorrelationId})")]
    public static partial void DatabaseUnavailable(ILogger logger, string field, string correlationId, Exception exception);
}
