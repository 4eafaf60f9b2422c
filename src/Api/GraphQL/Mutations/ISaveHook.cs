using GreenCommunity.Domain.Editions;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.GraphQL.Mutations;

/// <summary>
/// Work that rides along every save of <see cref="MutationContext"/> without the mutation asking for it, such as
/// the live events of a change (the outbox). The plumbing defines the hook and knows no feature; a feature that
/// needs it implements it and registers it.
/// </summary>
public interface ISaveHook
{
    /// <summary>
    /// Called before anything is saved, while the change tracker still shows what changes; returns the work this
    /// save needs, or null when it needs none (then the save takes no explicit transaction on its account).
    /// </summary>
    /// <param name="db">The mutation's context, with its pending changes.</param>
    /// <param name="edition">The edition the save publishes, if it publishes one.</param>
    ISavedChange? Prepare(GreenCommunityDbContext db, Edition? edition);
}

/// <summary>What a <see cref="ISaveHook"/> does with one save.</summary>
public interface ISavedChange
{
    /// <summary>
    /// Inside the save's transaction, after the changes are saved (so new rows have their IDs) and before the
    /// commit: adds what must commit with them. The caller saves it.
    /// </summary>
    Task WriteAsync(GreenCommunityDbContext db, DateTime now, CancellationToken cancellationToken);

    /// <summary>Once the transaction committed. Must not throw: the write stands whatever happens here.</summary>
    void AfterCommit();
}
