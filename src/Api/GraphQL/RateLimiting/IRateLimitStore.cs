namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Where budgets are counted. In memory for one instance now (<see cref="InMemoryRateLimitStore"/>); a shared store
/// (Redis) implements the same calls for several instances.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>The client's budget now, taking nothing.</summary>
    ValueTask<RateLimitDecision> PeekAsync(RateLimitClient client, CancellationToken cancellationToken);

    /// <summary>Takes <paramref name="points"/> from the client's budget when that many are left; otherwise takes nothing.</summary>
    ValueTask<RateLimitDecision> TryTakeAsync(RateLimitClient client, int points, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back <paramref name="points"/> taken earlier in the current window (a reservation larger than the cost
    /// actually incurred); never below nothing used, and nothing when that window has ended.
    /// </summary>
    ValueTask<RateLimitDecision> RefundAsync(RateLimitClient client, int points, CancellationToken cancellationToken);
}
