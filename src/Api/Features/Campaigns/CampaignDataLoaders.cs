using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Campaigns;

/// <summary>Announced campaigns by ID.</summary>
public sealed class CampaignByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Campaign>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Campaign>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.AnnouncedCampaigns().Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
}
