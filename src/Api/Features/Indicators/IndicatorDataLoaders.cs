using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Indicators;

/// <summary>Indicator definitions by ID.</summary>
public sealed class IndicatorDefinitionByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, IndicatorDefinition>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, IndicatorDefinition>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.IndicatorDefinitions.Where(i => keys.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
}

/// <summary>Published, current observations by ID.</summary>
public sealed class ObservationByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Observation>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Observation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.PublishedObservations().Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
}

/// <summary>A published observation with its indicator's code, for filtering in memory.</summary>
/// <param name="Observation">The observation.</param>
/// <param name="IndicatorCode">Its indicator's code.</param>
public sealed record CommunityObservation(Observation Observation, string IndicatorCode);

/// <summary>Each community's published, current observations by indicator code then year, by community ID.</summary>
public sealed class ObservationsByCommunityIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, CommunityObservation>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, CommunityObservation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.PublishedObservations().Where(o => keys.Contains(o.CommunityId))
            .OrderBy(o => o.Indicator!.Code).ThenBy(o => o.Year).ThenBy(o => o.Id)
            .Select(o => new { Observation = o, o.Indicator!.Code })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.Observation.CommunityId, x => new CommunityObservation(x.Observation, x.Code));
}
