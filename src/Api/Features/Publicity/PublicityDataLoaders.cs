using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>Published publicity notices by ID.</summary>
public sealed class PublicityNoticeByIdDataLoader(GreenCommunityDbContext db, TimeProvider clock) : ValueByKeyDataLoader<int, PublicityNotice>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, PublicityNotice>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.PublishedNotices(clock.GetUtcNow().UtcDateTime).Where(n => keys.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
}

/// <summary>Each campaign's published notices, oldest first, by campaign ID.</summary>
public sealed class PublicityNoticesByCampaignIdDataLoader(GreenCommunityDbContext db, TimeProvider clock) : ListByKeyDataLoader<int, PublicityNotice>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, PublicityNotice>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.PublishedNotices(clock.GetUtcNow().UtcDateTime).Where(n => keys.Contains(n.CampaignId))
            .OrderBy(n => n.OpenedOn).ThenBy(n => n.Id).ToListAsync(cancellationToken))
            .ToLookup(n => n.CampaignId);
}

/// <summary>The candidate communities listed on each notice, by English name, by notice ID.</summary>
public sealed class CandidatesByPublicityNoticeIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Community>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Community>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.PublicityCandidates.Where(c => keys.Contains(c.PublicityNoticeId))
            .Join(db.Communities, c => c.CommunityId, community => community.Id, (c, community) => new { c.PublicityNoticeId, Community = community })
            .OrderBy(x => x.Community.Name.En).ThenBy(x => x.Community.Id)
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.PublicityNoticeId, x => x.Community);
}
