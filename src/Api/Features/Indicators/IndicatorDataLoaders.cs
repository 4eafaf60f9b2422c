using GreenCommunity.Api.Features.Editions;
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

/// <summary>Every version of each indicator's definition, oldest first, by indicator ID.</summary>
public sealed class IndicatorVersionsByIndicatorIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, IndicatorDefinitionVersion>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, IndicatorDefinitionVersion>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.IndicatorDefinitionVersions.Where(v => keys.Contains(v.IndicatorId)).OrderBy(v => v.Version).ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId);
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

/// <summary>Each community's values as an edition listed them (later corrections not applied), by indicator code then year, by community ID and edition (ADR-028).</summary>
public sealed class ObservationsAsOfByCommunityIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<EditionKey, CommunityObservation>
{
    /// <inheritdoc />
    protected override async Task<ILookup<EditionKey, CommunityObservation>> FetchValuesAsync(IReadOnlyCollection<EditionKey> keys, CancellationToken cancellationToken)
    {
        var found = new List<(EditionKey Key, CommunityObservation Value)>();
        foreach (var group in keys.GroupBy(k => k.Edition))
        {
            var ids = group.Select(k => k.Id).ToList();
            var values = await db.ObservationsAsOf(group.Key).Where(o => ids.Contains(o.CommunityId))
                .OrderBy(o => o.Indicator!.Code).ThenBy(o => o.Year).ThenBy(o => o.Id)
                .Select(o => new { Observation = o, o.Indicator!.Code })
                .ToListAsync(cancellationToken);
            found.AddRange(values.Select(x => (new EditionKey(x.Observation.CommunityId, group.Key), new CommunityObservation(x.Observation.AsReadFrom(group.Key), x.Code))));
        }

        return found.ToLookup(x => x.Key, x => x.Value);
    }
}
