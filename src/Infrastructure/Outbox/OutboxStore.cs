using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Outbox;

/// <summary>
/// The relay's side of the outbox. Several replicas relay at once without stepping on each other: a replica
/// claims a batch for a lease (a conditional update, so of two replicas only one wins each message), relays it,
/// marks it relayed. A replica that dies holding a claim delays those messages until the lease ends; then another
/// takes them over, so delivery is at least once and subscribers drop repeats by message ID.
/// </summary>
public static class OutboxStore
{
    /// <summary>Claims up to <paramref name="batchSize"/> messages not yet relayed nor held by a live claim, oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(GreenCommunityDbContext db, string replica, DateTime now, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(replica);
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.RelayedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(batchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // Each claim has its own token, so a replica never mistakes an expired claim of its own for this one.
        var claim = $"{replica}/{Guid.NewGuid():N}";
        claim = claim[..Math.Min(claim.Length, OutboxMessage.MaxClaimedByLength)];
        var until = now + lease;
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.RelayedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => candidates.Contains(m.Id) && m.RelayedAt == null && m.ClaimedBy == claim)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks messages relayed.</summary>
    public static Task MarkRelayedAsync(GreenCommunityDbContext db, IReadOnlyCollection<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        return db.OutboxMessages.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.RelayedAt, now).SetProperty(m => m.ClaimedUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>Gives back claimed messages that could not be relayed, so the next round (of any replica) takes them at once.</summary>
    public static Task ReleaseAsync(GreenCommunityDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        return db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.RelayedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>Deletes messages relayed before <paramref name="before"/>; returns how many.</summary>
    public static Task<int> PruneAsync(GreenCommunityDbContext db, DateTime before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OutboxMessages.Where(m => m.RelayedAt != null && m.RelayedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>How many messages wait to be relayed.</summary>
    public static Task<int> PendingAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OutboxMessages.CountAsync(m => m.RelayedAt == null, cancellationToken);
    }
}
