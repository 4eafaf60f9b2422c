using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>Root fields for publicity notices.</summary>
public static class PublicityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<PublicityNoticeConnectionType>>("publicityNotices")
            .Description("Published publicity notices, newest first; activeOnly keeps those still open to objection.")
            .Argument<BooleanGraphType>("activeOnly", "Only notices whose objection period includes today.", a => a.DefaultValue = false)
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var now = ctx.UtcNow();
                var today = DateOnly.FromDateTime(now);
                var notices = ctx.Db().PublishedNotices(now);
                if (ctx.GetArgument("activeOnly", false))
                {
                    notices = notices.Where(n => n.OpenedOn <= today && today <= n.ObjectionDeadline);
                }

                return await page.ExecuteAsync(notices.OrderByDescending(n => n.OpenedOn).ThenByDescending(n => n.Id), ctx.CancellationToken);
            });
    }
}

/// <summary>Root fields for the city's view of objections.</summary>
public static class ObjectionQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectionType>>>>("objections")
            .Description("The objections to a publicity notice, oldest first (city administrators only).")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<IdGraphType>>("notice", "The publicity notice's global ID.")
            .ResolveAsync(async ctx =>
            {
                var noticeId = GlobalId.DecodeOf(PublicityNoticeType.TypeName, ctx.GetArgument<string>("notice"));
                return await ctx.Db().Objections.Where(o => o.PublicityNoticeId == noticeId).OrderBy(o => o.Id).ToListAsync(ctx.CancellationToken);
            });
    }
}
