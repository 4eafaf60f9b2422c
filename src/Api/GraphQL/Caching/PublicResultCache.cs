using System.Collections.Concurrent;
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

    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedResult?>> _inFlight = new(StringComparer.Ordinal);

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

    /// <summary>
    /// The cached answer for <paramref name="key"/>; or, when there is none, either the computation this caller
    /// must run and store (the first caller), or, for callers arriving while it runs, its answer once stored. When
    /// that computation ends without a cacheable answer, the waiting callers get neither and compute their own.
    /// </summary>
    public async ValueTask<CacheLookup> LookupAsync(string key, CancellationToken cancellationToken)
    {
        if (await GetAsync(key, cancellationToken) is { } hit)
        {
            return new CacheLookup(hit, null);
        }

        var mine = new TaskCompletionSource<CachedResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _inFlight.GetOrAdd(key, mine);
        if (ReferenceEquals(running, mine))
        {
            // Another caller's computation may have stored the answer and left between the miss above and now.
            if (await GetAsync(key, cancellationToken) is { } stored)
            {
                mine.TrySetResult(stored);
                _inFlight.TryRemove(new KeyValuePair<string, TaskCompletionSource<CachedResult?>>(key, mine));
                return new CacheLookup(stored, null);
            }

            return new CacheLookup(null, new Computation(this, key, mine));
        }

        return new CacheLookup(await running.Task.WaitAsync(cancellationToken), null);
    }

    /// <summary>Keeps the answer of a query that ran without errors: its data as JSON, never read-write state.</summary>
    public async ValueTask<CachedResult?> StoreAsync(string key, ExecutionResult result, int? cost, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(serializer);
        if (!result.Executed || result.Errors is { Count: > 0 } || result.Operation?.Operation != OperationType.Query)
        {
            return null;
        }

        using var document = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Data = result.Data, Executed = true }));
        var cached = new CachedResult(document.RootElement.GetProperty("data").Clone(), cost);
        await cache.SetAsync(key, cached, generation.SharedLevelAvailable ? _storeShared : _storeLocal, cancellationToken: cancellationToken);
        return cached;
    }

    /// <summary>A computation of a missing answer that other callers may be waiting for.</summary>
    public sealed class Computation : IDisposable
    {
        private readonly PublicResultCache _owner;
        private readonly string _key;
        private readonly TaskCompletionSource<CachedResult?> _answer;

        internal Computation(PublicResultCache owner, string key, TaskCompletionSource<CachedResult?> answer) => (_owner, _key, _answer) = (owner, key, answer);

        /// <summary>Stores the answer (when cacheable) and hands it to the callers waiting for it.</summary>
        public async ValueTask StoreAsync(ExecutionResult result, int? cost, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
        {
            try
            {
                _answer.TrySetResult(await _owner.StoreAsync(_key, result, cost, serializer, cancellationToken));
            }
            finally
            {
                Dispose();
            }
        }

        /// <summary>Ends the computation; waiting callers that got no answer compute their own.</summary>
        public void Dispose()
        {
            _answer.TrySetResult(null);
            _owner._inFlight.TryRemove(new KeyValuePair<string, TaskCompletionSource<CachedResult?>>(_key, _answer));
        }
    }
}

/// <summary>What <see cref="PublicResultCache.LookupAsync"/> found.</summary>
/// <param name="Hit">The cached answer, if any.</param>
/// <param name="Computation">Otherwise, when this caller is the first, the computation it runs and stores.</param>
public readonly record struct CacheLookup(CachedResult? Hit, PublicResultCache.Computation? Computation);

/// <summary>A cached answer: its data (JSON) and the cost its computation had.</summary>
/// <param name="Data">The answer's data, written as it is into each response.</param>
/// <param name="Cost">The operation's cost.</param>
[ImmutableObject(true)]
public sealed record CachedResult(JsonElement Data, int? Cost);
