using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Queries;

/// <summary>One difference between two editions: its kind and the records it names.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="AwardId">The award added, revoked or withdrawn.</param>
/// <param name="ObservationId">The value added or withdrawn, or the correction.</param>
/// <param name="ReplacedObservationId">For a correction: the value the earlier edition listed.</param>
public sealed record EditionDiffEntry(EditionDiffKind Kind, int? AwardId, int? ObservationId, int? ReplacedObservationId);

/// <summary>A value of the later edition beside the one the earlier edition listed for the same indicator, community and year.</summary>
public sealed class ObservationCorrection
{
    /// <summary>The value the later edition lists.</summary>
    public required Observation Value { get; init; }

    /// <summary>The value the earlier edition listed.</summary>
    public required Observation Replaced { get; init; }
}

/// <summary>
/// What changed between any two editions <c>from</c> ≤ <c>to</c>, computed from the two cuts (ADR-013): each kind is
/// one query over the records' edition intervals, so the difference between editions 1 and N is the same whichever
/// editions lie between them (the composition of the steps).
/// </summary>
public static class EditionDiffs
{
    /// <summary>Awards <paramref name="to"/> lists and <paramref name="from"/> does not.</summary>
    public static IQueryable<Award> AwardsAdded(GreenCommunityDbContext db, int from, int to) =>
        db.AwardsAsOf(to).Where(a => a.PublishedInEdition > from);

    /// <summary>Awards both list, shown revoked by <paramref name="to"/> and not by <paramref name="from"/>.</summary>
    public static IQueryable<Award> AwardsRevoked(GreenCommunityDbContext db, int from, int to) =>
        db.AwardsAsOf(from).Where(a => a.RevokedInEdition > from && a.RevokedInEdition <= to);

    /// <summary>
    /// Awards <paramref name="from"/> lists and <paramref name="to"/> does not. No publication path takes an award out
    /// of later editions today, so this is empty; it states the rule so that one that does is reported.
    /// </summary>
    public static IQueryable<Award> AwardsWithdrawn(GreenCommunityDbContext db, int from, int to) =>
        db.AwardsAsOf(from).Where(a => !db.AwardsAsOf(to).Any(t => t.Id == a.Id));

    /// <summary>Values <paramref name="to"/> lists for an indicator, community and year that <paramref name="from"/> has no value for.</summary>
    public static IQueryable<Observation> ObservationsAdded(GreenCommunityDbContext db, int from, int to) =>
        db.ObservationsAsOf(to).Where(o => o.PublishedInEdition > from
            && !db.ObservationsAsOf(from).Any(f => f.IndicatorId == o.IndicatorId && f.CommunityId == o.CommunityId && f.Year == o.Year));

    /// <summary>Values <paramref name="to"/> lists in place of the one <paramref name="from"/> listed for the same indicator, community and year.</summary>
    public static IQueryable<ObservationCorrection> ObservationsCorrected(GreenCommunityDbContext db, int from, int to) =>
        db.ObservationsAsOf(to).Where(o => o.PublishedInEdition > from).Join(
            db.ObservationsAsOf(from),
            o => new { o.IndicatorId, o.CommunityId, o.Year },
            f => new { f.IndicatorId, f.CommunityId, f.Year },
            (o, f) => new ObservationCorrection { Value = o, Replaced = f });

    /// <summary>Values <paramref name="from"/> lists for an indicator, community and year that <paramref name="to"/> has no value for (empty today, as for awards).</summary>
    public static IQueryable<Observation> ObservationsWithdrawn(GreenCommunityDbContext db, int from, int to) =>
        db.ObservationsAsOf(from).Where(f => !db.ObservationsAsOf(to).Any(o => o.IndicatorId == f.IndicatorId && o.CommunityId == f.CommunityId && o.Year == f.Year));

    /// <summary>Every difference, by kind then ID: only the IDs are read.</summary>
    public static async Task<IReadOnlyList<EditionDiffEntry>> EntriesAsync(GreenCommunityDbContext db, int from, int to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = new List<EditionDiffEntry>();
        entries.AddRange((await AwardsAdded(db, from, to).Select(a => a.Id).OrderBy(id => id).ToListAsync(cancellationToken)).Select(id => new EditionDiffEntry(EditionDiffKind.AwardAdded, id, null, null)));
        entries.AddRange((await AwardsRevoked(db, from, to).Select(a => a.Id).OrderBy(id => id).ToListAsync(cancellationToken)).Select(id => new EditionDiffEntry(EditionDiffKind.AwardRevoked, id, null, null)));
        entries.AddRange((await AwardsWithdrawn(db, from, to).Select(a => a.Id).OrderBy(id => id).ToListAsync(cancellationToken)).Select(id => new EditionDiffEntry(EditionDiffKind.AwardWithdrawn, id, null, null)));
        entries.AddRange((await ObservationsAdded(db, from, to).Select(o => o.Id).OrderBy(id => id).ToListAsync(cancellationToken)).Select(id => new EditionDiffEntry(EditionDiffKind.ObservationAdded, null, id, null)));
        entries.AddRange((await ObservationsCorrected(db, from, to).Select(c => new { c.Value.Id, ReplacedId = c.Replaced.Id }).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => new EditionDiffEntry(EditionDiffKind.ObservationCorrected, null, c.Id, c.ReplacedId)));
        entries.AddRange((await ObservationsWithdrawn(db, from, to).Select(o => o.Id).OrderBy(id => id).ToListAsync(cancellationToken)).Select(id => new EditionDiffEntry(EditionDiffKind.ObservationWithdrawn, null, id, null)));
        return entries;
    }
}
