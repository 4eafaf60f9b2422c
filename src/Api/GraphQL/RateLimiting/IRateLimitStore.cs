namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Where budgets are counted. In memory for one instance now (<see cref="InMemoryRateLimitStore"/>); a shared store
/// (Redis) implements the same two calls for several instances.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>The client's budget now, taking nothing.</summary>
    ValueTask<RateLimitDecision> PeekAsync(RateLimitClient client, CancellationToken cancellationToken);

    /// <summary>Takes <paramref name="points"/> from the client's budget when that many are left; otherwise takes nothing.</summary>
    ValueTask<RateLimitDecision> TryTakeAsync(RateLimitClient client, int points, CancellationToken cancellationToken);
}
