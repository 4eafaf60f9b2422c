using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Ide;
using GreenCommunity.Api.GraphQL.Limits;
using GreenCommunity.Api.GraphQL.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GreenCommunity.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): GET for queries, POST with a JSON body, responses in
/// <c>application/graphql-response+json</c> or <c>application/json</c> by the Accept header, with the status
/// codes the specification gives for each. A browser asking for HTML gets the GraphiQL IDE. Every response carries the
/// caller's budget (<c>X-RateLimit-*</c>), a cache policy and, for GraphQL results, <c>extensions.cost</c>.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLExecutor executor,
    IGraphQLTextSerializer serializer,
    RequestLimits limits,
    RateLimitClientResolver clients,
    IRateLimitStore budgets,
    GraphQLCorsPolicyProvider cors,
    HttpCachingOptions caching,
    TimeProvider clock,
    PublicResultCache results)
{
    /// <summary>The media type the specification prefers.</summary>
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    /// <summary>The legacy media type.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>Handles one request to the GraphQL endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && GraphiQLPage.IsBrowserRequest(request))
        {
            await GraphiQLPage.WriteAsync(context);
            return;
        }

        var client = await clients.ResolveAsync(context);
        var state = new GraphQLRequestState(
            new Caller(context.User, client ?? clients.ResolveAnonymous(context), RateLimitClientResolver.AddressOf(context.Connection.RemoteIpAddress)),
            queriesOnly: isGet);
        var mediaType = NegotiateResponseType(request);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, state, StatusCodes.Status405MethodNotAllowed, mediaType ?? JsonMediaType, ErrorCodes.MethodNotAllowed, "Use GET for queries or POST.");
            return;
        }

        if (mediaType is null)
        {
            await WriteErrorAsync(
                context,
                state,
                StatusCodes.Status406NotAcceptable,
                JsonMediaType,
                ErrorCodes.BadRequest,
                $"This endpoint answers in {GraphQLResponseMediaType} or {JsonMediaType}; the Accept header allows neither.");
            return;
        }

        if (HasRejectedCredentials(context))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(
                context,
                state,
                StatusCodes.Status401Unauthorized,
                mediaType,
                ErrorCodes.InvalidToken,
                "The Authorization header holds no valid token (expired, not yet valid, wrongly signed or for another audience). Sign in again, or send no Authorization header to read public data.");
            return;
        }

        if (!cors.AllowsCredentialsFrom(request))
        {
            await WriteErrorAsync(context, state, StatusCodes.Status403Forbidden, mediaType, ErrorCodes.OriginNotAllowed, "Calls with credentials (a token or an API key) are accepted only from the origins the city configured. Read public data without credentials.");
            return;
        }

        if (client is null)
        {
            await WriteErrorAsync(context, state, StatusCodes.Status401Unauthorized, mediaType, ErrorCodes.InvalidApiKey, $"The {ApiKeyCredentials.Header} header holds no valid key (unknown, revoked or malformed). Send no key to read as an anonymous caller.");
            return;
        }

        var budget = await budgets.PeekAsync(state.Client, context.RequestAborted);
        if (budget.Remaining <= 0)
        {
            state.Budget = budget;
            await WriteErrorAsync(context, state, StatusCodes.Status429TooManyRequests, mediaType, ErrorCodes.RateLimited, $"Your budget of {budget.Limit} cost points is spent until {budget.ResetAt:yyyy-MM-ddTHH:mm:ssZ}.");
            return;
        }

        var (graphQLRequest, problem) = isGet ? ReadQueryString(request) : await ReadBodyAsync(request);
        if (problem is not null)
        {
            await WriteErrorAsync(context, state, problem.Value.Status, mediaType, problem.Value.Code, problem.Value.Message);
            return;
        }

        if (executor.Refuse(graphQLRequest!) is { } refused)
        {
            var refusedStatus = refused.Code switch
            {
                ErrorCodes.BadRequest => StatusCodes.Status400BadRequest,
                ErrorCodes.DocumentTooLarge => StatusCodes.Status413PayloadTooLarge,
                _ => mediaType == JsonMediaType ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
            };
            await WriteAsync(context, state, refusedStatus, mediaType, new ExecutionResult(refused), OperationType.Query);
            return;
        }

        var cacheKey = results.KeyFor(request, graphQLRequest!, mediaType, variables => variables is null ? string.Empty : serializer.Serialize(variables));
        var lookup = cacheKey is null ? default : await results.LookupAsync(cacheKey, context.RequestAborted);
        if (lookup.Hit is { } cached)
        {
            await WriteCachedAsync(context, state, mediaType, cached);
            return;
        }

        // This request computes the answer; concurrent requests for the same one wait for it (no stampede when a
        // publication empties the cache at the moment of peak demand).
        using var computation = lookup.Computation;

        var result = await executor.ExecuteAsync(graphQLRequest!, state, context.RequestServices, context.RequestAborted);

        var status = StatusFor(result, mediaType, out var methodNotAllowed);
        if (methodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }
        else if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        if (computation is not null && status == StatusCodes.Status200OK)
        {
            await computation.StoreAsync(result, state.Cost, state.ActualCost, serializer, context.RequestAborted);
        }

        await WriteAsync(context, state, status, mediaType, result, result.Operation?.Operation);
    }

    /// <summary>The response media type the Accept header asks for; null when it accepts neither.</summary>
    public static string? NegotiateResponseType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept))
        {
            return JsonMediaType;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            return JsonMediaType;
        }

        foreach (var type in mediaTypes.Where(m => m.Quality is null or > 0).OrderByDescending(m => m.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseMediaType;
            }

            if (type.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return JsonMediaType;
            }
        }

        return null;
    }

    private static int StatusFor(ExecutionResult result, string mediaType, out bool methodNotAllowed)
    {
        methodNotAllowed = result.Errors?.Any(e => e.Code == ErrorCodes.MethodNotAllowed) == true;
        if (methodNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        var denials = result.Errors?.OfType<AccessDeniedError>().ToList();
        if (denials is { Count: > 0 })
        {
            return denials.Min(d => d.Status);
        }

        if (result.Errors?.Any(e => e.Code == ErrorCodes.RateLimited) == true)
        {
            return StatusCodes.Status429TooManyRequests;
        }

        if (result.Errors?.Any(e => e.Code is ErrorCodes.ServiceUnavailable or ErrorCodes.StorageFull) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Errors?.Any(e => e.Code == ErrorCodes.Timeout) == true)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        if (result.Executed || mediaType == JsonMediaType)
        {
            return StatusCodes.Status200OK;
        }

        return StatusCodes.Status400BadRequest;
    }

    private static bool HasRejectedCredentials(HttpContext context) =>
        !StringValues.IsNullOrEmpty(context.Request.Headers.Authorization)
        && context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is not { Succeeded: true };

    private (GraphQLRequest? Request, (int Status, string Code, string Message)? Problem) ReadQueryString(HttpRequest request)
    {
        var query = request.Query;
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                DocumentId = query["documentId"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault(),
                Variables = ParseMap(query["variables"].FirstOrDefault()),
                Extensions = ParseMap(query["extensions"].FirstOrDefault()),
            }, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "'variables' and 'extensions' must be URL-encoded JSON objects."));
        }
    }

    private async Task<(GraphQLRequest? Request, (int Status, string Code, string Message)? Problem)> ReadBodyAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, $"POST a JSON body with Content-Type: {JsonMediaType}."));
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, "The body must be UTF-8."));
        }

        var tooLarge = (StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The body is larger than {limits.MaxBodyBytes} bytes.");
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return (null, tooLarge);
        }

        byte[]? body;
        try
        {
            body = await ReadAtMostAsync(request.Body, limits.MaxBodyBytes, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            // The client sent less than its Content-Length promised (it went away, or lied): nothing to execute.
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body ended before its Content-Length."));
        }

        if (body is null)
        {
            return (null, tooLarge);
        }

        var first = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (first.Length > 0 && first[0] == (byte)'[')
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BatchNotSupported, "Batched requests (a JSON array) are not supported: send one operation per request."));
        }

        try
        {
            using var stream = new MemoryStream(body, writable: false);
            var graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(stream, request.HttpContext.RequestAborted);
            return graphQLRequest is null
                ? (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body must be a JSON object with a 'query'."))
                : (graphQLRequest, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or OverflowException or DecoderFallbackException)
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body is not a valid GraphQL request: a UTF-8 JSON object with a string 'query' (or 'documentId') and optional 'operationName', 'variables' and 'extensions'."));
        }
    }

    // The body, or null when it is longer than maxBytes.
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private Inputs? ParseMap(string? json) =>
        string.IsNullOrEmpty(json) ? null : serializer.Deserialize<Inputs>(json) ?? throw new JsonException("Not an object.");

    // Answers from the public result cache: charged the cost the computed answer actually had, like any other request.
    private async Task WriteCachedAsync(HttpContext context, GraphQLRequestState state, string mediaType, CachedResult cached)
    {
        state.Cost = cached.Cost;
        state.ActualCost = cached.ActualCost ?? cached.Cost;
        state.Budget = await budgets.TryTakeAsync(state.Client, state.ActualCost ?? 1, context.RequestAborted);
        if (!state.Budget.Allowed)
        {
            await WriteErrorAsync(context, state, StatusCodes.Status429TooManyRequests, mediaType, ErrorCodes.RateLimited, $"This operation costs {state.ActualCost} points and your budget has {state.Budget.Remaining} of {state.Budget.Limit} left until {state.Budget.ResetAt:yyyy-MM-ddTHH:mm:ssZ}.");
            return;
        }

        await WriteAsync(context, state, StatusCodes.Status200OK, mediaType, new ExecutionResult { Data = cached.Data, Executed = true }, OperationType.Query);
    }

    // Charges the request (its cost, or 1 when it never got that far), writes the budget headers, the cost, the cache
    // policy, and the body (or 304 when the client holds this very response).
    private async Task WriteAsync(HttpContext context, GraphQLRequestState state, int status, string mediaType, ExecutionResult result, OperationType? operation)
    {
        var charged = state.Budget is { Allowed: true } ? state.ActualCost ?? state.Cost ?? 1 : 0;
        if (state.Budget is null)
        {
            state.Budget = await budgets.TryTakeAsync(state.Client, 1, CancellationToken.None);
            charged = state.Budget.Allowed ? 1 : 0;
            if (!state.Budget.Allowed)
            {
                state.Budget = await budgets.PeekAsync(state.Client, CancellationToken.None);
            }
        }

        var headers = context.Response.Headers;
        var budget = state.Budget;
        headers["X-RateLimit-Limit"] = budget.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = budget.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = budget.ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (status == StatusCodes.Status429TooManyRequests)
        {
            headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((budget.ResetAt - clock.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var cacheable = HttpMethods.IsGet(context.Request.Method) && status == StatusCodes.Status200OK && result.Executed && operation == OperationType.Query
            && result.Errors is not { Count: > 0 } && ActorClaims.From(context.User) is null && StringValues.IsNullOrEmpty(context.Request.Headers.Authorization);
        result.Extensions ??= [];
        result.Extensions["cost"] = CostExtension(state, charged, limits.MaxCost, cacheable ? null : budget);

        if (!cacheable)
        {
            // No ETag to compute: the result is serialised straight into the response's pipe, not into a copy first.
            headers.CacheControl = "no-store";
            context.Response.StatusCode = status;
            context.Response.ContentType = mediaType + "; charset=utf-8";
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
            return;
        }

        var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        var etag = HttpCaching.ETagOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        headers.ETag = etag;
        headers.CacheControl = caching.MaxAgeSeconds > 0 ? $"public, max-age={caching.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}" : "no-cache";
        headers.Vary = "Accept, Authorization, X-Api-Key";
        if (HttpCaching.Matches(context.Request, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>
    /// <c>extensions.cost</c> (ADR-022): <c>requested</c> (the most the operation could cost, checked against
    /// <c>maximum</c>), <c>charged</c> (what the budget kept), and the same in Shopify's shape:
    /// <c>requestedQueryCost</c>, <c>actualQueryCost</c> and <c>throttleStatus</c> (the budget's size, what is left,
    /// and when it is full again, in Unix seconds; budgets are fixed windows, so there is no restore rate).
    /// <c>throttleStatus</c> is left out of a response that may be cached (an anonymous GET, served to others by a
    /// shared cache and validated by its ETag): the <c>X-RateLimit-*</c> headers carry the same on every response.
    /// </summary>
    public static Dictionary<string, object?> CostExtension(GraphQLRequestState state, int charged, int maximum, RateLimitDecision? budget)
    {
        ArgumentNullException.ThrowIfNull(state);
        var cost = new Dictionary<string, object?>
        {
            ["requested"] = state.Cost,
            ["charged"] = charged,
            ["maximum"] = maximum,
            ["requestedQueryCost"] = state.Cost,
            ["actualQueryCost"] = state.ActualCost ?? (state.Cost is null ? null : charged),
        };
        if (budget is not null)
        {
            cost["throttleStatus"] = new Dictionary<string, object?>
            {
                ["maximumAvailable"] = budget.Limit,
                ["currentlyAvailable"] = budget.Remaining,
                ["resetAt"] = budget.ResetAt.ToUnixTimeSeconds(),
            };
        }

        return cost;
    }

    private Task WriteErrorAsync(HttpContext context, GraphQLRequestState state, int status, string mediaType, string code, string message) =>
        WriteAsync(context, state, status, mediaType, new ExecutionResult { Errors = [GraphQLErrors.WithCode(code, message)] }, null);
}
