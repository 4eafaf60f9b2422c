using GraphQL.DataLoader;

namespace GreenCommunity.Api.GraphQL.DataLoading;

/// <summary>
/// Collects the keys asked for while the engine resolves one level of a query, then loads them all with one
/// <c>WHERE key IN (...)</c> query when the engine first asks for a result. Registered per request (scoped),
/// so results are cached for the request only.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value loaded per key.</typeparam>
public abstract class BatchDataLoader<TKey, TValue> : IDisposable
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _pending = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The value for <paramref name="key"/>, or the loader's default when there is none.</summary>
    public IDataLoaderResult<TValue> Load(TKey key) => new Pending(this, Enqueue(key));

    /// <summary>
    /// The value itself when the loader already holds it (primed by the page query, or loaded by an earlier batch),
    /// so the engine completes the field at once instead of parking it until the batch; otherwise the pending
    /// result, as <see cref="Load"/>.
    /// </summary>
    public object? LoadOrHeld(TKey key)
    {
        lock (_pending)
        {
            if (_loaded.TryGetValue(key, out var value))
            {
                return value;
            }

            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    /// <summary>Records a value already loaded by another query, so asking for its key sends no SQL.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_pending)
        {
            _loaded.TryAdd(key, value);
            _pending.Remove(key);
        }
    }

    /// <summary>Values for all <paramref name="keys"/>, in their order.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys) => new PendingMany(this, keys.Select(Enqueue).ToList());

    /// <inheritdoc />
    public void Dispose()
    {
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Loads the values of <paramref name="keys"/>; keys without a value may be left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key that <see cref="FetchAsync"/> left out.</summary>
    protected abstract TValue Missing(TKey key);

    private TKey Enqueue(TKey key)
    {
        lock (_pending)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return key;
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await DispatchAsync(cancellationToken);
        lock (_pending)
        {
            return _loaded.TryGetValue(key, out var value) ? value : Missing(key);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            TKey[] keys;
            lock (_pending)
            {
                keys = [.. _pending];
                _pending.Clear();
            }

            if (keys.Length == 0)
            {
                return;
            }

            var fetched = await FetchAsync(keys, cancellationToken);
            lock (_pending)
            {
                foreach (var key in keys)
                {
                    _loaded[key] = fetched.TryGetValue(key, out var value) ? value : Missing(key);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Pending(BatchDataLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class PendingMany(BatchDataLoader<TKey, TValue> loader, IReadOnlyList<TKey> keys) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(keys.Count);
            foreach (var key in keys)
            {
                values.Add(await loader.GetAsync(key, cancellationToken));
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>A one-to-one loader: one value or null per key.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class ValueByKeyDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue?>
    where TKey : notnull
    where TValue : class
{
    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await FetchValuesAsync(keys, cancellationToken);
        return values.ToDictionary(kv => kv.Key, kv => (TValue?)kv.Value);
    }

    /// <summary>Loads the values of <paramref name="keys"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchValuesAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override TValue? Missing(TKey key) => null;
}

/// <summary>A one-to-many loader: a list (maybe empty) per key, in the order the fetch returns.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class ListByKeyDataLoader<TKey, TValue> : BatchDataLoader<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await FetchValuesAsync(keys, cancellationToken);
        return values.ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)[.. g]);
    }

    /// <summary>Loads the values of <paramref name="keys"/>, grouped by key, each group in its intended order.</summary>
    protected abstract Task<ILookup<TKey, TValue>> FetchValuesAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override IReadOnlyList<TValue> Missing(TKey key) => [];
}
