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

    /// <summary>
    /// Deletes messages relayed before <paramref name="before"/>; returns how many. What stays is a contiguous run of
    /// IDs up to the newest message, so a subscriber resuming after an ID the outbox still holds misses nothing: only
    /// messages below the oldest one still needed (not relayed yet, or relayed since <paramref name="before"/>) go,
    /// and the newest message always stays, so that an ID older than the history is told from an unknown one.
    /// </summary>
    public static async Task<int> PruneAsync(GreenCommunityDbContext db, DateTime before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var newest = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, cancellationToken);
        if (newest is null)
        {
            return 0;
        }

        var keepFrom = await db.OutboxMessages.Where(m => m.RelayedAt == null || m.RelayedAt >= before).MinAsync(m => (long?)m.Id, cancellationToken) ?? newest.Value;
        return await db.OutboxMessages.Where(m => m.Id < keepFrom && m.RelayedAt != null).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Where the history stands for a subscriber resuming after message <paramref name="afterId"/>: held (with when
    /// that message was relayed), older than what the outbox keeps, or unknown (newer than any message written).
    /// </summary>
    public static async Task<ResumePoint> LocateAsync(GreenCommunityDbContext db, long afterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var held = await db.OutboxMessages.AsNoTracking().Where(m => m.Id == afterId).Select(m => new { m.RelayedAt }).ToListAsync(cancellationToken);
        if (held.Count == 1)
        {
            return new ResumePoint(ResumeHistory.Held, held[0].RelayedAt);
        }

        var newest = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, cancellationToken);
        return new ResumePoint(newest is { } n && afterId < n ? ResumeHistory.Expired : ResumeHistory.Unknown, null);
    }

    /// <summary>
    /// The messages of <paramref name="kind"/> a subscriber resuming after <paramref name="afterId"/> has not had, in
    /// ID order, at most <paramref name="limit"/>: every later ID, and the earlier IDs relayed after that message was
    /// (a transaction that committed after a later one, or a message a dead replica held until its lease ended), which
    /// reached subscribers after it. Committed messages not relayed yet are included.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> SinceAsync(GreenCommunityDbContext db, string kind, ResumePoint point, long afterId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(point);
        var later = await db.OutboxMessages.AsNoTracking().TagWith("Event replay")
            .Where(m => m.Id > afterId && m.Kind == kind)
            .OrderBy(m => m.Id).Take(limit)
            .ToListAsync(cancellationToken);
        if (point.RelayedAt is not { } relayedAt)
        {
            return later;
        }

        var overtaken = await db.OutboxMessages.AsNoTracking().TagWith("Event replay")
            .Where(m => m.Id < afterId && m.Kind == kind && (m.RelayedAt == null || m.RelayedAt > relayedAt))
            .OrderBy(m => m.Id).Take(limit)
            .ToListAsync(cancellationToken);
        return overtaken.Count == 0 ? later : [.. overtaken.Concat(later).Take(limit)];
    }

    /// <summary>How many messages wait to be relayed.</summary>
    public static Task<int> PendingAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OutboxMessages.CountAsync(m => m.RelayedAt == null, cancellationToken);
    }
}

/// <summary>How much of the history the outbox holds for a subscriber resuming after an event.</summary>
public enum ResumeHistory
{
    /// <summary>The outbox holds the event and everything after it.</summary>
    Held,

    /// <summary>The event was deleted with the history past the retention; events after it may be gone too.</summary>
    Expired,

    /// <summary>No such event was ever written here (a newer ID than any, or the outbox is empty).</summary>
    Unknown,
}

/// <summary>Where a resuming subscriber stands.</summary>
/// <param name="History">Whether the history after its event is held.</param>
/// <param name="RelayedAt">When its event was relayed, when held and relayed.</param>
public sealed record ResumePoint(ResumeHistory History, DateTime? RelayedAt);
