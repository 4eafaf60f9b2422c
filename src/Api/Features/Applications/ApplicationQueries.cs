using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Applications;

/// <summary>Root fields for signed-in callers: their applications, queues, assignments and progress boards.</summary>
public static class ApplicationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ViewerType>("viewer")
            .Description("Who you are signed in as, and what you may act on; null when not signed in.")
            .Resolve(ctx => ActorClaims.From(ctx.User));
        query.Field<NonNullGraphType<ApplicationConnectionType>>("applications")
            .Description("Applications you may see, newest first: the city sees all; a reviewer, their districts'; an applicant, their community's; an evaluator, their panels'.")
            .Authorize()
            .Paged()
            .Argument<ApplicationFilterType>("where", "Conditions every application returned meets.")
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<ApplicationFilter?>("where");
                var applications = Filter(Visible(ctx.Db(), ActorClaims.From(ctx.User)!), filter);
                return await PageRequest.From(ctx).ExecuteAsync(applications.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id), ctx.CancellationToken);
            });
        query.Field<ApplicationType>("application")
            .Description("One application by global ID; null when it does not exist or you may not see it.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id", "The application's global ID.")
            .ResolveAsync(async ctx =>
            {
                var id = GlobalId.DecodeOf(ApplicationType.TypeName, ctx.GetArgument<string>("id"));
                return await Visible(ctx.Db(), ActorClaims.From(ctx.User)!).FirstOrDefaultAsync(a => a.Id == id, ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ApplicationConnectionType>>("districtQueue")
            .Description("Applications waiting for your district's review (submitted or under review), oldest first.")
            .AuthorizeWithRoles(nameof(Role.DistrictReviewer))
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var districts = ActorClaims.From(ctx.User)!.Districts.ToList();
                var queue = ctx.Db().Applications
                    .Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.UnderDistrictReview)
                    .Where(a => districts.Contains(a.Community!.Street!.District!.Code));
                return await PageRequest.From(ctx).ExecuteAsync(queue.OrderBy(a => a.Id), ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ApplicationConnectionType>>("panelAssignments")
            .Description("Applications assigned to the panels you sit on, oldest first.")
            .AuthorizeWithRoles(nameof(Role.Evaluator))
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var subject = ActorClaims.From(ctx.User)!.Subject;
                var db = ctx.Db();
                var assigned = db.Applications.Where(a => db.Evaluations.Any(e => e.ApplicationId == a.Id && db.PanelMembers.Any(m => m.PanelId == e.PanelId && m.Subject == subject)));
                return await PageRequest.From(ctx).ExecuteAsync(assigned.OrderBy(a => a.Id), ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("campaignProgress")
            .Description("A campaign's progress board: how many applications stand in each state.")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<IdGraphType>>("campaign", "The campaign's global ID.")
            .ResolveAsync(async ctx =>
            {
                var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, ctx.GetArgument<string>("campaign"));
                var counts = await ctx.Db().Applications.Where(a => a.CampaignId == campaignId)
                    .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() })
                    .ToListAsync(ctx.CancellationToken);
                return counts.Select(c => new StatusCount(c.Status, c.Count)).OrderBy(c => c.Status).ToList();
            });
    }

    /// <summary>The applications <paramref name="actor"/> may read (see <see cref="AccessRules.CanRead"/>), as a query.</summary>
    public static IQueryable<Application> Visible(GreenCommunityDbContext db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Is(Role.CityAdmin))
        {
            return db.Applications;
        }

        var communities = actor.Is(Role.CommunityApplicant) ? actor.Communities.ToList() : [];
        var districts = actor.Is(Role.DistrictReviewer) ? actor.Districts.ToList() : [];
        var subject = actor.Is(Role.Evaluator) ? actor.Subject : null;
        return db.Applications.Where(a =>
            communities.Contains(a.Community!.Code)
            || districts.Contains(a.Community!.Street!.District!.Code)
            || (subject != null && db.Evaluations.Any(e => e.ApplicationId == a.Id && db.PanelMembers.Any(m => m.PanelId == e.PanelId && m.Subject == subject))));
    }

    private static IQueryable<Application> Filter(IQueryable<Application> applications, ApplicationFilter? filter)
    {
        if (filter is null)
        {
            return applications;
        }

        applications = applications
            .Where(filter.Status, a => a.Status)
            .Where(filter.Community, a => a.Community!.Code)
            .Where(filter.District, a => a.Community!.Street!.District!.Code);
        if (filter.Campaign is { } campaign)
        {
            var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, campaign);
            applications = applications.Where(a => a.CampaignId == campaignId);
        }

        return applications;
    }
}
