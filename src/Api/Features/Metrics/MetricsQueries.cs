using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Metrics;

/// <summary>Root fields for programme metrics.</summary>
public static class MetricsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ProgrammeMetricsType>>("programmeMetrics")
            .Description("Funding, training and publicity, for a range of years (all years when none is given).")
            .Argument<IntGraphType>("fromYear", "First year included.")
            .Argument<IntGraphType>("toYear", "Last year included.")
            .ResolveAsync(async ctx =>
            {
                var from = ctx.GetArgument<int?>("fromYear");
                var to = ctx.GetArgument<int?>("toYear");
                if (from > to)
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "'fromYear' must not be after 'toYear'.");
                }

                var db = ctx.Db();
                var minYear = from ?? int.MinValue;
                var maxYear = to ?? int.MaxValue;
                var funding = await db.FundingRecords.Where(f => f.Year >= minYear && f.Year <= maxYear)
                    .OrderBy(f => f.Year).ThenBy(f => f.Source).ThenBy(f => f.Id).ToListAsync(ctx.CancellationToken);
                var training = await db.TrainingRecords.Where(t => t.Year >= minYear && t.Year <= maxYear)
                    .OrderBy(t => t.Year).ThenBy(t => t.Kind).ThenBy(t => t.Id).ToListAsync(ctx.CancellationToken);
                var publicity = await db.PublicityActivities.Where(p => p.Year >= minYear && p.Year <= maxYear)
                    .OrderBy(p => p.Year).ThenBy(p => p.Kind).ThenBy(p => p.Id).ToListAsync(ctx.CancellationToken);
                return new ProgrammeMetrics(from, to, funding, training, publicity);
            });
    }
}
