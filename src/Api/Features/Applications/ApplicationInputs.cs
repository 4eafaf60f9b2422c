using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Applications;

/// <summary>GraphQL <c>CreateApplicationInput</c>.</summary>
public sealed class CreateApplicationInputType : InputObjectGraphType<CreateApplicationInput>
{
    /// <summary>Defines the fields.</summary>
    public CreateApplicationInputType()
    {
        Name = "CreateApplicationInput";
        Description = "Which campaign your community applies to.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The campaign's global ID.");
        Field<NonNullGraphType<IdGraphType>>("community").Description("Your community's global ID.");
    }
}

/// <summary>Adds the <c>application</c> and <c>version</c> fields every application input starts with.</summary>
public abstract class ApplicationChangeInputType<T> : InputObjectGraphType<T>
    where T : ApplicationVersionInput
{
    /// <summary>Defines the common fields.</summary>
    protected ApplicationChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("application").Description("The application's global ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The application's version as you read it; a stale version is refused with CONFLICT.");
    }
}

/// <summary>GraphQL <c>SubmitApplicationInput</c>.</summary>
public sealed class SubmitApplicationInputType() : ApplicationChangeInputType<ApplicationVersionInput>("SubmitApplicationInput", "The application to submit and the version you read.");

/// <summary>GraphQL <c>UpdateSelfAssessmentInput</c>.</summary>
public sealed class UpdateSelfAssessmentInputType : ApplicationChangeInputType<UpdateSelfAssessmentInput>
{
    /// <summary>Defines the fields.</summary>
    public UpdateSelfAssessmentInputType()
        : base("UpdateSelfAssessmentInput", "Your self-assessment and the gate facts; omitted values stay as they are.")
    {
        Field<FloatGraphType>("selfAssessedScore").Description("Your score against the scheme, within 0..its maximum.");
        Field<GateFactsInputType>("gateFacts").Description("The facts the gates are judged on.");
    }
}

/// <summary>GraphQL <c>GateFactsInput</c>.</summary>
public sealed class GateFactsInputType : InputObjectGraphType<GateFactsInput>
{
    /// <summary>Defines the fields.</summary>
    public GateFactsInputType()
    {
        Name = "GateFactsInput";
        Description = "The facts the eligibility gates are judged on.";
        Field<NonNullGraphType<FloatGraphType>>("occupancyRate").Description("Occupancy as a fraction 0..1 (the gate needs at least 0.6).");
        Field<NonNullGraphType<IntGraphType>>("penaltyCases").Description("Penalty cases on record (the gate needs none).");
        Field<NonNullGraphType<IntGraphType>>("complaintsReceived").Description("Residents' pollution complaints received.");
        Field<NonNullGraphType<IntGraphType>>("complaintsAnsweredInTime").Description("Of those, answered within the deadline (the gate needs all).");
        Field<StringGraphType>("source").Description("Where the facts come from, e.g. the street office's records.");
    }
}

/// <summary>GraphQL <c>AttachEvidenceInput</c>.</summary>
public sealed class AttachEvidenceInputType : ApplicationChangeInputType<AttachEvidenceInput>
{
    /// <summary>Defines the fields.</summary>
    public AttachEvidenceInputType()
        : base("AttachEvidenceInput", "A document or record to attach.")
    {
        Field<NonNullGraphType<StringGraphType>>("title").Description("What the document is.");
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The sort of document: report, photo, minutes, survey...");
        Field<StringGraphType>("url").Description("Where it is kept, as an absolute http(s) URL.");
    }
}

/// <summary>GraphQL <c>ReviewDecision</c>.</summary>
public sealed class ReviewDecisionType() : DescribedEnumType<ReviewDecision>(
    "ReviewDecision",
    "The district's decisions on an application.",
    (ReviewDecision.BeginReview, "Begin the review of a submitted application."),
    (ReviewDecision.Award, "Grant the district-level title (district-level campaigns); published with the campaign's results."),
    (ReviewDecision.Return, "Return for revision; give reasons and a deadline."),
    (ReviewDecision.Reject, "Reject (district-level campaigns); give reasons."));

/// <summary>GraphQL <c>ReviewApplicationInput</c>.</summary>
public sealed class ReviewApplicationInputType : ApplicationChangeInputType<ReviewApplicationInput>
{
    /// <summary>Defines the fields.</summary>
    public ReviewApplicationInputType()
        : base("ReviewApplicationInput", "The district's decision on an application.")
    {
        Field<NonNullGraphType<ReviewDecisionType>>("decision").Description("The decision.");
        Field<StringGraphType>("reasons").Description("Reasons; required to return or reject.");
        Field<CalendarDateGraphType>("revisionDeadline").Description("The deadline to resubmit; required to return.");
        Field<FloatGraphType>("score").Description("The district's score, when awarding; it must reach the district-level pass mark.");
    }
}

/// <summary>GraphQL <c>RecommendApplicationInput</c>.</summary>
public sealed class RecommendApplicationInputType : ApplicationChangeInputType<RecommendApplicationInput>
{
    /// <summary>Defines the fields.</summary>
    public RecommendApplicationInputType()
        : base("RecommendApplicationInput", "The district's recommendation of a city-level application.")
    {
        Field<NonNullGraphType<BooleanGraphType>>("recommend").Description("True to recommend to the city, false to decline.");
        Field<NonNullGraphType<StringGraphType>>("reasons").Description("The reasons.");
    }
}

/// <summary>GraphQL <c>CreateApplicationError</c>.</summary>
public sealed class CreateApplicationErrorType() : ErrorUnionType("CreateApplicationError", typeof(DeadlinePassedErrorType), typeof(NotEligibleErrorType), typeof(DuplicateErrorType));

/// <summary>GraphQL <c>CreateApplicationPayload</c>.</summary>
public sealed class CreateApplicationPayloadType() : ApplicationPayloadType<CreateApplicationErrorType>("CreateApplicationPayload", "The new draft application.");

/// <summary>GraphQL <c>UpdateSelfAssessmentError</c>.</summary>
public sealed class UpdateSelfAssessmentErrorType() : ErrorUnionType("UpdateSelfAssessmentError", typeof(ScoreOutOfRangeErrorType));

/// <summary>GraphQL <c>UpdateSelfAssessmentPayload</c>.</summary>
public sealed class UpdateSelfAssessmentPayloadType() : ApplicationPayloadType<UpdateSelfAssessmentErrorType>("UpdateSelfAssessmentPayload", "The application as it now stands.");

/// <summary>GraphQL <c>AttachEvidenceError</c>.</summary>
public sealed class AttachEvidenceErrorType() : ErrorUnionType("AttachEvidenceError");

/// <summary>GraphQL <c>AttachEvidencePayload</c>.</summary>
public sealed class AttachEvidencePayloadType() : ApplicationPayloadType<AttachEvidenceErrorType>("AttachEvidencePayload", "The application as it now stands.");

/// <summary>GraphQL <c>SubmitApplicationError</c>.</summary>
public sealed class SubmitApplicationErrorType() : ErrorUnionType("SubmitApplicationError", typeof(GateFailedErrorType), typeof(DeadlinePassedErrorType));

/// <summary>GraphQL <c>SubmitApplicationPayload</c>.</summary>
public sealed class SubmitApplicationPayloadType() : ApplicationPayloadType<SubmitApplicationErrorType>("SubmitApplicationPayload", "The application as it now stands (Rejected after a gate veto).");

/// <summary>GraphQL <c>ReviewApplicationError</c>.</summary>
public sealed class ReviewApplicationErrorType() : ErrorUnionType("ReviewApplicationError", typeof(ScoreOutOfRangeErrorType), typeof(BelowPassMarkErrorType), typeof(DuplicateErrorType));

/// <summary>GraphQL <c>ReviewApplicationPayload</c>.</summary>
public sealed class ReviewApplicationPayloadType() : ApplicationPayloadType<ReviewApplicationErrorType>("ReviewApplicationPayload", "The application as it now stands.");

/// <summary>GraphQL <c>RecommendApplicationError</c>.</summary>
public sealed class RecommendApplicationErrorType() : ErrorUnionType("RecommendApplicationError");

/// <summary>GraphQL <c>RecommendApplicationPayload</c>.</summary>
public sealed class RecommendApplicationPayloadType() : ApplicationPayloadType<RecommendApplicationErrorType>("RecommendApplicationPayload", "The application as it now stands.");

/// <summary>
/// A payload carrying an application: returned only to a caller who may read it through the query path
/// (<see cref="ApplicationQueries.Visible"/>), so a payload never shows more than <c>application(id:)</c> would.
/// </summary>
/// <typeparam name="TErrorUnion">The mutation's error union.</typeparam>
public abstract class ApplicationPayloadType<TErrorUnion>(string name, string description) : PayloadType<ApplicationType, TErrorUnion, Application>(name, "application", description)
    where TErrorUnion : UnionGraphType
{
    /// <inheritdoc />
    protected override async Task<bool> CanReadAsync(IResolveFieldContext context, Application value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        return ActorClaims.From(context.User) is { } actor
            && await ApplicationQueries.Visible(context.Db(), actor).AnyAsync(a => a.Id == value.Id, context.CancellationToken);
    }
}
