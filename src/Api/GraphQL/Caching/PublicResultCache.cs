using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace GreenCommunity.Api.GraphQL.Caching;

/// <summary>
/// Caches the serialized responses of anonymous queries over published data, so the journalist's list served a
/// thousand times a minute is computed once. Correct by construction rather than by expiry alone:
/// <list type="bullet">
/// <item>only anonymous requests (no Authorization header) whose operation is a query that ran without errors;</item>
/// <item>the key holds the document, operation name, variables, response media type, today's date (fields such as
/// <c>validToday</c> depend on it) and the publication generation, which every successful write advances, so a
/// publication or revocation is visible to the very next request;</item>
/// <item>bounded: at most <c>Caching:PublicResultsEntries</c> results, each expiring after
/// <c>Caching:PublicResultsSeconds</c>, which also bounds staleness after changes made outside the API.</item>
/// </list>
/// A hit is charged to the caller's rate-limit budget at the cost the computed answer had.
/// </summary>
public sealed class PublicResultCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;
    private long _generation;

    /// <summary>Creates the cache from configuration.</summary>
    public PublicResultCache(IConfiguration configuration, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _clock = clock;
        Enabled = configuration.GetValue("Caching:PublicResults", true);
        _lifetime = TimeSpan.FromSeconds(configuration.GetValue("Caching:PublicResultsSeconds", 300));
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Caching:PublicResultsEntries", 2000) });
    }

    /// <summary>False when <c>Caching:PublicResults</c> turns the cache off.</summary>
    public bool Enabled { get; }

    /// <summary>The current publication generation.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Marks every cached response as stale: called after each successful write.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>The key of an anonymous request, or null when it must not be cached.</summary>
    public string? KeyFor(HttpRequest request, GraphQLRequest graphQLRequest, string mediaType, Func<Inputs?, string> serialize)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(graphQLRequest);
        ArgumentNullException.ThrowIfNull(serialize);
        if (!Enabled || request.Headers.Authorization.Count > 0 || graphQLRequest.Query is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join('\u001f', graphQLRequest.Query, graphQLRequest.OperationName ?? string.Empty, serialize(graphQLRequest.Variables), mediaType, today);
        return Generation.ToString(CultureInfo.InvariantCulture) + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The cached result for <paramref name="key"/>, if any.</summary>
    public bool TryGet(string key, out CachedResult result) => _cache.TryGetValue(key, out result!);

    /// <summary>Keeps the result of a query that ran without errors (its data, never read-write state).</summary>
    public void Store(string key, ExecutionResult result, int? cost)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query)
        {
            _cache.Set(key, new CachedResult(result.Data, cost), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lifetime });
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}

/// <summary>A cached query result: the data and the cost its computation had.</summary>
/// <param name="Data">The result's data, serialized anew for each response.</param>
/// <param name="Cost">The operation's cost.</param>
public sealed record CachedResult(object? Data, int? Cost);
