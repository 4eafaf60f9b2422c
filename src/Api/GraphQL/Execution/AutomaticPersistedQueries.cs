using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using GreenCommunity.Api.GraphQL.Errors;
using Microsoft.Extensions.Caching.Memory;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>Automatic persisted queries (configuration section <c>AutomaticPersistedQueries</c>, ADR-023).</summary>
public sealed class AutomaticPersistedQueriesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AutomaticPersistedQueries";

    /// <summary>Total length in characters of the documents kept by hash; the least recently used go first. 0 turns APQ off.</summary>
    [Range(0, long.MaxValue)]
    public long MaxCharacters { get; set; } = 4_000_000;

    /// <summary>A document not asked for by its hash this long is dropped; the client then sends it again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// Apollo's automatic persisted queries: a request may carry <c>extensions.persistedQuery { version: 1, sha256Hash }</c>
/// instead of its document. A hash this replica holds is served; an unknown one is answered
/// <c>PersistedQueryNotFound</c> (code <c>PERSISTED_QUERY_NOT_FOUND</c>), and the client sends the document with its
/// hash, which is checked and kept. The store is a bounded cache, not a registry: anyone may fill it, since a held
/// document runs through the same validation, cost analysis and budget as one sent in full.
/// </summary>
public sealed class AutomaticPersistedQueries(AutomaticPersistedQueriesOptions options) : IDisposable
{
    /// <summary>The message Apollo's clients look for to resend the document.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.MaxCharacters) });

    /// <summary>The lowercase hexadecimal SHA-256 of <paramref name="document"/>'s UTF-8 bytes, as clients compute it.</summary>
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>
    /// <paramref name="request"/> with its document when it names one by hash, or an error: an unknown hash, a hash that
    /// is not the document's, an unsupported version. A request without <c>persistedQuery</c> is returned as it is.
    /// </summary>
    public (GraphQLRequest Request, ExecutionError? Error) Resolve(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Extensions?.TryGetValue("persistedQuery", out var value) != true || options.MaxCharacters == 0)
        {
            return (request, null);
        }

        if (!TryRead(value, out var version, out var hash))
        {
            return (request, GraphQLErrors.WithCode(ErrorCodes.BadRequest, "extensions.persistedQuery must be { version: 1, sha256Hash: <64 hexadecimal characters> }."));
        }

        if (version != 1)
        {
            return (request, GraphQLErrors.WithCode(ErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported"));
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            return _documents.TryGetValue(hash, out string? held) && held is not null
                ? (new GraphQLRequest { Query = held, OperationName = request.OperationName, Variables = request.Variables, Extensions = request.Extensions }, null)
                : (request, GraphQLErrors.WithCode(ErrorCodes.PersistedQueryNotFound, NotFoundMessage));
        }

        if (!string.Equals(HashOf(request.Query), hash, StringComparison.Ordinal))
        {
            return (request, GraphQLErrors.WithCode(ErrorCodes.PersistedQueryHashMismatch, "The sha256Hash of extensions.persistedQuery is not the SHA-256 of the query."));
        }

        _documents.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = request.Query.Length, SlidingExpiration = options.SlidingExpiration });
        return (request, null);
    }

    /// <inheritdoc />
    public void Dispose() => _documents.Dispose();

    private static bool TryRead(object? value, out int version, out string hash)
    {
        version = 0;
        hash = string.Empty;
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return false;
        }

        version = map.TryGetValue("version", out var v) ? v switch { int i => i, long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue), _ => 0 } : 0;
        if (!map.TryGetValue("sha256Hash", out var h) || h is not string text || text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        hash = text.ToLowerInvariant();
        return true;
    }
}
