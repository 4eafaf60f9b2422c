using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>Publicity and objections: the candidate list goes public, anyone may object, the city resolves.</summary>
public static class PublicityMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<OpenPublicityPayloadType, OpenPublicityInputType, OpenPublicityInput>("openPublicity", Role.CityAdmin, "Announces a city-level campaign's candidates in a publicity notice, open to objection for the campaign's publicity period from today.", "The campaign and the notice's title.", OpenAsync);
        mutation.AddMutation<FileObjectionPayloadType, FileObjectionInputType, FileObjectionInput, ObjectionRateLimiter>("fileObjection", null, "Objects to a candidate during the publicity period. Anyone may file, signed in or not (anonymous filing is rate limited). Contact details are kept for the city and never published.", "The notice, the candidate community and your reasons.", FileAsync);
        mutation.AddMutation<ResolveObjectionPayloadType, ResolveObjectionInputType, ResolveObjectionInput>("resolveObjection", Role.CityAdmin, "Records the city's resolution of an objection; an upheld objection removes the candidate.", "The objection and the resolution.", ResolveAsync);
    }

    private static async Task<Payload<PublicityNotice>> OpenAsync(MutationContext m, OpenPublicityInput input, CancellationToken ct)
    {
        var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, input.Campaign);
        var campaign = await m.Db.Campaigns.AsTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Payload.Failed<PublicityNotice>(MutationErrors.NotFound("campaign", "campaign"));
        }

        if (campaign.Level != TitleLevel.City)
        {
            return Payload.Failed<PublicityNotice>(new DomainError(DomainErrorCodes.InvalidInput, "Publicity belongs to city-level campaigns.", "campaign"));
        }

        if (await m.Db.PublicityNotices.AnyAsync(n => n.CampaignId == campaignId, ct))
        {
            return Payload.Failed<PublicityNotice>(new DomainError(DomainErrorCodes.Duplicate, "The campaign's publicity notice is already out.", "campaign"));
        }

        if (string.IsNullOrWhiteSpace(input.Title.Zh) || string.IsNullOrWhiteSpace(input.Title.En))
        {
            return Payload.Failed<PublicityNotice>(new DomainError(DomainErrorCodes.InvalidInput, "Give the notice's title in Chinese and English.", "title"));
        }

        var candidates = await m.Db.Applications.AsTracking().Include(a => a.Campaign)
            .Where(a => a.CampaignId == campaignId && a.Status == ApplicationStatus.Candidate).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return Payload.Failed<PublicityNotice>(new DomainError(DomainErrorCodes.WrongState, "The campaign has no candidates: hold the collective review first.", "campaign"));
        }

        var notice = new PublicityNotice(campaignId, new LocalizedText(input.Title.Zh, input.Title.En), m.Today, campaign.Timetable.PublicityDays, m.Now);
        foreach (var application in candidates)
        {
            application.EnterPublicity(campaign, m.Actor.Subject, m.Now);
            notice.List(application.Id, application.CommunityId);
        }

        m.Db.PublicityNotices.Add(notice);
        return await m.SaveAsync(ct) is { } error ? Payload.Failed<PublicityNotice>(error) : Payload.Ok(notice);
    }

    private static async Task<Payload<ObjectionReceipt>> FileAsync(MutationContext m, ObjectionRateLimiter limiter, FileObjectionInput input, CancellationToken ct)
    {
        if (m.OptionalActor is null && !limiter.TryAcquire(m.ClientAddress))
        {
            return Payload.Failed<ObjectionReceipt>(new DomainError(MutationErrors.RateLimited, "Too many objections from your address; try again in an hour, or sign in."));
        }

        if (input.Reasons.Length > 4000 || input.Evidence?.Length > 4000 || input.Contact?.Length > 200)
        {
            return Payload.Failed<ObjectionReceipt>(new DomainError(DomainErrorCodes.InvalidInput, "Reasons and evidence take at most 4,000 characters, contact details 200.", "reasons"));
        }

        var noticeId = GlobalId.DecodeOf(PublicityNoticeType.TypeName, input.Notice);
        var communityId = GlobalId.DecodeOf(CommunityType.TypeName, input.Community);
        var notice = await m.Db.PublicityNotices.Include(n => n.Candidates).FirstOrDefaultAsync(n => n.Id == noticeId && n.PublishedAt <= m.Now, ct);
        if (notice is null)
        {
            return Payload.Failed<ObjectionReceipt>(MutationErrors.NotFound("publicity notice", "notice"));
        }

        var candidate = notice.Candidates.FirstOrDefault(c => c.CommunityId == communityId);
        if (candidate is null)
        {
            return Payload.Failed<ObjectionReceipt>(new DomainError(DomainErrorCodes.NotFound, "That community is not a candidate on this notice.", "community"));
        }

        var (objection, error) = notice.FileObjection(candidate.ApplicationId, input.Reasons, input.Evidence, input.Contact, m.Now);
        if (objection is null)
        {
            return Payload.Failed<ObjectionReceipt>(error!);
        }

        m.Db.Objections.Add(objection);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<ObjectionReceipt>(saveError) : Payload.Ok(new ObjectionReceipt(objection));
    }

    private static async Task<Payload<Objection>> ResolveAsync(MutationContext m, ResolveObjectionInput input, CancellationToken ct)
    {
        var objectionId = GlobalId.DecodeOf(ObjectionType.TypeName, input.Objection);
        var objection = await m.Db.Objections.AsTracking().FirstOrDefaultAsync(o => o.Id == objectionId, ct);
        if (objection is null)
        {
            return Payload.Failed<Objection>(MutationErrors.NotFound("objection", "objection"));
        }

        if (objection.Resolution != ObjectionResolution.Pending)
        {
            return Payload.Failed<Objection>(new DomainError(DomainErrorCodes.WrongState, $"The objection was already resolved ({objection.Resolution}).", "objection"), objection);
        }

        if (string.IsNullOrWhiteSpace(input.Note))
        {
            return Payload.Failed<Objection>(new DomainError(DomainErrorCodes.InvalidInput, "Record the reasons for the resolution.", "note"), objection);
        }

        var outcome = Outcome.Ok;
        if (input.Upheld)
        {
            var application = await m.Db.Applications.AsTracking().Include(a => a.Campaign).FirstAsync(a => a.Id == objection.ApplicationId, ct);
            outcome = application.UpholdObjection(application.Campaign!, input.Note, m.Actor.Subject, m.Now);
        }

        if (outcome.Succeeded)
        {
            objection.Resolve(input.Upheld ? ObjectionResolution.Upheld : ObjectionResolution.Dismissed, input.Note, m.Now);
        }

        var result = await m.CommitAsync(outcome, ct);
        return result is null ? Payload.Ok(objection) : Payload.Failed(result, objection);
    }
}
