using GreenCommunity.Api.GraphQL.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GreenCommunity.Api.GraphQL.Http;

/// <summary>The browser origins that may make credentialed calls (configuration section <c>Cors</c>).</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>
    /// Origins (<c>https://apps.example.gov.cn</c>) whose pages may call with a bearer token or an API key. Any
    /// origin may read public data without credentials.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>
/// CORS for the GraphQL endpoint. Public reads: any origin, no credentials (<c>Access-Control-Allow-Origin: *</c>,
/// no Authorization or X-Api-Key header allowed). A configured origin additionally may send <c>Authorization</c> and
/// <c>X-Api-Key</c> and credentials. The server refuses, too, a credentialed call whose Origin is neither configured
/// nor its own (<c>ORIGIN_NOT_ALLOWED</c>, HTTP 403), so a non-browser client that forges Origin learns nothing new
/// and a misbehaving browser executes nothing.
/// </summary>
public sealed class GraphQLCorsPolicyProvider(CorsSettings settings) : ICorsPolicyProvider
{
    /// <summary>The policy's name.</summary>
    public const string PolicyName = "GraphQL";

    private static readonly string[] Exposed = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", "ETag", "X-Correlation-Id"];

    private readonly HashSet<string> _origins = settings.AllowedOrigins.Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private readonly CorsPolicy _public = new CorsPolicyBuilder()
        .AllowAnyOrigin()
        .WithMethods(HttpMethods.Get, HttpMethods.Post)
        .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.IfNoneMatch)
        .WithExposedHeaders(Exposed)
        .SetPreflightMaxAge(TimeSpan.FromHours(1))
        .Build();

    /// <inheritdoc />
    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers.Origin.ToString();
        if (_origins.Contains(origin))
        {
            return Task.FromResult<CorsPolicy?>(new CorsPolicyBuilder()
                .WithOrigins(origin)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.IfNoneMatch, HeaderNames.Authorization, ApiKeyCredentials.Header)
                .WithExposedHeaders(Exposed)
                .AllowCredentials()
                .SetPreflightMaxAge(TimeSpan.FromHours(1))
                .Build());
        }

        return Task.FromResult<CorsPolicy?>(_public);
    }

    /// <summary>
    /// False for a call that carries credentials (Authorization, X-Api-Key or a cookie) from a browser origin that is
    /// neither configured nor the API's own.
    /// </summary>
    public bool AllowsCredentialsFrom(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentialed = !StringValues.IsNullOrEmpty(request.Headers.Authorization)
            || request.Headers.ContainsKey(ApiKeyCredentials.Header)
            || !StringValues.IsNullOrEmpty(request.Headers.Cookie);
        if (!credentialed)
        {
            return true;
        }

        return IsTrustedOrigin(request);
    }

    /// <summary>
    /// True when the request comes from no browser page (no <c>Origin</c>), from the API's own origin, or from a
    /// configured one: the origins whose pages may present credentials.
    /// </summary>
    public bool IsTrustedOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin;
        if (StringValues.IsNullOrEmpty(origin))
        {
            return true;
        }

        var value = origin.ToString();
        return _origins.Contains(value) || string.Equals(value, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
