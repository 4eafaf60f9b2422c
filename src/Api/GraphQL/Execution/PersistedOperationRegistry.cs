using System.Text.RegularExpressions;
using GreenCommunity.Api.ScaleOut;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// Persisted operations registered at deploy time, shared by every replica through the Redis hash
/// <see cref="HashKey"/> (field <c>sha256:&lt;hex&gt;</c>, value the document), so a frontend can ship new operations
/// without a new release of the API. <see cref="PersistedOperations"/> asks here for IDs its built-in manifest lacks.
/// </summary>
/// <remarks>
/// A document is kept in memory once found (bounded by <see cref="MemoisedCharacters"/>); it can never change, since
/// its ID is its hash. A registered document whose SHA-256 is not its ID is ignored. When Redis is unreachable a
/// lookup finds nothing (the client is told the document was not found); the outage is logged once, summarised once
/// a minute while it lasts, and once when Redis works again (<see cref="RedisOutageLog"/>).
/// </remarks>
public sealed partial class PersistedOperationRegistry : IDisposable
{
    /// <summary>The Redis hash of registered operations.</summary>
    public const string HashKey = RedisSetup.KeyPrefix + "persisted-operations";

    /// <summary>The most characters of documents kept in memory; the least recently used go first.</summary>
    public const long MemoisedCharacters = 4_000_000;

    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<PersistedOperationRegistry> _logger;
    private readonly RedisOutageLog _outage;
    private readonly MemoryCache _found = new(new MemoryCacheOptions { SizeLimit = MemoisedCharacters });

    /// <summary>Reads and writes registrations in <paramref name="redis"/>.</summary>
    public PersistedOperationRegistry(IConnectionMultiplexer redis, ILogger<PersistedOperationRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(logger);
        _redis = redis;
        _logger = logger;
        _outage = new RedisOutageLog(logger, TimeProvider.System, "persisted operations", "operations registered in Redis are answered as not found (the built-in manifest still works)");
    }

    /// <summary>Whether <paramref name="id"/> has the form of an ID: <c>sha256:</c> and 64 lowercase hex digits.</summary>
    public static bool IsWellFormedId(string id) => id is not null && WellFormedId().IsMatch(id);

    /// <summary>
    /// The registered document with this ID, or null when there is none, it does not hash to its ID, or Redis cannot
    /// be reached now.
    /// </summary>
    public async ValueTask<string?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IsWellFormedId(id))
        {
            return null;
        }

        if (_found.TryGetValue(id, out string? memoised))
        {
            return memoised;
        }

        if (!_redis.IsConnected)
        {
            // Not waiting for a command to time out: every request would pay that wait while Redis is down.
            _outage.Failed("no connection to Redis is open");
            return null;
        }

        RedisValue value;
        try
        {
            value = await _redis.GetDatabase().HashGetAsync(HashKey, id).WaitAsync(cancellationToken);
            _outage.Succeeded();
        }
        catch (Exception ex) when (RedisOutageLog.IsRedisFailure(ex))
        {
            _outage.Failed(ex);
            return null;
        }

        if (value.IsNull)
        {
            return null;
        }

        var document = (string)value!;
        if (PersistedOperations.IdOf(document) != id)
        {
            Log.HashMismatch(_logger, id, HashKey);
            return null;
        }

        _found.Set(id, document, new MemoryCacheEntryOptions { Size = Math.Max(1, document.Length), SlidingExpiration = TimeSpan.FromHours(1) });
        return document;
    }

    /// <summary>
    /// Registers every operation of <paramref name="manifest"/> (ID to document, as in the built-in manifest) for all
    /// replicas. All or nothing: when an ID is not <c>sha256:</c> and the hash of its document, nothing is written.
    /// </summary>
    /// <returns>How many operations were written (registering one again is harmless).</returns>
    /// <exception cref="ArgumentException">An ID is not the hash of its document; the message lists them.</exception>
    /// <exception cref="RedisException">Redis could not be reached or refused the write.</exception>
    public async Task<int> RegisterAsync(IReadOnlyDictionary<string, string> manifest, CancellationToken cancellationToken = default)
    {
        var wrong = FindWrongIds(manifest);
        if (wrong.Count > 0)
        {
            throw new ArgumentException(DescribeWrongIds(wrong), nameof(manifest));
        }

        if (manifest.Count == 0)
        {
            return 0;
        }

        var entries = manifest.Select(o => new HashEntry(o.Key, o.Value)).ToArray();
        await _redis.GetDatabase().HashSetAsync(HashKey, entries).WaitAsync(cancellationToken);
        return entries.Length;
    }

    /// <summary>The IDs of <paramref name="manifest"/> that are not <c>sha256:</c> and the hash of their document.</summary>
    public static IReadOnlyList<string> FindWrongIds(IReadOnlyDictionary<string, string> manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. manifest.Where(o => o.Value is null || PersistedOperations.IdOf(o.Value) != o.Key).Select(o => o.Key)];
    }

    /// <summary>Says what is wrong with <paramref name="wrongIds"/> (as found by <see cref="FindWrongIds"/>), naming the first ten.</summary>
    public static string DescribeWrongIds(IReadOnlyList<string> wrongIds)
    {
        ArgumentNullException.ThrowIfNull(wrongIds);
        return $"{wrongIds.Count} ID(s) are not 'sha256:' and the SHA-256 (lowercase hex) of the document's UTF-8 text, so nothing was registered: "
            + string.Join(", ", wrongIds.Take(10)) + (wrongIds.Count > 10 ? ", …" : string.Empty);
    }

    /// <inheritdoc />
    public void Dispose() => _found.Dispose();

    [GeneratedRegex("^sha256:[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormedId();

    private static partial class Log
    {
        [LoggerMessage(EventId = 5211, Level = LogLevel.Warning, Message = "Ignoring the persisted operation registered as {Id} in {Hash}: its document does not hash to that ID")]
        public static partial void HashMismatch(ILogger logger, string id, string hash);
    }
}
