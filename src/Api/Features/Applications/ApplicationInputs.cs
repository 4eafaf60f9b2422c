using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Applications;

namespace GreenCommunity.Api.Features.Applications;

public sealed class CreateApplicationInputType : InputObjectGraphType<CreateApplicationInput>
{
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
    protected ApplicationChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("application").Description("The application's global ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The application's version as you read it; a stale version is refused with CONFLICT.");
    }
}

public sealed class SubmitApplicationInputType() : ApplicationChangeInputType<ApplicationVersionInput>("SubmitApplicationInput", "The application to submit and the version you read.");

public sealed class UpdateSelfAssessmentInputType : ApplicationChangeInputType<UpdateSelfAssessmentInput>
{
    public UpdateSelfAssessmentInputType()
        : base("UpdateSelfAssessmentInput", "Your self-assessment and the gate facts; omitted values stay as they are.")
    {
        Field<FloatGraphType>("selfAssessedScore").Description("Your score against the scheme, within 0..its maximum.");
        Field<GateFactsInputType>("gateFacts").Description("The facts the gates are judged on.");
    }
}

public sealed class GateFactsInputType : InputObjectGraphType<GateFactsInput>
{
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

public sealed class AttachEvidenceInputType : ApplicationChangeInputType<AttachEvidenceInput>
{
    public AttachEvidenceInputType()
        : base("AttachEvidenceInput", "A document or record to attach.")
    {
        Field<NonNullGraphType<StringGraphType>>("title").Description("What the document is.");
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The sort of document: report, photo, minutes, survey...");
        Field<StringGraphType>("url").Description("Where it is kept, as an absolute http(s) URL.");
    }
}

public sealed class WithdrawEvidenceInputType : ApplicationChangeInputType<WithdrawEvidenceInput>
{
    public WithdrawEvidenceInputType()
        : base("WithdrawEvidenceInput", "The evidence to withdraw, and why.")
    {
        Field<NonNullGraphType<IdGraphType>>("evidence").Description("The evidence's ID (Evidence.id).");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it is withdrawn; kept in the trail.");
    }
}

public sealed class ReviewDecisionType() : DescribedEnumType<ReviewDecision>(
    "ReviewDecision",
    "The district's decisions on an application.",
    (ReviewDecision.BeginReview, "Begin the review of a submitted application."),
    (ReviewDecision.Award, "Grant the district-level title (district-level campaigns); published with the campaign's results."),
    (ReviewDecision.Return, "Return for revision; give reasons and a deadline."),
    (ReviewDecision.Reject, "Reject (district-level campaigns); give reasons."));

public sealed class ReviewApplicationInputType : ApplicationChangeInputType<ReviewApplicationInput>
{
    public ReviewApplicationInputType()
        : base("ReviewApplicationInput", "The district's decision on an application.")
    {
        Field<NonNullGraphType<ReviewDecisionType>>("decision").Description("The decision.");
        Field<StringGraphType>("reasons").Description("Reasons; required to return or reject.");
        Field<CalendarDateGraphType>("revisionDeadline").Description("The deadline to resubmit; required to return.");
        Field<FloatGraphType>("score").Description("The district's score, when awarding; it must reach the district-level pass mark.");
    }
}

public sealed class RecommendApplicationInputType : ApplicationChangeInputType<RecommendApplicationInput>
{
    public RecommendApplicationInputType()
        : base("RecommendApplicationInput", "The district's recommendation of a city-level application.")
    {
        Field<NonNullGraphType<BooleanGraphType>>("recommend").Description("True to recommend to the city, false to decline.");
        Field<NonNullGraphType<StringGraphType>>("reasons").Description("The reasons.");
    }
}

/// <summary>Input of <c>createApplication</c>.</summary>
public sealed class CreateApplicationInput
{
    public string Campaign { get; set; } = string.Empty;

    public string Community { get; set; } = string.Empty;
}

/// <summary>An application and the version the caller read.</summary>
public class ApplicationVersionInput
{
    public string Application { get; set; } = string.Empty;

    public int Version { get; set; }
}

/// <summary>Input of <c>updateSelfAssessment</c>.</summary>
public sealed class UpdateSelfAssessmentInput : ApplicationVersionInput
{
    public double? SelfAssessedScore { get; set; }

    public GateFactsInput? GateFacts { get; set; }
}

/// <summary>The gate facts as input.</summary>
public sealed class GateFactsInput
{
    public double OccupancyRate { get; set; }

    public int PenaltyCases { get; set; }

    public int ComplaintsReceived { get; set; }

    public int ComplaintsAnsweredInTime { get; set; }

    public string? Source { get; set; }
}

/// <summary>Input of <c>attachEvidence</c>.</summary>
public sealed class AttachEvidenceInput : ApplicationVersionInput
{
    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Url { get; set; }
}

/// <summary>Input of <c>withdrawEvidence</c>.</summary>
public sealed class WithdrawEvidenceInput : ApplicationVersionInput
{
    public string Evidence { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

/// <summary>The district's decisions on an application.</summary>
public enum ReviewDecision
{
    /// <summary>Begin the review.</summary>
    BeginReview,

    /// <summary>Grant the district-level title (district-level campaigns).</summary>
    Award,

    /// <summary>Return for revision before a deadline.</summary>
    Return,

    /// <summary>Reject (district-level campaigns).</summary>
    Reject,
}

/// <summary>Input of <c>reviewApplication</c>.</summary>
public sealed class ReviewApplicationInput : ApplicationVersionInput
{
    public ReviewDecision Decision { get; set; }

    public string? Reasons { get; set; }

    public DateOnly? RevisionDeadline { get; set; }

    public double? Score { get; set; }
}

/// <summary>Input of <c>recommendApplication</c>.</summary>
public sealed class RecommendApplicationInput : ApplicationVersionInput
{
    public bool Recommend { get; set; }

    public string Reasons { get; set; } = string.Empty;
}

/// <summary>Conditions on applications.</summary>
public sealed class ApplicationFilter
{
    /// <summary>The campaign's global ID.</summary>
    public string? Campaign { get; set; }

    /// <summary>The status.</summary>
    public EnumFilter<ApplicationStatus>? Status { get; set; }

    /// <summary>The community's code.</summary>
    public StringFilter? Community { get; set; }

    /// <summary>The community's current district code.</summary>
    public StringFilter? District { get; set; }
}

public sealed class ApplicationFilterType : InputObjectGraphType<ApplicationFilter>
{
    public ApplicationFilterType()
    {
        Name = "ApplicationFilter";
        Description = "Conditions on applications; every condition given must hold.";
        Field<IdGraphType>("campaign").Description("The campaign's global ID.");
        Field<ApplicationStatusFilterType>("status").Description("The status, e.g. { in: [SUBMITTED, UNDER_DISTRICT_REVIEW] }.");
        Field<StringFilterType>("community").Description("The community's code.");
        Field<StringFilterType>("district").Description("The community's current district code.");
    }
}

public sealed class ApplicationStatusFilterType : EnumFilterType<ApplicationStatusType, ApplicationStatus>;
