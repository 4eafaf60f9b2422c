using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Applications;

/// <summary>Mutations of the application and the district level.</summary>
public static class ApplicationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<CreateApplicationPayloadType, CreateApplicationInputType, CreateApplicationInput>("createApplication", Role.CommunityApplicant, "Opens a draft application of your community for a campaign, while the campaign accepts applications. City level needs a valid district-level title.", "The campaign and community.", CreateAsync);
        mutation.AddMutation<UpdateSelfAssessmentPayloadType, UpdateSelfAssessmentInputType, UpdateSelfAssessmentInput>("updateSelfAssessment", Role.CommunityApplicant, "Records your self-assessed score and the gate facts (occupancy, penalty cases, complaints), while the application is a draft or returned for revision.", "The application, its version and the values.", UpdateSelfAssessmentAsync);
        mutation.AddMutation<AttachEvidencePayloadType, AttachEvidenceInputType, AttachEvidenceInput>("attachEvidence", Role.CommunityApplicant, "Attaches a document or record to your application, while it is a draft or returned for revision.", "The application, its version and the evidence.", AttachEvidenceAsync);
        mutation.AddMutation<WithdrawEvidencePayloadType, WithdrawEvidenceInputType, WithdrawEvidenceInput>("withdrawEvidence", Role.CommunityApplicant, "Withdraws a document or record from your application, while it is a draft or returned for revision. It stays on file, marked withdrawn, and the withdrawal and its reason are kept in the application's trail.", "The application, its version, the evidence and the reason.", WithdrawEvidenceAsync);
        mutation.AddMutation<SubmitApplicationPayloadType, SubmitApplicationInputType, ApplicationVersionInput>("submitApplication", Role.CommunityApplicant, "Submits (or resubmits) your application to the district. The gates are judged from the recorded facts; a failed gate vetoes the application (GateFailedError) and the verdict is kept.", "The application and its version.", SubmitAsync);
        mutation.AddMutation<ReviewApplicationPayloadType, ReviewApplicationInputType, ReviewApplicationInput>("reviewApplication", Role.DistrictReviewer, "The district's review of an application in its district: begin the review, grant the district-level title, return it for revision with a deadline, or reject it.", "The application, its version and the decision.", ReviewAsync);
        mutation.AddMutation<RecommendApplicationPayloadType, RecommendApplicationInputType, RecommendApplicationInput>("recommendApplication", Role.DistrictReviewer, "The district recommends a city-level application under its review to the city, or declines to, with reasons.", "The application, its version and the recommendation.", RecommendAsync);
    }

    private static async Task<Payload<Application>> CreateAsync(MutationContext m, CreateApplicationInput input, CancellationToken ct)
    {
        var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, input.Campaign);
        var communityId = GlobalId.DecodeOf(CommunityType.TypeName, input.Community);
        var community = await m.Db.Communities.FirstOrDefaultAsync(c => c.Id == communityId, ct);
        var campaign = await m.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId && c.AnnouncedAt != null, ct);
        if (community is null)
        {
            return Payload.Failed<Application>(MutationErrors.NotFound("community", "community"));
        }

        if (campaign is null)
        {
            return Payload.Failed<Application>(MutationErrors.NotFound("campaign", "campaign"));
        }

        if (AccessRules.AsApplicant(m.Actor, community.Code) is { } scope)
        {
            return Payload.Failed<Application>(scope);
        }

        var duplicate = new DomainError(DomainErrorCodes.Duplicate, "Your community already has an application in this campaign.", "campaign");
        if (await m.Db.Applications.AnyAsync(a => a.CampaignId == campaignId && a.CommunityId == communityId, ct))
        {
            return Payload.Failed<Application>(duplicate);
        }

        var today = m.Today;
        var holdsTitle = await m.Db.Awards.AnyAsync(
            a => a.CommunityId == communityId && a.Level == TitleLevel.District && a.PublishedAt != null && a.Revocation == null && a.AwardedOn <= today && a.ValidUntil >= today,
            ct);
        var (application, error) = Application.Open(campaign, communityId, holdsTitle, m.Actor.Subject, m.Now);
        if (application is null)
        {
            return Payload.Failed<Application>(error!);
        }

        // An application saved since the check above, by a concurrent request of the same community, is as much a
        // duplicate as one saved long before: the unique index (campaign, community) answers DUPLICATE, not CONFLICT.
        m.Db.Applications.Add(application);
        return await m.SaveAsync(duplicate, ct) is { } saveError ? Payload.Failed<Application>(saveError) : Payload.Ok(application);
    }

    private static async Task<Payload<Application>> UpdateSelfAssessmentAsync(MutationContext m, UpdateSelfAssessmentInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || (error ??= AccessRules.AsApplicant(m.Actor, application.CommunityCode())) is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        GateFacts? facts = null;
        if (input.GateFacts is { } f)
        {
            if (f.OccupancyRate is < 0 or > 1 || double.IsNaN(f.OccupancyRate))
            {
                return Payload.Failed<Application>(new DomainError(DomainErrorCodes.InvalidInput, "The occupancy rate is a fraction within 0..1 (0.6 is 60%).", "gateFacts.occupancyRate"), application);
            }

            facts = new GateFacts(new Percentage((decimal)f.OccupancyRate), f.PenaltyCases, f.ComplaintsReceived, f.ComplaintsAnsweredInTime, string.IsNullOrWhiteSpace(f.Source) ? "self-reported" : f.Source.Trim());
        }

        var scheme = await ApplicationChanges.SchemeAsync(m, application.Campaign!.SchemeId, ct);
        var outcome = application.UpdateSelfAssessment(scheme, input.SelfAssessedScore is { } s ? (decimal)s : null, facts);
        return Result(await m.CommitAsync(outcome, ct), application);
    }

    private static async Task<Payload<Application>> AttachEvidenceAsync(MutationContext m, AttachEvidenceInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || (error ??= AccessRules.AsApplicant(m.Actor, application.CommunityCode())) is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        Uri? location = null;
        if (!string.IsNullOrWhiteSpace(input.Url) && (!Uri.TryCreate(input.Url, UriKind.Absolute, out location) || location.Scheme is not ("https" or "http")))
        {
            return Payload.Failed<Application>(new DomainError(DomainErrorCodes.InvalidInput, "The URL must be an absolute http(s) address.", "url"), application);
        }

        return Result(await m.CommitAsync(application.Attach(input.Title, input.Kind, location, m.Now), ct), application);
    }

    private static async Task<Payload<Application>> WithdrawEvidenceAsync(MutationContext m, WithdrawEvidenceInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || (error ??= AccessRules.AsApplicant(m.Actor, application.CommunityCode())) is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        var evidenceId = GlobalId.DecodeOf(EvidenceType.TypeName, input.Evidence);
        await m.Db.Entry(application).Collection(a => a.Evidence).LoadAsync(ct);
        return Result(await m.CommitAsync(application.WithdrawEvidence(evidenceId, input.Reason, m.Now), ct), application);
    }

    private static async Task<Payload<Application>> SubmitAsync(MutationContext m, ApplicationVersionInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || (error ??= AccessRules.AsApplicant(m.Actor, application.CommunityCode())) is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        var scheme = await ApplicationChanges.SchemeAsync(m, application.Campaign!.SchemeId, ct);
        return Result(await m.CommitAsync(application.Submit(application.Campaign, scheme, m.Actor.Subject, m.Now), ct), application);
    }

    private static async Task<Payload<Application>> ReviewAsync(MutationContext m, ReviewApplicationInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || (error ??= AccessRules.AsReviewer(m.Actor, application.DistrictCode())) is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        var campaign = application.Campaign!;
        var by = m.Actor.Subject;
        Outcome outcome;
        switch (input.Decision)
        {
            case ReviewDecision.BeginReview:
                outcome = application.BeginReview(campaign, by, m.Now);
                break;
            case ReviewDecision.Return:
                outcome = input.RevisionDeadline is { } deadline
                    ? application.ReturnForRevision(campaign, deadline, input.Reasons ?? string.Empty, by, m.Now)
                    : new DomainError(DomainErrorCodes.InvalidInput, "Give the revision deadline.", "revisionDeadline");
                break;
            case ReviewDecision.Reject:
                outcome = application.Reject(campaign, input.Reasons ?? string.Empty, by, m.Now);
                break;
            default:
                var scheme = await ApplicationChanges.SchemeAsync(m, campaign.SchemeId, ct);
                var score = input.Score is { } s ? (decimal)s : (decimal?)null;
                outcome = application.AwardAtDistrictLevel(campaign, scheme, score, by, m.Now);
                if (outcome.Succeeded)
                {
                    m.Db.Awards.Add(new Award(new AwardGrant(
                        application.CommunityId, campaign.Id, TitleLevel.District, campaign.Year, application.Community!.Street!.DistrictId,
                        scheme.Id, scheme.ValidityYears, m.Today, score, ApplicationId: application.Id)));
                }

                break;
        }

        return Result(await m.CommitAsync(outcome, ct), application);
    }

    private static async Task<Payload<Application>> RecommendAsync(MutationContext m, RecommendApplicationInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || (error ??= AccessRules.AsReviewer(m.Actor, application.DistrictCode())) is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        return Result(await m.CommitAsync(application.Recommend(application.Campaign!, input.Recommend, input.Reasons, m.Actor.Subject, m.Now), ct), application);
    }

    /// <summary>The payload for an application after a change: its current state and the error, if any.</summary>
    internal static Payload<Application> Result(DomainError? error, Application application) =>
        error is null ? Payload.Ok(application) : Payload.Failed<Application>(error, application);
}
