using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Editions;

/// <summary>Indicator values ever published (current or corrected since) by ID: the values change lists cite.</summary>
public sealed class PublishedObservationRecordByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Observation>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Observation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.EverPublishedObservations().Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
}

/// <summary>How many changes of each kind an edition made, by edition ID.</summary>
public sealed class ChangeCountsByEditionIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, EditionChangeCounts>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, EditionChangeCounts>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var rows = await db.EditionChanges.Where(c => keys.Contains(c.EditionId))
            .GroupBy(c => new { c.EditionId, c.Kind })
            .Select(g => new { g.Key.EditionId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return keys.ToDictionary(k => k, k =>
        {
            int Count(EditionChangeKind kind) => rows.Where(r => r.EditionId == k && r.Kind == kind).Sum(r => r.Count);
            return new EditionChangeCounts(Count(EditionChangeKind.AwardAdded), Count(EditionChangeKind.AwardRevoked), Count(EditionChangeKind.ObservationAdded), Count(EditionChangeKind.ObservationCorrected));
        });
    }
}

/// <summary>The number of changes of each kind in an edition.</summary>
/// <param name="AwardsAdded">Awards published.</param>
/// <param name="AwardsRevoked">Awards revoked.</param>
/// <param name="ObservationsAdded">Values published.</param>
/// <param name="ObservationsCorrected">Values corrected.</param>
public sealed record EditionChangeCounts(int AwardsAdded, int AwardsRevoked, int ObservationsAdded, int ObservationsCorrected);
