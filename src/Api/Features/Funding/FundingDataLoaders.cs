using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Funding;

/// <summary>Published funding allocations by ID (a draft loads as null).</summary>
public sealed class FundingAllocationByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, FundingAllocation>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, FundingAllocation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.FundingAllocations.Where(f => keys.Contains(f.Id) && f.PublishedInEdition != null).ToDictionaryAsync(f => f.Id, cancellationToken);
}

/// <summary>The published allocations each community received, by community ID, oldest year first.</summary>
public sealed class FundingAllocationsByCommunityIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, FundingAllocation>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, FundingAllocation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.FundingAllocations.Where(f => f.RecipientCommunityId != null && keys.Contains(f.RecipientCommunityId.Value) && f.PublishedInEdition != null)
            .OrderBy(f => f.Year).ThenBy(f => f.Id).ToListAsync(cancellationToken))
            .ToLookup(f => f.RecipientCommunityId!.Value);
}
