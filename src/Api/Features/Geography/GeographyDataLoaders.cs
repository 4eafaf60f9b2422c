using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Geography;

/// <summary>Districts by ID.</summary>
public sealed class DistrictByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, District>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, District>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Districts.Where(d => keys.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
}

/// <summary>Streets by ID.</summary>
public sealed class StreetByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Street>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Street>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Streets.Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
}

/// <summary>A street's current district, by street ID (one join instead of two round trips).</summary>
public sealed class DistrictByStreetIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, District>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, District>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Streets.Where(s => keys.Contains(s.Id)).Select(s => new { s.Id, s.District })
            .ToDictionaryAsync(s => s.Id, s => s.District!, cancellationToken);
}

/// <summary>The streets of each district, by district ID, ordered by code.</summary>
public sealed class StreetsByDistrictIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Street>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Street>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.Streets.Where(s => keys.Contains(s.DistrictId)).OrderBy(s => s.Code).ToListAsync(cancellationToken))
            .ToLookup(s => s.DistrictId);
}
