using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Hybrid;

namespace GreenCommunity.Api.GraphQL.Caching;

/// <summary>
/// Caches the answers of anonymous queries over published data, so the journalist's list served a thousand times a
/// minute is computed once, and once for all replicas. A <see cref="HybridCache"/>: in this process's memory, and in
/// Redis as the second level when Redis is configured. Correct by construction rather than by expiry alone:
/// <list type="bullet">
/// <item>only anonymous requests (no Authorization header) whose operation is a query that ran without errors;</item>
/// <item>the key holds the document, operation name, variables, response media type, today's date (fields such as
/// <c>validToday</c> depend on it) and the publication generation (<see cref="ICacheGeneration"/>), which every
/// committed write advances on every replica, so a publication or revocation is visible to the very next request
/// wherever it lands;</item>
/// <item>bounded: entries expire after <c>Caching:PublicResultsSeconds</c> (which also bounds staleness after changes
/// made outside the API), answers above <c>Caching:PublicResultsMaxBytes</c> are not kept, and the memory cache is
/// bounded in bytes (<c>Caching:MemoryLimitMegabytes</c>).</item>
/// </list>
/// A hit is charged to the caller's rate-limit budget at the cost the computed answer had.
/// </summary>
public sealed class PublicResultCache(HybridCache cache, ICacheGeneration generation, IConfiguration configuration, TimeProvider clock)
{
    private const HybridCacheEntryFlags ReadFlags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite;
    private static readonly HybridCacheEntryOptions ReadShared = new() { Flags = ReadFlags };
    private static readonly HybridCacheEntryOptions ReadLocal = new() { Flags = ReadFlags | HybridCacheEntryFlags.DisableDistributedCache };

    private readonly HybridCacheEntryOptions _storeShared = new()
    {
        Expiration = TimeSpan.FromSeconds(configuration.GetValue("Caching:PublicResultsSeconds", 300)),
        LocalCacheExpiration = TimeSpan.FromSeconds(configuration.GetValue("Caching:PublicResultsSeconds", 300)),
    };

    private readonly HybridCacheEntryOptions _storeLocal = new()
    {
        Expiration = TimeSpan.FromSeconds(configuration.GetValue("Caching:PublicResultsSeconds", 300)),
        LocalCacheExpiration = TimeSpan.FromSeconds(configuration.GetValue("Caching:PublicResultsSeconds", 300)),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    /// <summary>False when <c>Caching:PublicResults</c> turns the cache off.</summary>
    public bool Enabled { get; } = configuration.GetValue("Caching:PublicResults", true);

    /// <summary>Marks every cached answer as stale, on every replica: called after each committed write.</summary>
    public Task InvalidateAsync(CancellationToken cancellationToken) => generation.AdvanceAsync(cancellationToken);

    /// <summary>The key of an anonymous request, or null when it must not be cached.</summary>
    public string? KeyFor(HttpRequest request, GraphQLRequest graphQLRequest, string mediaType, Func<Inputs?, string> serialize)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(graphQLRequest);
        ArgumentNullException.ThrowIfNull(serialize);
        if (!Enabled || request.Headers.Authorization.Count > 0 || graphQLRequest.Query is null || generation.Current is not { } current)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join('\u001f', graphQLRequest.Query, graphQLRequest.OperationName ?? string.Empty, serialize(graphQLRequest.Variables), mediaType, today);
        return "results:" + current.ToString(CultureInfo.InvariantCulture) + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The cached answer for <paramref name="key"/>, if any: from memory, else from Redis while it is reachable.</summary>
    public ValueTask<CachedResult?> GetAsync(string key, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(key, static _ => ValueTask.FromResult<CachedResult?>(null), generation.SharedLevelAvailable ? ReadShared : ReadLocal, cancellationToken: cancellationToken);

    /// <summary>Keeps the answer of a query that ran without errors: its data as JSON, never read-write state.</summary>
    public async ValueTask StoreAsync(string key, ExecutionResult result, int? cost, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(serializer);
        if (result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query)
        {
            using var document = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Data = result.Data, Executed = true }));
            await cache.SetAsync(key, new CachedResult(document.RootElement.GetProperty("data").Clone(), cost), generation.SharedLevelAvailable ? _storeShared : _storeLocal, cancellationToken: cancellationToken);
        }
    }
}

/// <summary>A cached answer: its data (JSON) and the cost its computation had.</summary>
/// <param name="Data">The answer's data, written as it is into each response.</param>
/// <param name="Cost">The operation's cost.</param>
[ImmutableObject(true)]
public sealed record CachedResult(JsonElement Data, int? Cost);
