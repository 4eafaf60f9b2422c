using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Reviews;

/// <summary>The collective review: all panels report together and the candidate list is fixed.</summary>
public static class ReviewMutations
{
    /// <summary>Adds the fields to the root mutation.</summary>
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<DecideCollectiveReviewPayloadType>>("decideCollectiveReview")
            .Description("Records the collective review's decisions on evaluated applications: candidate or not, with reasons. The gates are judged again; a failed gate keeps a community off the list whatever its score (GateFailedError, recorded). Any other refused decision refuses them all.")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<DecideCollectiveReviewInputType>>("input", "The campaign, the meeting's date and the decisions.")
            .ResolveAsync(async ctx => await DecideAsync(ctx.Service<MutationContext>(), ctx.GetArgument<DecideCollectiveReviewInput>("input"), ctx.CancellationToken));
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

/// <summary>Input of <c>decideCollectiveReview</c>.</summary>
public sealed class DecideCollectiveReviewInput
{
    /// <summary>The campaign's global ID.</summary>
    public string Campaign { get; set; } = string.Empty;

    /// <summary>The meeting's date.</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>The decisions.</summary>
    public IReadOnlyList<CandidacyDecisionInput> Decisions { get; set; } = [];
}

/// <summary>One decision of the collective review.</summary>
public sealed class CandidacyDecisionInput : ApplicationVersionInput
{
    /// <summary>True to put the community on the candidate list.</summary>
    public bool Candidate { get; set; }

    /// <summary>The reasons.</summary>
    public string Reasons { get; set; } = string.Empty;
}

/// <summary>GraphQL <c>DecideCollectiveReviewInput</c>.</summary>
public sealed class DecideCollectiveReviewInputType : InputObjectGraphType<DecideCollectiveReviewInput>
{
    /// <summary>Defines the fields.</summary>
    public DecideCollectiveReviewInputType()
    {
        Name = "DecideCollectiveReviewInput";
        Description = "The collective review's decisions for a campaign.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The campaign's global ID.");
        Field<NonNullGraphType<CalendarDateGraphType>>("heldOn").Description("The day of the meeting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidacyDecisionInputType>>>>("decisions").Description("One decision per evaluated application (at most 500).");
    }
}

/// <summary>GraphQL <c>CandidacyDecisionInput</c>.</summary>
public sealed class CandidacyDecisionInputType : ApplicationChangeInputType<CandidacyDecisionInput>
{
    /// <summary>Defines the fields.</summary>
    public CandidacyDecisionInputType()
        : base("CandidacyDecisionInput", "Whether an evaluated application goes on the candidate list.")
    {
        Field<NonNullGraphType<BooleanGraphType>>("candidate").Description("True to put the community on the candidate list; its panel score must reach the pass mark.");
        Field<NonNullGraphType<StringGraphType>>("reasons").Description("The reasons.");
    }
}

/// <summary>GraphQL <c>CollectiveReview</c>.</summary>
public sealed class CollectiveReviewType : ObjectGraphType<CollectiveReview>
{
    /// <summary>Defines the fields.</summary>
    public CollectiveReviewType()
    {
        Name = "CollectiveReview";
        Description = "The campaign-wide meeting at which the candidate list is fixed.";
        this.AuthorizeWithRoles(nameof(Role.CityAdmin));
        Field<NonNullGraphType<CalendarDateGraphType>>("heldOn").Description("The day of the meeting.").Resolve(ctx => ctx.Source.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidacyDecisionType>>>>("decisions").Description("The decisions taken.").Resolve(ctx => ctx.Source.Decisions);
    }
}

/// <summary>GraphQL <c>CandidacyDecision</c>.</summary>
public sealed class CandidacyDecisionType : ObjectGraphType<CollectiveReviewDecision>
{
    /// <summary>Defines the fields.</summary>
    public CandidacyDecisionType()
    {
        Name = "CandidacyDecision";
        Description = "The collective review's decision on one application.";
        Field<NonNullGraphType<ApplicationType>>("application").Description("The application decided on.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field(d => d.Candidate).Description("True when the community is on the candidate list.");
        Field(d => d.Reasons).Description("Why.");
    }
}

/// <summary>GraphQL <c>DecideCollectiveReviewError</c>.</summary>
public sealed class DecideCollectiveReviewErrorType() : ErrorUnionType("DecideCollectiveReviewError", typeof(GateFailedErrorType), typeof(BelowPassMarkErrorType));

/// <summary>GraphQL <c>DecideCollectiveReviewPayload</c>.</summary>
public sealed class DecideCollectiveReviewPayloadType() : PayloadType<CollectiveReviewType, DecideCollectiveReviewErrorType, CollectiveReview>("DecideCollectiveReviewPayload", "collectiveReview", "The review with all its decisions so far.");
