using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GreenCommunity.Api.GraphQL.Http;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>
/// HTTP for the open-data files (downloads, dictionary, data package, feed): GET and HEAD, validators
/// (<c>ETag</c>, <c>Last-Modified</c>) with conditional requests answered 304, and CORS that lets any browser app read
/// them and the headers that describe them.
/// </summary>
public static class OpenDataHttp
{
    /// <summary>The methods every open-data route answers.</summary>
    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>The response headers a browser app may read besides the CORS-safelisted ones.</summary>
    public static readonly string[] ExposedHeaders =
    [
        DownloadEndpoints.EditionHeader, DownloadEndpoints.HashHeader, DownloadEndpoints.LicenceHeader,
        HeaderNames.ContentDisposition, HeaderNames.Link, HeaderNames.ETag, HeaderNames.ContentLength,
    ];

    /// <summary>
    /// Open data is public: any origin may read it, without credentials, and send the conditional-request headers
    /// (which make a browser send a preflight).
    /// </summary>
    public static void Cors(CorsPolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.AllowAnyOrigin()
            .WithMethods(Methods)
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.IfModifiedSince, HeaderNames.Accept)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }

    /// <summary>A strong entity tag naming <paramref name="parts"/> (what the representation is computed from).</summary>
    public static string ETagOf(params string?[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>
    /// Sends the validators and answers the request's preconditions (RFC 9110, 13.2.2): true when the response is
    /// complete (304 Not Modified, or a HEAD request) and the caller must not write a body.
    /// </summary>
    /// <param name="http">The exchange.</param>
    /// <param name="etag">The representation's entity tag.</param>
    /// <param name="lastModified">When what it is computed from last changed, if known.</param>
    public static bool Answered(HttpContext http, string etag, DateTime? lastModified)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = http.Response;
        response.Headers.ETag = etag;
        DateTimeOffset? modified = lastModified is { } at ? TruncateToSeconds(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
        if (modified is { } m)
        {
            response.Headers.LastModified = m.ToString("R", CultureInfo.InvariantCulture);
        }

        if (NotModified(http.Request, etag, modified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            response.Headers.ContentDisposition = default;
            return true;
        }

        return HttpMethods.IsHead(http.Request.Method);
    }

    /// <summary>Writes <paramref name="body"/> (small, already built) with its own hash as entity tag.</summary>
    public static async Task WriteAsync(HttpContext http, byte[] body, string contentType, string cacheControl, DateTime? lastModified = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(body);
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = cacheControl;
        var etag = HttpCaching.ETagOf(body);
        if (Answered(http, etag, lastModified))
        {
            if (http.Response.StatusCode != StatusCodes.Status304NotModified)
            {
                http.Response.ContentLength = body.Length;
            }

            return;
        }

        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    // If-None-Match wins over If-Modified-Since; the weak comparison applies to GET and HEAD. HTTP dates have whole
    // seconds, so Last-Modified is compared at that precision.
    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        if (!string.IsNullOrEmpty(request.Headers.IfNoneMatch))
        {
            return HttpCaching.Matches(request, etag);
        }

        return lastModified is { } modified
            && DateTimeOffset.TryParseExact(request.Headers.IfModifiedSince.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && modified <= since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTime at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
