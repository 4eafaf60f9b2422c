using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Reviews;

namespace GreenCommunity.Api.Features.Reviews;

public sealed class CollectiveReviewType : ObjectGraphType<CollectiveReview>
{
    public CollectiveReviewType()
    {
        Name = "CollectiveReview";
        Description = "The campaign-wide meeting at which the candidate list is fixed.";
        this.AuthorizeWithRoles(nameof(Role.CityAdmin));
        Field<NonNullGraphType<CalendarDateGraphType>>("heldOn").Description("The day of the meeting.").Resolve(ctx => ctx.Source.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidacyDecisionType>>>>("decisions").Description("The decisions taken.").Resolve(ctx => ctx.Source.Decisions);
    }
}

public sealed class CandidacyDecisionType : ObjectGraphType<CollectiveReviewDecision>
{
    public CandidacyDecisionType()
    {
        Name = "CandidacyDecision";
        Description = "The collective review's decision on one application.";
        Field<NonNullGraphType<ApplicationType>>("application").Description("The application decided on.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field(d => d.Candidate).Description("True when the community is on the candidate list.");
        Field(d => d.Reasons);
    }
}
