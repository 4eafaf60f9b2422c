using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Live;

/// <summary>The root subscription: live events over WebSocket (graphql-transport-ws).</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    /// <summary>Defines the subscriptions.</summary>
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query.";
        Field<NonNullGraphType<ApplicationStatusChangeType>>("applicationStatusChanged")
            .Description("Each move of an application you may see from one state to another; of one application when given.")
            .Authorize()
            .Argument<IdGraphType>("application", "Only this application's moves.")
            .ResolveStream(ctx =>
            {
                var actor = ActorClaims.From(ctx.User)!;
                var only = ctx.GetArgument<string?>("application") is { } id ? GlobalId.DecodeOf(ApplicationType.TypeName, id) : (int?)null;
                return ctx.Service<ProgrammeEventBus>().StatusChanges.Where(e =>
                    (only is null || e.ApplicationId == only) && AccessRules.CanRead(actor, e.CommunityCode, e.DistrictCode, e.PanelMembers));
            });
        Field<NonNullGraphType<EvaluationProgressType>>("evaluationProgress")
            .Description("A panel's progress on one application you may see: each step recorded, then the completed score.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("application", "The application.")
            .ResolveStream(ctx =>
            {
                var actor = ActorClaims.From(ctx.User)!;
                var id = GlobalId.DecodeOf(ApplicationType.TypeName, ctx.GetArgument<string>("application"));
                return ctx.Service<ProgrammeEventBus>().EvaluationProgress.Where(e =>
                    e.ApplicationId == id && AccessRules.CanRead(actor, e.CommunityCode, e.DistrictCode, e.PanelMembers));
            });
        Field<NonNullGraphType<PublicityNoticeType>>("publicityNoticeOpened")
            .Description("Each publicity notice as it opens: the candidates and the objection deadline. Public.")
            .ResolveStream(ctx => ctx.Service<ProgrammeEventBus>().NoticesOpened)
            .Resolve(ctx => ctx.Service<PublicityNoticeByIdDataLoader>().Load(((PublicityNoticeOpened)ctx.Source!).PublicityNoticeId));
        Field<NonNullGraphType<EditionType>>("resultsPublished")
            .Description("Each new edition of the published data as it is published: awards published or revoked, indicator data released or corrected. Public.")
            .ResolveStream(ctx => ctx.Service<ProgrammeEventBus>().ResultsPublished)
            .ResolveAsync(async ctx =>
            {
                var number = ((ResultsPublished)ctx.Source!).EditionNumber;
                return await ctx.Service<GreenCommunityDbContext>().Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == number, ctx.CancellationToken);
            });
    }
}

/// <summary>GraphQL <c>ApplicationStatusChange</c>.</summary>
public sealed class ApplicationStatusChangeType : ObjectGraphType<ApplicationStatusChange>
{
    /// <summary>Defines the fields.</summary>
    public ApplicationStatusChangeType()
    {
        Name = "ApplicationStatusChange";
        Description = "An application moved from one state to another.";
        Field<NonNullGraphType<ApplicationType>>("application").Description("The application, as it stands now.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field<ApplicationStatusType>("from").Description("The state before; null for a new application.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<ApplicationStatusType>>("to").Description("The state after.").Resolve(ctx => ctx.Source.To);
        Field(e => e.By).Description("Who moved it (their sign-in subject).");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(ctx => ctx.Source.At);
    }
}

/// <summary>GraphQL <c>EvaluationProgress</c>.</summary>
public sealed class EvaluationProgressType : ObjectGraphType<EvaluationProgress>
{
    /// <summary>Defines the fields.</summary>
    public EvaluationProgressType()
    {
        Name = "EvaluationProgress";
        Description = "A panel's progress on an application's on-site evaluation.";
        Field<NonNullGraphType<ApplicationType>>("application").Description("The application evaluated.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field<EvaluationStepType>("step").Description("The last step recorded.").Resolve(ctx => ctx.Source.Step);
        Field<FloatGraphType>("panelScore").Description("The panel score, once the evaluation is complete.").Resolve(ctx => ctx.Source.PanelScore is { } s ? (double)s : null);
        Field<NonNullGraphType<BooleanGraphType>>("completed").Description("True once the evaluation is complete.").Resolve(ctx => ctx.Source.PanelScore is not null);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(ctx => ctx.Source.At);
    }
}
