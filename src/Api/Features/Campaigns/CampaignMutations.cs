using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Infrastructure.Editions;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Campaigns;

/// <summary>The city's campaign administration: open a campaign, publish its results, revoke a title.</summary>
public static class CampaignMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<CreateCampaignPayloadType, CreateCampaignInputType, CreateCampaignInput>("createCampaign", Role.CityAdmin, "Opens and announces a campaign: a year's round at one level, scored against a criteria-scheme version, with its timetable.", "The campaign.", CreateAsync);
        mutation.AddMutation<PublishResultsPayloadType, PublishResultsInputType, PublishResultsInput>("publishResults", Role.CityAdmin, "Publishes a campaign's results. City level: after the publicity period, with every objection resolved, the candidates still in publicity are granted the title. The awards, their gate verdicts and panel scores become public at once.", "The campaign.", PublishAsync);
        mutation.AddMutation<RevokeAwardPayloadType, RevokeAwardInputType, RevokeAwardInput>("revokeAward", Role.CityAdmin, "Revokes a published title from today, with a reason. The award stays public with its revocation; nothing is deleted.", "The award and the reason.", RevokeAsync);
    }

    private static async Task<Payload<Campaign>> CreateAsync(MutationContext m, CreateCampaignInput input, CancellationToken ct)
    {
        var schemeId = GlobalId.DecodeOf(CriteriaSchemeType.TypeName, input.Scheme);
        var scheme = await m.Db.CriteriaSchemes.AsTracking().FirstOrDefaultAsync(s => s.Id == schemeId, ct);
        if (scheme is null)
        {
            return Payload.Failed<Campaign>(MutationErrors.NotFound("criteria scheme", "scheme"));
        }

        if (scheme.PublishedOn is null)
        {
            return Payload.Failed<Campaign>(new DomainError(DomainErrorCodes.WrongState, $"Version {scheme.Version} of {scheme.Code} is a draft; a campaign binds to a published criteria version. Publish it first.", "scheme"));
        }

        var duplicate = new DomainError(DomainErrorCodes.Duplicate, $"There is already a {input.Level} campaign for {input.Year}.", "year");
        if (await m.Db.Campaigns.AnyAsync(c => c.Year == input.Year && c.Level == input.Level, ct))
        {
            return Payload.Failed<Campaign>(duplicate);
        }

        var t = input.Timetable;
        if (input.Year is < 1990 or > 2999 || input.BatchNumber < 1 || string.IsNullOrWhiteSpace(input.Name.Zh) || string.IsNullOrWhiteSpace(input.Name.En)
            || t.ApplicationsClose < t.ApplicationsOpen || t.EvaluationStart < t.ApplicationsClose || t.EvaluationEnd < t.EvaluationStart || t.PublicityDays is < 1 or > 60)
        {
            return Payload.Failed<Campaign>(new DomainError(DomainErrorCodes.InvalidInput, "Give a year, a batch number from 1, a bilingual name, and dates in order: applications open, close, evaluation start, end; 1 to 60 publicity days.", "timetable"));
        }

        var campaign = new Campaign(input.Year, input.Level, input.BatchNumber, new LocalizedText(input.Name.Zh, input.Name.En), scheme,
            new CampaignTimetable(t.ApplicationsOpen, t.ApplicationsClose, t.EvaluationStart, t.EvaluationEnd, t.PublicityDays));
        campaign.Announce(m.Now);
        m.Db.Campaigns.Add(campaign);
        return await m.SaveAsync(duplicate, ct) is { } error ? Payload.Failed<Campaign>(error) : Payload.Ok(campaign);
    }

    private static async Task<Payload<Campaign>> PublishAsync(MutationContext m, PublishResultsInput input, CancellationToken ct)
    {
        var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, input.Campaign);
        var campaign = await m.Db.Campaigns.AsTracking().Include(c => c.Scheme).FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Payload.Failed<Campaign>(MutationErrors.NotFound("campaign", "campaign"));
        }

        if (campaign.ResultsPublished)
        {
            return Payload.Failed(new DomainError(DomainErrorCodes.WrongState, "The campaign's results are already published.", "campaign"), campaign);
        }

        // Awards made earlier (district level, at review) and those granted now are published together: one transaction.
        var awards = await m.Db.Awards.AsTracking().Where(a => a.CampaignId == campaignId && a.PublishedAt == null).ToListAsync(ct);
        if (campaign.Level == TitleLevel.City)
        {
            var notice = await m.Db.PublicityNotices.FirstOrDefaultAsync(n => n.CampaignId == campaignId, ct);
            var pending = notice is not null && await m.Db.Objections.AnyAsync(o => o.PublicityNoticeId == notice.Id && o.Resolution == ObjectionResolution.Pending, ct);
            if (notice is null || !notice.HasClosedBy(m.Today) || pending)
            {
                var why = notice is null ? "no publicity notice is out" : pending ? "objections are still unresolved" : $"the publicity period runs until {notice.ObjectionDeadline:yyyy-MM-dd}";
                m.Db.ChangeTracker.Clear();
                return Payload.Failed(new DomainError(DomainErrorCodes.PublicityNotFinished, $"Results cannot be published yet: {why}.", "campaign"), campaign);
            }

            var scheme = campaign.Scheme!;
            var winners = await m.Db.Applications.AsTracking().Include(a => a.Campaign).Include(a => a.Community).ThenInclude(c => c!.Street)
                .Where(a => a.CampaignId == campaignId && a.Status == ApplicationStatus.InPublicity).ToListAsync(ct);
            var winnerIds = winners.Select(w => w.Id).ToList();
            var evaluations = await m.Db.Evaluations.Where(e => winnerIds.Contains(e.ApplicationId)).ToDictionaryAsync(e => e.ApplicationId, ct);
            foreach (var application in winners)
            {
                application.GrantCityTitle(campaign, m.Actor.Subject, m.Now);
                var evaluation = evaluations[application.Id];
                var award = new Award(new AwardGrant(
                    application.CommunityId, campaign.Id, TitleLevel.City, campaign.Year, application.Community!.Street!.DistrictId,
                    scheme.Id, scheme.ValidityYears, m.Today, evaluation.PanelScore, evaluation.PanelId, application.Id));
                m.Db.Awards.Add(award);
                awards.Add(award);
            }
        }

        // The awards go public in a new edition of the published data, in the same transaction.
        var edition = await EditionLedger.OpenAsync(m.Db, m.Now, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Results of the {campaign.Year} {campaign.Level.ToString().ToLowerInvariant()}-level campaign ({campaign.Name.En})"), ct);
        foreach (var award in awards)
        {
            edition.PublishAward(award);
        }

        campaign.MarkResultsPublished(m.Now);
        return await m.SaveEditionAsync(edition, ct) is { } publishError ? Payload.Failed<Campaign>(publishError) : Payload.Ok(campaign);
    }

    private static async Task<Payload<Award>> RevokeAsync(MutationContext m, RevokeAwardInput input, CancellationToken ct)
    {
        var awardId = GlobalId.DecodeOf(AwardType.TypeName, input.Award);
        var award = await m.Db.Awards.AsTracking().FirstOrDefaultAsync(a => a.Id == awardId && a.PublishedAt != null, ct);
        if (award is null)
        {
            return Payload.Failed<Award>(MutationErrors.NotFound("published award", "award"));
        }

        if (award.Revocation is not null)
        {
            return Payload.Failed(new DomainError(DomainErrorCodes.WrongState, $"The award was already revoked on {award.Revocation.RevokedOn:yyyy-MM-dd}.", "award"), award);
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > 2000)
        {
            return Payload.Failed(new DomainError(DomainErrorCodes.InvalidInput, "Give the reason (at most 2,000 characters); it is published.", "reason"), award);
        }

        // The revocation is published in a new edition; earlier editions still list the award unrevoked.
        var edition = await EditionLedger.OpenAsync(m.Db, m.Now, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Revocation of a {award.Year} {award.Level.ToString().ToLowerInvariant()}-level title"), ct);
        edition.RevokeAward(award, m.Today, input.Reason.Trim());
        return await m.SaveEditionAsync(edition, ct) is { } error ? Payload.Failed<Award>(error) : Payload.Ok(award);
    }
}
