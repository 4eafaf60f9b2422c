using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Plans;

/// <summary>Root field <c>plans</c>.</summary>
public static class PlanQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnualPlanType>>>>("plans")
            .Description("Annual plans: targets per level and the task communities, with results computed in the database. Published plans only; by year, the city's plan first, then by district code.")
            .Argument<IntGraphType>("year", "Only this year's plans.")
            .Argument<StringGraphType>("district", "Only the plans of the district with this code (the city's own plan has none).")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var edition = await EditionScope.LatestAsync(db, ctx.CancellationToken);
                var plans = db.PlansAsOf(edition).Include(p => p.TaskCommunities).AsQueryable();
                if (ctx.GetArgument<int?>("year") is { } year)
                {
                    plans = plans.Where(p => p.Year == year);
                }

                if (ctx.GetArgument<string?>("district") is { } district)
                {
                    plans = plans.Where(p => p.DistrictId != null && db.Districts.Any(d => d.Id == p.DistrictId && d.Code == district));
                }

                return await plans.OrderBy(p => p.Year).ThenBy(p => p.DistrictId != null).ThenBy(p => db.Districts.Where(d => d.Id == p.DistrictId).Select(d => d.Code).FirstOrDefault()).ThenBy(p => p.Id)
                    .ToListAsync(ctx.CancellationToken);
            });
    }
}
