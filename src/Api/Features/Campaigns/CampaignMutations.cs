using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
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
    /// <summary>Adds the fields to the root mutation.</summary>
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreateCampaignPayloadType>>("createCampaign")
            .Description("Opens and announces a campaign: a year's round at one level, scored against a criteria-scheme version, with its timetable.")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<CreateCampaignInputType>>("input", "The campaign.")
            .ResolveAsync(async ctx => await CreateAsync(ctx.Service<MutationContext>(), ctx.GetArgument<CreateCampaignInput>("input"), ctx.CancellationToken));
        mutation.Field<NonNullGraphType<PublishResultsPayloadType>>("publishResults")
            .Description("Publishes a campaign's results. City level: after the publicity period, with every objection resolved, the candidates still in publicity are granted the title. The awards, their gate verdicts and panel scores become public at once.")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<PublishResultsInputType>>("input", "The campaign.")
            .ResolveAsync(async ctx => await PublishAsync(ctx.Service<MutationContext>(), ctx.GetArgument<PublishResultsInput>("input"), ctx.CancellationToken));
        mutation.Field<NonNullGraphType<RevokeAwardPayloadType>>("revokeAward")
            .Description("Revokes a published title from today, with a reason. The award stays public with its revocation; nothing is deleted.")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<RevokeAwardInputType>>("input", "The award and the reason.")
            .ResolveAsync(async ctx => await RevokeAsync(ctx.Service<MutationContext>(), ctx.GetArgument<RevokeAwardInput>("input"), ctx.CancellationToken));
    }

    private static async Task<Payload<Campaign>> CreateAsync(MutationContext m, CreateCampaignInput input, CancellationToken ct)
    {
        var schemeId = GlobalId.DecodeOf(CriteriaSchemeType.TypeName, input.Scheme);
        var scheme = await m.Db.CriteriaSchemes.AsTracking().FirstOrDefaultAsync(s => s.Id == schemeId, ct);
        if (scheme is null)
        {
            return Payload.Failed<Campaign>(MutationErrors.NotFound("criteria scheme", "scheme"));
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

/// <summary>Input of <c>createCampaign</c>.</summary>
public sealed class CreateCampaignInput
{
    /// <summary>The year.</summary>
    public int Year { get; set; }

    /// <summary>The level.</summary>
    public TitleLevel Level { get; set; }

    /// <summary>The batch number.</summary>
    public int BatchNumber { get; set; }

    /// <summary>The name.</summary>
    public LocalizedTextInput Name { get; set; } = new();

    /// <summary>The criteria scheme's global ID.</summary>
    public string Scheme { get; set; } = string.Empty;

    /// <summary>The timetable.</summary>
    public TimetableInput Timetable { get; set; } = new();
}

/// <summary>A campaign's timetable as input.</summary>
public sealed class TimetableInput
{
    /// <summary>First day applications are accepted.</summary>
    public DateOnly ApplicationsOpen { get; set; }

    /// <summary>Last day applications are accepted.</summary>
    public DateOnly ApplicationsClose { get; set; }

    /// <summary>First day of evaluation.</summary>
    public DateOnly EvaluationStart { get; set; }

    /// <summary>Last day of evaluation.</summary>
    public DateOnly EvaluationEnd { get; set; }

    /// <summary>Publicity period in days.</summary>
    public int PublicityDays { get; set; }
}

/// <summary>Input of <c>publishResults</c>.</summary>
public sealed class PublishResultsInput
{
    /// <summary>The campaign's global ID.</summary>
    public string Campaign { get; set; } = string.Empty;
}

/// <summary>Input of <c>revokeAward</c>.</summary>
public sealed class RevokeAwardInput
{
    /// <summary>The award's global ID.</summary>
    public string Award { get; set; } = string.Empty;

    /// <summary>Why; published with the revocation.</summary>
    public string Reason { get; set; } = string.Empty;
}

/// <summary>GraphQL <c>CreateCampaignInput</c>.</summary>
public sealed class CreateCampaignInputType : InputObjectGraphType<CreateCampaignInput>
{
    /// <summary>Defines the fields.</summary>
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        Description = "A new campaign.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The campaign year.");
        Field<NonNullGraphType<TitleLevelType>>("level").Description("The title level it grants.");
        Field<NonNullGraphType<IntGraphType>>("batchNumber").Description("The batch (第N批) its awards form, from 1.");
        Field<NonNullGraphType<LocalizedTextInputType>>("name").Description("The campaign's name.");
        Field<NonNullGraphType<IdGraphType>>("scheme").Description("The criteria-scheme version's global ID.");
        Field<NonNullGraphType<TimetableInputType>>("timetable").Description("The campaign's dates.");
    }
}

/// <summary>GraphQL <c>TimetableInput</c>.</summary>
public sealed class TimetableInputType : InputObjectGraphType<TimetableInput>
{
    /// <summary>Defines the fields.</summary>
    public TimetableInputType()
    {
        Name = "TimetableInput";
        Description = "A campaign's dates, in order, and its publicity period.";
        Field<NonNullGraphType<CalendarDateGraphType>>("applicationsOpen").Description("First day applications are accepted.");
        Field<NonNullGraphType<CalendarDateGraphType>>("applicationsClose").Description("Last day applications are accepted.");
        Field<NonNullGraphType<CalendarDateGraphType>>("evaluationStart").Description("First day of on-site evaluation.");
        Field<NonNullGraphType<CalendarDateGraphType>>("evaluationEnd").Description("Last day of on-site evaluation.");
        Field<NonNullGraphType<IntGraphType>>("publicityDays").Description("Length of the publicity period in days (1 to 60).");
    }
}

/// <summary>GraphQL <c>PublishResultsInput</c>.</summary>
public sealed class PublishResultsInputType : InputObjectGraphType<PublishResultsInput>
{
    /// <summary>Defines the fields.</summary>
    public PublishResultsInputType()
    {
        Name = "PublishResultsInput";
        Description = "The campaign whose results to publish.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The campaign's global ID.");
    }
}

/// <summary>GraphQL <c>RevokeAwardInput</c>.</summary>
public sealed class RevokeAwardInputType : InputObjectGraphType<RevokeAwardInput>
{
    /// <summary>Defines the fields.</summary>
    public RevokeAwardInputType()
    {
        Name = "RevokeAwardInput";
        Description = "The title to revoke and why.";
        Field<NonNullGraphType<IdGraphType>>("award").Description("The award's global ID.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why; published with the revocation.");
    }
}

/// <summary>GraphQL <c>CreateCampaignError</c>.</summary>
public sealed class CreateCampaignErrorType() : ErrorUnionType("CreateCampaignError", typeof(DuplicateErrorType));

/// <summary>GraphQL <c>CreateCampaignPayload</c>.</summary>
public sealed class CreateCampaignPayloadType() : PayloadType<CampaignType, CreateCampaignErrorType, Campaign>("CreateCampaignPayload", "campaign", "The new campaign, announced.");

/// <summary>GraphQL <c>PublishResultsError</c>.</summary>
public sealed class PublishResultsErrorType() : ErrorUnionType("PublishResultsError", typeof(PublicityNotFinishedErrorType));

/// <summary>GraphQL <c>PublishResultsPayload</c>.</summary>
public sealed class PublishResultsPayloadType() : PayloadType<CampaignType, PublishResultsErrorType, Campaign>("PublishResultsPayload", "campaign", "The campaign with its published results.");

/// <summary>GraphQL <c>RevokeAwardError</c>.</summary>
public sealed class RevokeAwardErrorType() : ErrorUnionType("RevokeAwardError");

/// <summary>GraphQL <c>RevokeAwardPayload</c>.</summary>
public sealed class RevokeAwardPayloadType() : PayloadType<AwardType, RevokeAwardErrorType, Award>("RevokeAwardPayload", "award", "The award with its revocation.");
