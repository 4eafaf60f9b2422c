namespace GreenCommunity.Api.GraphQL.Caching;

/// <summary>
/// The publication generation that keys cached public answers: every committed write advances it, so an answer
/// cached before the write is never served after it. Shared by all replicas when Redis is configured.
/// </summary>
public interface ICacheGeneration
{
    /// <summary>
    /// Raised when the answers this process keeps in memory became stale: the generation advanced (here or, seen
    /// through Redis, on another replica), or a write could not advance it. <see cref="PublicResultCache"/> then drops
    /// them, so stale answers do not fill memory up to its bound.
    /// </summary>
    event EventHandler? Changed;

    /// <summary>The generation now, or null while cached answers must not be used (the generation could not be shared).</summary>
    long? Current { get; }

    /// <summary>Advances the generation (on every replica); called after a committed write.</summary>
    Task AdvanceAsync(CancellationToken cancellationToken);
}

/// <summary>One process: a counter in memory.</summary>
public sealed class InProcessCacheGeneration : ICacheGeneration
{
    private long _value;

    /// <inheritdoc />
    public event EventHandler? Changed;

    /// <inheritdoc />
    public long? Current => Interlocked.Read(ref _value);

    /// <inheritdoc />
    public Task AdvanceAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _value);
        Changed?.Invoke(this, EventArgs.Empty);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The second level of <see cref="PublicResultCache"/>, shared by the replicas (Redis). It never throws: a failure
/// is a miss (or an answer not shared), and the store reports the outage in its own log.
/// </summary>
public interface ISharedResultStore
{
    /// <summary>The payload stored under <paramref name="key"/>, or null when there is none or it cannot be read now.</summary>
    ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="payload"/> for <paramref name="lifetime"/>, in the background: the caller does not wait.</summary>
    void Put(string key, byte[] payload, TimeSpan lifetime);
}
