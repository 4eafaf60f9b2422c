namespace GreenCommunity.Api.GraphQL.Caching;

/// <summary>
/// The publication generation that keys cached public answers: every committed write advances it, so an answer
/// cached before the write is never served after it. Shared by all replicas when Redis is configured.
/// </summary>
public interface ICacheGeneration
{
    /// <summary>The generation now, or null while cached answers must not be used (the generation could not be shared).</summary>
    long? Current { get; }

    /// <summary>Whether the shared second level (Redis) can be used now; when not, only this process's memory is.</summary>
    bool SharedLevelAvailable { get; }

    /// <summary>Advances the generation (on every replica); called after a committed write.</summary>
    Task AdvanceAsync(CancellationToken cancellationToken);
}

/// <summary>One process: a counter in memory.</summary>
public sealed class InProcessCacheGeneration : ICacheGeneration
{
    private long _value;

    /// <inheritdoc />
    public long? Current => Interlocked.Read(ref _value);

    /// <inheritdoc />
    public bool SharedLevelAvailable => false;

    /// <inheritdoc />
    public Task AdvanceAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _value);
        return Task.CompletedTask;
    }
}
