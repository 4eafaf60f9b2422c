using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GreenCommunity.Api.GraphQL.Http;

/// <summary>HTTP caching of public GET responses (configuration section <c>HttpCaching</c>).</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "HttpCaching";

    /// <summary>
    /// <c>max-age</c> of a successful GET query without a bearer token (public data); 0 sends <c>no-cache</c>, so
    /// clients revalidate with the ETag every time.
    /// </summary>
    [Range(0, 31_536_000)]
    public int MaxAgeSeconds { get; set; } = 60;
}

/// <summary>
/// Cache headers: public GET responses get <c>Cache-Control: public</c> and a strong <c>ETag</c> (SHA-256 of the
/// body) and answer a matching <c>If-None-Match</c> with 304; everything else gets <c>Cache-Control: no-store</c>.
/// </summary>
public static class HttpCaching
{
    /// <summary>The ETag of <paramref name="body"/>.</summary>
    public static string ETagOf(ReadOnlySpan<byte> body) => $"\"{Convert.ToBase64String(SHA256.HashData(body)[..18]).Replace('+', '-').Replace('/', '_')}\"";

    /// <summary>Whether the request's If-None-Match names <paramref name="etag"/> (weak comparison, or <c>*</c>).</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfNoneMatch;
        if (StringValues.IsNullOrEmpty(header) || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
