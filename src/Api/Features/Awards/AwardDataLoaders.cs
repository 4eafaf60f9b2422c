using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Awards;

/// <summary>Published awards by ID.</summary>
public sealed class AwardByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Award>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Award>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.PublishedAwards().Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
}

/// <summary>Each community's published awards, newest first, by community ID.</summary>
public sealed class AwardsByCommunityIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Award>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Award>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.PublishedAwards().Where(a => keys.Contains(a.CommunityId))
            .OrderByDescending(a => a.Year).ThenByDescending(a => a.Level).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken))
            .ToLookup(a => a.CommunityId);
}

/// <summary>Each campaign's published awards, by community English name, by campaign ID.</summary>
public sealed class AwardsByCampaignIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Award>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Award>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.PublishedAwards().Where(a => keys.Contains(a.CampaignId))
            .OrderBy(a => a.Community!.Name.En).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken))
            .ToLookup(a => a.CampaignId);
}

/// <summary>Each community's awards as an edition listed them, newest first, by community ID and edition (ADR-028).</summary>
public sealed class AwardsAsOfByCommunityIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<EditionKey, Award>
{
    /// <inheritdoc />
    protected override async Task<ILookup<EditionKey, Award>> FetchValuesAsync(IReadOnlyCollection<EditionKey> keys, CancellationToken cancellationToken)
    {
        var found = new List<(EditionKey Key, Award Award)>();
        foreach (var group in keys.GroupBy(k => k.Edition))
        {
            var ids = group.Select(k => k.Id).ToList();
            var awards = await db.AwardsAsOf(group.Key).Where(a => ids.Contains(a.CommunityId))
                .OrderByDescending(a => a.Year).ThenByDescending(a => a.Level).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken);
            found.AddRange(awards.Select(a => (new EditionKey(a.CommunityId, group.Key), a.AsReadFrom(group.Key))));
        }

        return found.ToLookup(x => x.Key, x => x.Award);
    }
}

/// <summary>Each campaign's awards as an edition listed them, by community English name, by campaign ID and edition (ADR-028).</summary>
public sealed class AwardsAsOfByCampaignIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<EditionKey, Award>
{
    /// <inheritdoc />
    protected override async Task<ILookup<EditionKey, Award>> FetchValuesAsync(IReadOnlyCollection<EditionKey> keys, CancellationToken cancellationToken)
    {
        var found = new List<(EditionKey Key, Award Award)>();
        foreach (var group in keys.GroupBy(k => k.Edition))
        {
            var ids = group.Select(k => k.Id).ToList();
            var awards = await db.AwardsAsOf(group.Key).Where(a => ids.Contains(a.CampaignId))
                .OrderBy(a => a.Community!.Name.En).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken);
            found.AddRange(awards.Select(a => (new EditionKey(a.CampaignId, group.Key), a.AsReadFrom(group.Key))));
        }

        return found.ToLookup(x => x.Key, x => x.Award);
    }
}

/// <summary>
/// Gate verdicts by application ID. Only called from a published award, so only published verdicts are
/// reachable; ordered by stage, then gate.
/// </summary>
public sealed class GateVerdictsByApplicationIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, GateVerdict>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, GateVerdict>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.GateVerdicts.Where(v => keys.Contains(v.ApplicationId)).ToListAsync(cancellationToken))
            .OrderBy(v => v.Stage).ThenBy(v => v.Gate)
            .ToLookup(v => v.ApplicationId);
}

/// <summary>Panels by ID (name only is public).</summary>
public sealed class PanelByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Panel>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Panel>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Panels.Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
}

/// <summary>Each panel's members, by panel ID.</summary>
public sealed class PanelMembersByPanelIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, PanelMember>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, PanelMember>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.PanelMembers.Where(m => keys.Contains(m.PanelId)).OrderBy(m => m.Id).ToListAsync(cancellationToken)).ToLookup(m => m.PanelId);
}
