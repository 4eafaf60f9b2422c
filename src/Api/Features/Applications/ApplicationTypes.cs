using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Trail;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Applications;

/// <summary>GraphQL <c>Application</c>: signed-in callers only, and only within their scope.</summary>
public sealed class ApplicationType : ObjectGraphType<Application>
{
    public const string TypeName = "Application";

    public ApplicationType()
    {
        Name = TypeName;
        Description = "A community's request for a title in a campaign, with its evidence, gate verdicts, evaluation and full history. Visible to the city, the community's district reviewers, its applicant, and the evaluators of its panel.";
        this.Authorize();
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Application;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The application's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(a => a.Version).Description("The version to send back with a change: a change made from an older version is refused with CONFLICT.");
        Field<NonNullGraphType<ApplicationStatusType>>("status").Description("Where the application stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<CampaignType>>("campaign").Description("The campaign applied to.").Resolve(ctx => ctx.Service<CampaignByIdDataLoader>().Load(ctx.Source.CampaignId));
        Field<NonNullGraphType<CommunityType>>("community").Description("The applying community.").Resolve(ctx => ctx.Service<CommunityByIdDataLoader>().LoadOrHeld(ctx.Source.CommunityId));
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the application was opened (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<FloatGraphType>("selfAssessedScore").Description("The community's own score against the scheme.").Resolve(ctx => ctx.Source.SelfAssessedScore is { } s ? (double)s : null);
        Field<GateFactsType>("gateFacts").Description("The recorded facts the gates are judged on.").Resolve(ctx => ctx.Source.GateFacts);
        Field<CalendarDateGraphType>("revisionDeadline").Description("The deadline to resubmit, while returned for revision.").Resolve(ctx => ctx.Source.RevisionDeadline);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("Documents and records attached, oldest first; withdrawn ones only when asked for.")
            .Argument<BooleanGraphType>("includeWithdrawn", "Also list the evidence withdrawn (marked with withdrawnAt); false when omitted.")
            .Resolve(ctx =>
            {
                var all = ctx.GetArgument("includeWithdrawn", false);
                return ctx.Service<EvidenceByApplicationIdDataLoader>().Load(ctx.Source.Id).Then(list => all ? list : list.Where(e => e.WithdrawnAt is null).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GateVerdictType>>>>("gateVerdicts").Description("Every gate verdict, at submission and at collective review, with its evidence.")
            .Resolve(ctx => ctx.Service<GateVerdictsByApplicationIdDataLoader>().Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationEventType>>>>("history").Description("Every step: who did what, when, from which state to which, with comments. Oldest first.")
            .Resolve(ctx => ctx.Service<HistoryByApplicationIdDataLoader>().Load(ctx.Source.Id));
        this.AddTrail();
        Field<EvaluationType>("evaluation").Description("The panel's on-site evaluation, once a panel is assigned.")
            .Resolve(ctx => ctx.Service<EvaluationByApplicationIdDataLoader>().Load(ctx.Source.Id));
    }
}

public sealed class ApplicationConnectionType : ConnectionGraphType<ApplicationType, Application>;

public sealed class ApplicationStatusType() : DescribedEnumType<ApplicationStatus>(
    "ApplicationStatus",
    "Where an application stands in the two-level workflow.",
    (ApplicationStatus.Draft, "Being prepared by the community."),
    (ApplicationStatus.Submitted, "Sent to the district."),
    (ApplicationStatus.UnderDistrictReview, "Being reviewed by the district."),
    (ApplicationStatus.ReturnedForRevision, "Returned to the community to revise before a deadline."),
    (ApplicationStatus.Rejected, "Refused (by the district, or vetoed by a failed gate)."),
    (ApplicationStatus.AwardedAtDistrictLevel, "District level: the district-level title was granted."),
    (ApplicationStatus.RecommendedToCity, "City level: the district recommends the community."),
    (ApplicationStatus.DeclinedByDistrict, "City level: the district declined to recommend."),
    (ApplicationStatus.PanelAssigned, "City level: an evaluation panel is assigned."),
    (ApplicationStatus.UnderEvaluation, "City level: the on-site evaluation is under way."),
    (ApplicationStatus.Evaluated, "City level: the on-site evaluation is complete."),
    (ApplicationStatus.Candidate, "City level: on the collective review's candidate list."),
    (ApplicationStatus.NotCandidate, "City level: left off the candidate list."),
    (ApplicationStatus.InPublicity, "City level: announced and open to objection."),
    (ApplicationStatus.Awarded, "City level: the city-level title was granted."),
    (ApplicationStatus.RejectedAfterObjection, "City level: removed after an upheld objection."));

public sealed class GateFactsType : ObjectGraphType<GateFacts>
{
    public GateFactsType()
    {
        Name = "GateFacts";
        Description = "The recorded facts the eligibility gates are judged on.";
        Field<NonNullGraphType<FloatGraphType>>("occupancyRate").Description("Occupancy as a fraction 0..1.").Resolve(ctx => (double)ctx.Source.OccupancyRate.Fraction);
        Field(f => f.PenaltyCases).Description("Penalty cases on record against the community.");
        Field(f => f.ComplaintsReceived);
        Field(f => f.ComplaintsAnsweredInTime);
        Field(f => f.Source);
    }
}

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public const string TypeName = "Evidence";

    public EvidenceType()
    {
        Name = TypeName;
        Description = "A document or record attached to an application.";
        this.Authorize();
        Field(e => e.Title);
        Field(e => e.Kind);
        Field<StringGraphType>("url").Description("Where the document is kept, when online.").Resolve(ctx => ctx.Source.Location?.ToString());
        Field<NonNullGraphType<DateTimeGraphType>>("attachedAt").Description("When it was attached (UTC).").Resolve(ctx => ctx.Source.AttachedAt);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The evidence's opaque ID, to withdraw it.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<DateTimeGraphType>("withdrawnAt").Description("When it was withdrawn (UTC); null while it stands.").Resolve(ctx => ctx.Source.WithdrawnAt);
        Field(e => e.WithdrawalReason, nullable: true);
    }
}

public sealed class ApplicationEventType : ObjectGraphType<ApplicationEvent>
{
    public ApplicationEventType()
    {
        Name = "ApplicationEvent";
        Description = "One step in an application's history.";
        this.Authorize();
        Field<ApplicationStatusType>("from").Description("The state before the step; null for the first.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<ApplicationStatusType>>("to").Description("The state after the step.").Resolve(ctx => ctx.Source.To);
        Field(e => e.By).Description("Who took the step (their sign-in subject).");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(ctx => ctx.Source.At);
        Field(e => e.Comment, nullable: true).Description("Comment or reasons given.");
    }
}

public sealed class EvaluationType : ObjectGraphType<Evaluation>
{
    public EvaluationType()
    {
        Name = "Evaluation";
        Description = "A panel's on-site visit to one application: the procedure steps in order, the scores, the feedback.";
        this.Authorize();
        Field(e => e.Version).Description("The version to send back with a step or score: a change made from an older version is refused with CONFLICT.");
        Field<NonNullGraphType<PanelType>>("panel").Description("The panel evaluating.").Resolve(ctx => ctx.Service<PanelByIdDataLoader>().Load(ctx.Source.PanelId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvaluationStepRecordType>>>>("steps").Description("The procedure steps recorded, in order.").Resolve(ctx => ctx.Source.Steps.OrderBy(s => s.Step));
        Field<EvaluationStepType>("nextStep").Description("The step the procedure expects next; null when complete.")
            .Resolve(ctx => ctx.Source.CompletedAt is null && ctx.Source.LastStep is not EvaluationStep.FeedbackGiven ? (EvaluationStep)((int)(ctx.Source.LastStep ?? 0) + 1) : null);
        Field<FloatGraphType>("panelScore").Description("The panel score, once complete: the mean of the evaluators' totals, rounded half-up to one decimal.").Resolve(ctx => ctx.Source.PanelScore is { } s ? (double)s : null);
        Field(e => e.Feedback, nullable: true).Description("Feedback given to the community.");
        Field<DateTimeGraphType>("completedAt").Description("When the evaluation was completed (UTC).").Resolve(ctx => ctx.Source.CompletedAt);
        Field<ListGraphType<NonNullGraphType<IndicatorScoreType>>>("scores")
            .Description("Each evaluator's points per indicator. Only the city and the panel's own evaluators see them; null for anyone else.")
            .Resolve(ctx =>
            {
                var actor = ActorClaims.From(ctx.User);
                var evaluation = ctx.Source;
                return ctx.Service<PanelWithMembersByIdDataLoader>().Load(evaluation.PanelId).Then(panel =>
                    actor is not null && panel is not null && (actor.Is(Role.CityAdmin) || AccessRules.AsEvaluator(actor, panel) is null)
                        ? evaluation.Scores.OrderBy(s => s.PanelMemberId).ThenBy(s => s.IndicatorId).Select(s => new ScoreView(s, panel.Members.First(m => m.Id == s.PanelMemberId).DisplayName)).ToList()
                        : null);
            });
    }
}

/// <summary>A score with its evaluator's name.</summary>
/// <param name="Score">The score.</param>
/// <param name="Evaluator">The evaluator's display name.</param>
public sealed record ScoreView(IndicatorScore Score, string Evaluator);

public sealed class IndicatorScoreType : ObjectGraphType<ScoreView>
{
    public IndicatorScoreType()
    {
        Name = "IndicatorScore";
        Description = "One evaluator's points for one indicator.";
        this.Authorize();
        Field(s => s.Evaluator).Description("The evaluator's name.");
        Field<NonNullGraphType<IdGraphType>>("indicator").Description("The criteria indicator's global ID.").Resolve(ctx => GlobalId.Encode(CriteriaIndicatorType.TypeName, ctx.Source.Score.IndicatorId));
        Field<NonNullGraphType<FloatGraphType>>("points").Description("The points given.").Resolve(ctx => (double)ctx.Source.Score.Points);
    }
}

public sealed class EvaluationStepType() : DescribedEnumType<EvaluationStep>(
    "EvaluationStep",
    "The steps of an on-site evaluation, in the order the procedure requires.",
    (EvaluationStep.ReportHeard, "1. The panel hears the community's report."),
    (EvaluationStep.DocumentsReviewed, "2. The panel reviews the documents."),
    (EvaluationStep.ForumAndQuestionnaireHeld, "3. A residents' forum and a questionnaire survey are held (record the results)."),
    (EvaluationStep.SiteInspected, "4. The panel inspects the site."),
    (EvaluationStep.ScoresGiven, "5. Scores are given on site (every evaluator, every indicator)."),
    (EvaluationStep.FeedbackGiven, "6. The panel gives feedback to the community."));

public sealed class EvaluationStepRecordType : ObjectGraphType<EvaluationStepRecord>
{
    public EvaluationStepRecordType()
    {
        Name = "EvaluationStepRecord";
        Description = "A procedure step recorded during an evaluation.";
        Field<NonNullGraphType<EvaluationStepType>>("step").Description("Which step.").Resolve(ctx => ctx.Source.Step);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When it was recorded (UTC).").Resolve(ctx => ctx.Source.At);
        Field(s => s.Notes, nullable: true).Description("The panel's notes.");
        Field<QuestionnaireResultType>("questionnaire").Description("For the forum and questionnaire step: respondents and results.").Resolve(ctx => ctx.Source.Questionnaire);
    }
}

public sealed class QuestionnaireResultType : ObjectGraphType<QuestionnaireResult>
{
    public QuestionnaireResultType()
    {
        Name = "QuestionnaireResult";
        Description = "Aggregate results of a resident questionnaire: counts only, never individual answers.";
        this.Authorize();
        Field(q => q.Respondents);
        Field(q => q.Satisfied);
        Field(q => q.AwareOfProgramme);
    }
}

/// <summary>How many applications stand in one state.</summary>
/// <param name="Status">The state.</param>
/// <param name="Count">How many.</param>
public sealed record StatusCount(ApplicationStatus Status, int Count);

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many of a campaign's applications stand in one state.";
        Field<NonNullGraphType<ApplicationStatusType>>("status").Description("The state.").Resolve(ctx => ctx.Source.Status);
        Field(c => c.Count).Description("How many applications.");
    }
}

public sealed class ViewerType : ObjectGraphType<Actor>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The signed-in caller: subject, roles and scope, as the token says.";
        Field(a => a.Subject).Description("The token's subject.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("The programme roles: CommunityApplicant, DistrictReviewer, Evaluator, CityAdmin.").Resolve(ctx => ctx.Source.Roles.Select(r => r.ToString()).Order(StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("communities").Description("Codes of the communities you apply for.").Resolve(ctx => ctx.Source.Communities.Order(StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("districts").Description("Codes of the districts you review for.").Resolve(ctx => ctx.Source.Districts.Order(StringComparer.Ordinal));
    }
}
