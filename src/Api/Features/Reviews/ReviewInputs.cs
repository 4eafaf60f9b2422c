using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.GraphQL.Schema;

namespace GreenCommunity.Api.Features.Reviews;

/// <summary>Input of <c>decideCollectiveReview</c>.</summary>
public sealed class DecideCollectiveReviewInput
{
    public string Campaign { get; set; } = string.Empty;

    public DateOnly HeldOn { get; set; }

    public IReadOnlyList<CandidacyDecisionInput> Decisions { get; set; } = [];
}

/// <summary>One decision of the collective review.</summary>
public sealed class CandidacyDecisionInput : ApplicationVersionInput
{
    public bool Candidate { get; set; }

    public string Reasons { get; set; } = string.Empty;
}

public sealed class DecideCollectiveReviewInputType : InputObjectGraphType<DecideCollectiveReviewInput>
{
    public DecideCollectiveReviewInputType()
    {
        Name = "DecideCollectiveReviewInput";
        Description = "The collective review's decisions for a campaign.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The campaign's global ID.");
        Field<NonNullGraphType<CalendarDateGraphType>>("heldOn").Description("The day of the meeting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidacyDecisionInputType>>>>("decisions").Description("One decision per evaluated application (at most 500).");
    }
}

public sealed class CandidacyDecisionInputType : ApplicationChangeInputType<CandidacyDecisionInput>
{
    public CandidacyDecisionInputType()
        : base("CandidacyDecisionInput", "Whether an evaluated application goes on the candidate list.")
    {
        Field<NonNullGraphType<BooleanGraphType>>("candidate").Description("True to put the community on the candidate list; its panel score must reach the pass mark.");
        Field<NonNullGraphType<StringGraphType>>("reasons").Description("The reasons.");
    }
}
