using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.Features.Live;

/// <summary>
/// Makes every save raise its live events: writes them to the outbox in the save's transaction, and wakes this
/// replica's relay once it committed so they leave at once.
/// </summary>
public sealed class LiveEventsSaveHook(OutboxRelay relay) : ISaveHook
{
    /// <inheritdoc />
    public ISavedChange? Prepare(GreenCommunityDbContext db, Edition? edition)
    {
        var pending = ChangeEvents.Capture(db, edition);
        return pending.IsEmpty ? null : new Events(pending, relay);
    }

    private sealed class Events(PendingEvents pending, OutboxRelay relay) : ISavedChange
    {
        public Task WriteAsync(GreenCommunityDbContext db, DateTime now, CancellationToken cancellationToken) =>
            ChangeEvents.AddToOutboxAsync(db, pending, now, cancellationToken);

        public void AfterCommit() => relay.Nudge();
    }
}
