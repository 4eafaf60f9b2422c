using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Reviews;

/// <summary>The collective review: all panels report together and the candidate list is fixed.</summary>
public static class ReviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<DecideCollectiveReviewPayloadType, DecideCollectiveReviewInputType, DecideCollectiveReviewInput>("decideCollectiveReview", Role.CityAdmin, "Records the collective review's decisions on evaluated applications: candidate or not, with reasons. The gates are judged again; a failed gate keeps a community off the list whatever its score (GateFailedError, recorded). Any other refused decision refuses them all.", "The campaign, the meeting's date and the decisions.", DecideAsync);
    }

    private static async Task<Payload<CollectiveReview>> DecideAsync(MutationContext m, DecideCollectiveReviewInput input, CancellationToken ct)
    {
        var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, input.Campaign);
        var campaign = await m.Db.Campaigns.AsTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Payload.Failed<CollectiveReview>(MutationErrors.NotFound("campaign", "campaign"));
        }

        if (input.Decisions.Count is 0 or > 500)
        {
            return Payload.Failed<CollectiveReview>(new DomainError(DomainErrorCodes.InvalidInput, "Give between 1 and 500 decisions.", "decisions"));
        }

        var review = await m.Db.CollectiveReviews.AsTracking().Include(r => r.Decisions).FirstOrDefaultAsync(r => r.CampaignId == campaignId, ct);
        if (review is null)
        {
            review = new CollectiveReview(campaignId, input.HeldOn);
            m.Db.CollectiveReviews.Add(review);
        }

        var scheme = await ApplicationChanges.SchemeAsync(m, campaign.SchemeId, ct);
        var vetoes = new List<DomainError>();
        for (var i = 0; i < input.Decisions.Count; i++)
        {
            var decision = input.Decisions[i];
            var field = $"decisions[{i}]";
            var (application, error) = await ApplicationChanges.LoadAsync(m, decision.Application, decision.Version, ct);
            if (application is not null && application.CampaignId != campaignId)
            {
                error = new DomainError(DomainErrorCodes.InvalidInput, "The application belongs to another campaign.", field);
            }

            var panelScore = application is null ? null : await m.Db.Evaluations.Where(e => e.ApplicationId == application.Id).Select(e => e.PanelScore).FirstOrDefaultAsync(ct);
            if (error is null && panelScore is null)
            {
                error = new DomainError(DomainErrorCodes.WrongState, "The application has no completed evaluation.", field);
            }

            var outcome = error is null ? application!.DecideCandidacy(campaign, scheme, panelScore!.Value, decision.Candidate, decision.Reasons, m.Actor.Subject, m.Now) : Outcome.Refused(error);
            if (!outcome.ChangesKept)
            {
                m.Db.ChangeTracker.Clear();
                return Payload.Failed<CollectiveReview>(outcome.Error! with { Field = field });
            }

            if (outcome.Error is { } veto)
            {
                vetoes.Add(veto with { Field = field });
            }

            review.Decide(application!.Id, application.Status == ApplicationStatus.Candidate, application.History[^1].Comment ?? decision.Reasons);
        }

        if (await m.SaveAsync(ct) is { } saveError)
        {
            return Payload.Failed<CollectiveReview>(saveError);
        }

        return new Payload<CollectiveReview>(review, vetoes);
    }
}
