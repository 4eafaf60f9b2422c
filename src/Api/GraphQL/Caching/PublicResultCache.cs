using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.GraphQL.Caching;

/// <summary>
/// Caches the answers of anonymous queries over published data, so the journalist's list served a thousand times a
/// minute is computed once, and once for all replicas: in this process's memory, and in Redis as the second level
/// when Redis is configured (<see cref="ISharedResultStore"/>). Correct by construction rather than by expiry alone:
/// <list type="bullet">
/// <item>only anonymous requests (no Authorization header) whose operation is a query that ran without errors;</item>
/// <item>the key holds the document, operation name, variables, response media type, today's date (fields such as
/// <c>validToday</c> depend on it) and the publication generation (<see cref="ICacheGeneration"/>), which every
/// committed write advances on every replica, so a publication or revocation is visible to the very next request
/// wherever it lands;</item>
/// <item>bounded: entries expire after <c>Caching:PublicResultsSeconds</c> (which also bounds staleness after changes
/// made outside the API), answers above <c>Caching:PublicResultsMaxBytes</c> are not kept, and the answers in memory
/// are bounded by <c>Caching:MemoryLimitMegabytes</c> of the managed memory they hold
/// (<see cref="EstimateBytes"/>);</item>
/// <item>stale answers are dropped, not kept to the bound: when the generation advances (<see cref="ICacheGeneration.Changed"/>,
/// on every replica that sees it), this process's answers of older generations are removed from memory at once. In
/// Redis they expire after <c>Caching:PublicResultsSeconds</c>.</item>
/// </list>
/// A hit is charged to the caller's rate-limit budget at the cost the computed answer had.
/// </summary>
public sealed class PublicResultCache : IDisposable
{
    /// <summary>The meter of the cache's gauges and counters (for <c>dotnet-counters</c> or OpenTelemetry).</summary>
    public const string MeterName = "GreenCommunity.Api.PublicResultCache";

    private const string KeyPrefix = "results:";
    private const byte PayloadVersion = 2;
    private const int PayloadHeader = 1 + sizeof(long) + sizeof(int) + sizeof(int);

    private readonly ICacheGeneration _generation;
    private readonly PublicResultCacheOptions _options;
    private readonly TimeProvider _clock;
    private readonly ISharedResultStore? _shared;
    private readonly MemoryCache _local;
    private readonly Meter? _meter;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedResult?>> _inFlight = new(StringComparer.Ordinal);
    private long _localHits;
    private long _sharedHits;
    private long _misses;
    private long _stored;
    private long _tooLarge;
    private long _droppedStale;

    /// <summary>A cache in memory, with <paramref name="shared"/> as the second level when Redis is configured.</summary>
    public PublicResultCache(ICacheGeneration generation, IOptions<PublicResultCacheOptions> options, TimeProvider clock, ISharedResultStore? shared = null, IMeterFactory? meters = null)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _generation = generation;
        _options = options.Value;
        _clock = clock;
        _shared = shared;
        Enabled = _options.PublicResults;

        // A full cache refuses the new answer and drops a quarter of the least recently used ones in the background.
        _local = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MemoryLimitBytes, TrackStatistics = true, CompactionPercentage = 0.25 });
        _generation.Changed += OnGenerationChanged;
        if (meters is not null)
        {
            _meter = meters.Create(MeterName);
            _meter.CreateObservableGauge("greencommunity.result_cache.entries", () => _local.Count, "{entry}", "Answers kept in this process's memory.");
            _meter.CreateObservableGauge("greencommunity.result_cache.size", () => _local.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0, "By", "Managed memory the kept answers hold (estimated).");
            _meter.CreateObservableGauge("greencommunity.result_cache.limit", () => _options.MemoryLimitBytes, "By", "Caching:MemoryLimitMegabytes in bytes.");
            _meter.CreateObservableCounter("greencommunity.result_cache.hits", () => new[] { new Measurement<long>(Interlocked.Read(ref _localHits), new KeyValuePair<string, object?>("level", "memory")), new Measurement<long>(Interlocked.Read(ref _sharedHits), new KeyValuePair<string, object?>("level", "redis")) }, "{request}", "Answers served from the cache.");
            _meter.CreateObservableCounter("greencommunity.result_cache.misses", () => Interlocked.Read(ref _misses), "{request}", "Answers computed because none was cached.");
            _meter.CreateObservableCounter("greencommunity.result_cache.dropped_stale", () => Interlocked.Read(ref _droppedStale), "{entry}", "Answers dropped from memory because a write made them stale.");
        }
    }

    /// <summary>False when <c>Caching:PublicResults</c> turns the cache off.</summary>
    public bool Enabled { get; }

    /// <summary>What the cache holds and has done, in this process.</summary>
    public PublicResultCacheStatistics Statistics => new(
        _local.Count,
        _local.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0,
        _options.MemoryLimitBytes,
        Interlocked.Read(ref _localHits),
        Interlocked.Read(ref _sharedHits),
        Interlocked.Read(ref _misses),
        Interlocked.Read(ref _stored),
        Interlocked.Read(ref _tooLarge),
        Interlocked.Read(ref _droppedStale));

    /// <summary>
    /// The managed memory an answer held in memory takes, as counted against <c>Caching:MemoryLimitMegabytes</c>: its
    /// UTF-8 JSON, the parsed form's 12 bytes per JSON token, the key's characters, and a fixed 600 bytes for the
    /// entry, the answer and the parsed document's objects. Measured against the heap (<c>bench/soak.sh</c> and
    /// docs/benchmarks.md), this is a little above what such entries hold.
    /// </summary>
    public static long EstimateBytes(string key, int utf8Bytes, int tokens)
    {
        ArgumentNullException.ThrowIfNull(key);
        return utf8Bytes + (12L * tokens) + (2L * key.Length) + 600;
    }

    /// <summary>Marks every cached answer as stale, on every replica: called after each committed write.</summary>
    public Task InvalidateAsync(CancellationToken cancellationToken) => _generation.AdvanceAsync(cancellationToken);

    /// <summary>The key of an anonymous request, or null when it must not be cached.</summary>
    public string? KeyFor(HttpRequest request, GraphQLRequest graphQLRequest, string mediaType, Func<Inputs?, string> serialize)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(graphQLRequest);
        ArgumentNullException.ThrowIfNull(serialize);
        if (!Enabled || request.Headers.Authorization.Count > 0 || graphQLRequest.Query is null || _generation.Current is not { } current)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join('\u001f', graphQLRequest.Query, graphQLRequest.OperationName ?? string.Empty, serialize(graphQLRequest.Variables), mediaType, today);
        return KeyPrefix + current.ToString(CultureInfo.InvariantCulture) + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The cached answer for <paramref name="key"/>, if any: from memory, else from Redis while it is reachable.</summary>
    public async ValueTask<CachedResult?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_local.TryGetValue(key, out CachedResult? kept) && kept is not null)
        {
            Interlocked.Increment(ref _localHits);
            return kept;
        }

        if (_shared is not null && await _shared.GetAsync(key, cancellationToken) is { } payload && Decode(key, payload, _clock.GetUtcNow()) is { } found)
        {
            // Kept here too, so the next request for it on this replica does not go to Redis.
            Interlocked.Increment(ref _sharedHits);
            KeepLocally(key, found.Answer, found.Bytes, found.ExpiresAt);
            return found.Answer;
        }

        return null;
    }

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

            Interlocked.Increment(ref _misses);
            return new CacheLookup(null, new Computation(this, key, mine));
        }

        return new CacheLookup(await running.Task.WaitAsync(cancellationToken), null);
    }

    /// <summary>Keeps the answer of a query that ran without errors: its data as JSON, never read-write state.</summary>
    public ValueTask<CachedResult?> StoreAsync(string key, ExecutionResult result, int? cost, int? actualCost, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(serializer);
        cancellationToken.ThrowIfCancellationRequested();
        if (!result.Executed || result.Errors is { Count: > 0 } || result.Operation?.Operation != OperationType.Query)
        {
            return ValueTask.FromResult<CachedResult?>(null);
        }

        using var document = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Data = result.Data, Executed = true }));
        var data = document.RootElement.GetProperty("data");
        var json = JsonMarshal.GetRawUtf8Value(data);
        var answer = new CachedResult(data.Clone(), cost, actualCost);
        if (json.Length > _options.PublicResultsMaxBytes)
        {
            // Served to this caller and those waiting for it, but not kept.
            Interlocked.Increment(ref _tooLarge);
            return ValueTask.FromResult<CachedResult?>(answer);
        }

        // An answer computed under a generation that has moved on since is stale already: not kept anywhere.
        if (GenerationOf(key) is { } keyGeneration && _generation.Current == keyGeneration)
        {
            var expiresAt = _clock.GetUtcNow() + _options.Lifetime;
            KeepLocally(key, answer, EstimateBytes(key, json.Length, CountTokens(json)), expiresAt);
            _shared?.Put(key, Encode(json, cost, actualCost, expiresAt), _options.Lifetime);
            Interlocked.Increment(ref _stored);
        }

        return ValueTask.FromResult<CachedResult?>(answer);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _generation.Changed -= OnGenerationChanged;
        _meter?.Dispose();
        _local.Dispose();
    }

    // "results:<generation>:<hash>"
    private static long? GenerationOf(string key)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = key.AsSpan(KeyPrefix.Length);
        var end = rest.IndexOf(':');
        return end > 0 && long.TryParse(rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static int CountTokens(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static byte[] Encode(ReadOnlySpan<byte> json, int? cost, int? actualCost, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadHeader + json.Length];
        payload[0] = PayloadVersion;
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(1), expiresAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(1 + sizeof(long)), cost ?? -1);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(1 + sizeof(long) + sizeof(int)), actualCost ?? -1);
        json.CopyTo(payload.AsSpan(PayloadHeader));
        return payload;
    }

    private static (CachedResult Answer, long Bytes, DateTimeOffset ExpiresAt)? Decode(string key, byte[] payload, DateTimeOffset now)
    {
        if (payload.Length <= PayloadHeader || payload[0] != PayloadVersion)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(1)));
        if (expiresAt <= now)
        {
            return null;
        }

        var cost = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(1 + sizeof(long)));
        var actualCost = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(1 + sizeof(long) + sizeof(int)));
        var json = payload.AsSpan(PayloadHeader);
        try
        {
            var reader = new Utf8JsonReader(json);
            var data = JsonElement.ParseValue(ref reader);
            return (new CachedResult(data, cost < 0 ? null : cost, actualCost < 0 ? null : actualCost), EstimateBytes(key, json.Length, CountTokens(json)), expiresAt);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void KeepLocally(string key, CachedResult answer, long bytes, DateTimeOffset expiresAt)
    {
        if (GenerationOf(key) is not { } keyGeneration || _generation.Current != keyGeneration)
        {
            return;
        }

        _local.Set(key, answer, new MemoryCacheEntryOptions { Size = bytes, AbsoluteExpiration = expiresAt });

        // The generation may have moved on while this answer went in, after the handler emptied the cache: then it
        // is taken out again, so no stale answer stays behind.
        if (_generation.Current != keyGeneration)
        {
            _local.Remove(key);
        }
    }

    private void OnGenerationChanged(object? sender, EventArgs e)
    {
        var count = _local.Count;
        _local.Clear();
        Interlocked.Add(ref _droppedStale, count);
    }

    /// <summary>A computation of a missing answer that other callers may be waiting for.</summary>
    public sealed class Computation : IDisposable
    {
        private readonly PublicResultCache _owner;
        private readonly string _key;
        private readonly TaskCompletionSource<CachedResult?> _answer;

        internal Computation(PublicResultCache owner, string key, TaskCompletionSource<CachedResult?> answer) => (_owner, _key, _answer) = (owner, key, answer);

        /// <summary>Stores the answer (when cacheable) and hands it to the callers waiting for it.</summary>
        public async ValueTask StoreAsync(ExecutionResult result, int? cost, int? actualCost, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
        {
            try
            {
                _answer.TrySetResult(await _owner.StoreAsync(_key, result, cost, actualCost, serializer, cancellationToken));
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
/// <param name="Cost">The operation's requested cost.</param>
/// <param name="ActualCost">The cost its computation actually incurred, what each hit is charged (ADR-022).</param>
[ImmutableObject(true)]
public sealed record CachedResult(JsonElement Data, int? Cost, int? ActualCost = null);

/// <summary>What <see cref="PublicResultCache"/> holds in this process's memory, and what it has done since it started.</summary>
/// <param name="Entries">Answers kept in memory now.</param>
/// <param name="Bytes">The managed memory they hold, as <see cref="PublicResultCache.EstimateBytes"/> counts it.</param>
/// <param name="LimitBytes">The bound of <paramref name="Bytes"/>: <c>Caching:MemoryLimitMegabytes</c>.</param>
/// <param name="MemoryHits">Requests answered from memory.</param>
/// <param name="RedisHits">Requests answered from Redis (the answer is then kept in memory too).</param>
/// <param name="Misses">Answers computed because none was cached.</param>
/// <param name="Stored">Answers stored.</param>
/// <param name="TooLarge">Answers not stored because their JSON exceeded <c>Caching:PublicResultsMaxBytes</c>.</param>
/// <param name="DroppedStale">Answers removed from memory because a write made them stale.</param>
public readonly record struct PublicResultCacheStatistics(long Entries, long Bytes, long LimitBytes, long MemoryHits, long RedisHits, long Misses, long Stored, long TooLarge, long DroppedStale);
