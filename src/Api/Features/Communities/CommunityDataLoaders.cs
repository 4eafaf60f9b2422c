using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Communities;

/// <summary>Communities by ID.</summary>
public sealed class CommunityByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Community>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Community>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Communities.Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
}

/// <summary>The communities under each street, by street ID, in English-name order.</summary>
public sealed class CommunitiesByStreetIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Community>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Community>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.Communities.Where(c => keys.Contains(c.StreetId)).OrderBy(c => c.Name.En).ThenBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.StreetId);
}

/// <summary>The communities in each district now, by district ID, in English-name order.</summary>
public sealed class CommunitiesByDistrictIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Community>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Community>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.Communities.Where(c => keys.Contains(c.Street!.DistrictId))
            .OrderBy(c => c.Name.En).ThenBy(c => c.Id)
            .Select(c => new { c.Street!.DistrictId, Community = c })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.DistrictId, x => x.Community);
}
