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
        Description = "Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query. "
            + "Every `next` message carries its event's ID in `extensions.eventId`; after a reconnect, pass the last one you received as `after` to get what you missed.";
        Field<NonNullGraphType<ApplicationStatusChangeType>>("applicationStatusChanged")
            .Description("Each move of an application you may see from one state to another; of one application when given.")
            .Authorize()
            .Argument<IdGraphType>("application", "Only this application's moves.")
            .Argument<StringGraphType>(EventReplay.Argument, EventReplay.ArgumentDescription)
            .ResolveStreamAsync(ctx =>
            {
                var actor = ActorClaims.From(ctx.User)!;
                var only = ctx.GetArgument<string?>("application") is { } id ? GlobalId.DecodeOf(ApplicationType.TypeName, id) : (int?)null;
                return EventReplay.StreamAsync(ctx, ctx.Service<ProgrammeEventBus>().StatusChanges, e =>
                    (only is null || e.ApplicationId == only) && AccessRules.CanRead(actor, e.CommunityCode, e.DistrictCode, e.PanelMembers));
            })
            .Resolve(EventReplay.Deliver<ApplicationStatusChange>);
        Field<NonNullGraphType<EvaluationProgressType>>("evaluationProgress")
            .Description("A panel's progress on one application you may see: each step recorded, then the completed score.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("application", "The application.")
            .Argument<StringGraphType>(EventReplay.Argument, EventReplay.ArgumentDescription)
            .ResolveStreamAsync(ctx =>
            {
                var actor = ActorClaims.From(ctx.User)!;
                var id = GlobalId.DecodeOf(ApplicationType.TypeName, ctx.GetArgument<string>("application"));
                return EventReplay.StreamAsync(ctx, ctx.Service<ProgrammeEventBus>().EvaluationProgress, e =>
                    e.ApplicationId == id && AccessRules.CanRead(actor, e.CommunityCode, e.DistrictCode, e.PanelMembers));
            })
            .Resolve(EventReplay.Deliver<EvaluationProgress>);
        Field<NonNullGraphType<PublicityNoticeType>>("publicityNoticeOpened")
            .Description("Each publicity notice as it opens: the candidates and the objection deadline. Public.")
            .Argument<StringGraphType>(EventReplay.Argument, EventReplay.ArgumentDescription)
            .ResolveStreamAsync(ctx => EventReplay.StreamAsync(ctx, ctx.Service<ProgrammeEventBus>().NoticesOpened, _ => true))
            .Resolve(ctx => ctx.Service<PublicityNoticeByIdDataLoader>().Load(EventReplay.Deliver<PublicityNoticeOpened>(ctx).PublicityNoticeId));
        Field<NonNullGraphType<EditionType>>("resultsPublished")
            .Description("Each new edition of the published data as it is published: awards published or revoked, indicator data released or corrected. Public.")
            .Argument<StringGraphType>(EventReplay.Argument, EventReplay.ArgumentDescription)
            .ResolveStreamAsync(ctx => EventReplay.StreamAsync(ctx, ctx.Service<ProgrammeEventBus>().ResultsPublished, _ => true))
            .ResolveAsync(async ctx =>
            {
                var number = EventReplay.Deliver<ResultsPublished>(ctx).EditionNumber;
                return await ctx.Service<GreenCommunityDbContext>().Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == number, ctx.CancellationToken);
            });
    }
}
