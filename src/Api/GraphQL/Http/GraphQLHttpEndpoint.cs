using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Ide;
using GreenCommunity.Api.GraphQL.Schema;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GreenCommunity.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): GET for queries, POST with a JSON body, responses in
/// <c>application/graphql-response+json</c> or <c>application/json</c> by the Accept header, with the status
/// codes the specification gives for each. A browser asking for HTML gets the GraphiQL IDE.
/// </summary>
public sealed class GraphQLHttpEndpoint(IDocumentExecuter<GreenCommunitySchema> executer, IGraphQLTextSerializer serializer, PublicResultCache cache)
{
    /// <summary>The media type the specification prefers.</summary>
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    /// <summary>The legacy media type.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>The validation rules of every operation: the specification's, then our authorization rule.</summary>
    public static readonly IValidationRule[] PostValidationRules = [.. DocumentValidator.CoreRules, new AuthorizationValidationRule()];

    private static readonly IValidationRule[] GetRules = [.. PostValidationRules, HttpGetQueriesOnlyRule.Instance];

    /// <summary>Handles one request to the GraphQL endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, JsonMediaType, ErrorCodes.MethodNotAllowed, "Use GET for queries or POST.");
            return;
        }

        if (isGet && GraphiQLPage.IsBrowserRequest(request))
        {
            await GraphiQLPage.WriteAsync(context);
            return;
        }

        var mediaType = NegotiateResponseType(request);
        if (mediaType is null)
        {
            await WriteErrorAsync(
                context,
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
                StatusCodes.Status401Unauthorized,
                mediaType,
                ErrorCodes.InvalidToken,
                "The Authorization header holds no valid token (expired, not yet valid, wrongly signed or for another audience). Sign in again, or send no Authorization header to read public data.");
            return;
        }

        var (graphQLRequest, problem) = isGet ? ReadQueryString(request) : await ReadBodyAsync(request);
        if (problem is not null)
        {
            await WriteErrorAsync(context, problem.Value.Status, mediaType, ErrorCodes.BadRequest, problem.Value.Message);
            return;
        }

        if (string.IsNullOrWhiteSpace(graphQLRequest!.Query))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, ErrorCodes.BadRequest, "The request has no 'query'.");
            return;
        }

        var cacheKey = cache.KeyFor(request, graphQLRequest, mediaType, variables => variables is null ? string.Empty : serializer.Serialize(variables));
        if (cacheKey is not null && cache.TryGet(cacheKey, out var cached))
        {
            await WriteBytesAsync(context, StatusCodes.Status200OK, mediaType, cached);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ValidationRules = isGet ? GetRules : PostValidationRules,
        });

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

        if (cacheKey is not null && status == StatusCodes.Status200OK)
        {
            var body = Encoding.UTF8.GetBytes(serializer.Serialize(result));
            cache.Store(cacheKey, result, body);
            await WriteBytesAsync(context, status, mediaType, body);
            return;
        }

        await WriteAsync(context, status, mediaType, result);
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

        if (result.Errors?.Any(e => e.Code == ErrorCodes.ServiceUnavailable) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
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

    private (GraphQLRequest? Request, (int Status, string Message)? Problem) ReadQueryString(HttpRequest request)
    {
        var query = request.Query;
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault(),
                Variables = ParseMap(query["variables"].FirstOrDefault()),
                Extensions = ParseMap(query["extensions"].FirstOrDefault()),
            }, null);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, "'variables' and 'extensions' must be URL-encoded JSON objects."));
        }
    }

    private async Task<(GraphQLRequest? Request, (int Status, string Message)? Problem)> ReadBodyAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, $"POST a JSON body with Content-Type: {JsonMediaType}."));
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, "The body must be UTF-8."));
        }

        try
        {
            var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, request.HttpContext.RequestAborted);
            return body is null
                ? (null, (StatusCodes.Status400BadRequest, "The body must be a JSON object with a 'query'."))
                : (body, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, (StatusCodes.Status400BadRequest, "The body is not a valid GraphQL request: a JSON object with a string 'query' and optional 'operationName', 'variables' and 'extensions'."));
        }
    }

    private Inputs? ParseMap(string? json) =>
        string.IsNullOrEmpty(json) ? null : serializer.Deserialize<Inputs>(json) ?? throw new JsonException("Not an object.");

    private static async Task WriteBytesAsync(HttpContext context, int status, string mediaType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task WriteAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private Task WriteErrorAsync(HttpContext context, int status, string mediaType, string code, string message) =>
        WriteAsync(context, status, mediaType, new ExecutionResult { Errors = [GraphQLErrors.WithCode(code, message)] });
}
