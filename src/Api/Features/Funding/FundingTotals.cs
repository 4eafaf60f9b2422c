using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Funding;

/// <summary>The dimensions <c>fundingTotals</c> groups allocations by.</summary>
public enum FundingTotalDimension
{
    /// <summary>The year of the money.</summary>
    Year,

    /// <summary>Which tier paid: the city, a district or a street.</summary>
    PayerLevel,

    /// <summary>The district that received the money (directly, or through one of its streets or communities).</summary>
    District,

    /// <summary>What the money pays for.</summary>
    Purpose,
}

/// <summary>Published allocations of one group: how many and how much.</summary>
/// <param name="Year">YEAR, when grouped by it.</param>
/// <param name="PayerLevel">PAYER_LEVEL, when grouped by it.</param>
/// <param name="DistrictId">DISTRICT, when grouped by it.</param>
/// <param name="Purpose">PURPOSE, when grouped by it.</param>
/// <param name="Allocations">The allocations in the group.</param>
/// <param name="AmountYuan">Their sum, in yuan.</param>
public sealed record FundingAllocationTotal(int? Year, PayerLevel? PayerLevel, int? DistrictId, FundingPurpose? Purpose, int Allocations, double AmountYuan);

/// <summary><c>Statistics.fundingTotals</c>: the money of published allocations, summed in the database.</summary>
public static class FundingTotals
{
    /// <summary>Adds the field.</summary>
    public static void AddTo<TSource>(ObjectGraphType<TSource> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        statistics.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingAllocationTotalType>>>>("fundingTotals")
            .Description("The money of published funding allocations, summed in the database by YEAR, PAYER_LEVEL, DISTRICT (the receiving district) and/or PURPOSE, ordered by the group's values: the report's \"1,000,000 yuan in 2001, 2,900,000 in 2002\" as a sum over allocation records.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<FundingTotalDimensionType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .Argument<FundingAllocationFilterType>("where", "Conditions on the allocations summed.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, "The allocations of this edition; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var reference = ctx.GetArgument<EditionRef?>(EditionScope.ArgumentName);
                var edition = reference is null ? await EditionScope.LatestAsync(db, ctx.CancellationToken) : await EditionScope.FindAsync(db, reference, ctx.CancellationToken);
                var allocations = FundingQueries.Filter(db, db.FundingAllocationsAsOf(edition), ctx.GetArgument<FundingAllocationFilter?>("where"));

                // One grouped statement over the finest grouping (a few rows per year), then folded to the one asked for.
                var rows = await allocations.GroupBy(f => new { f.Year, f.PayerLevel, f.RecipientDistrictId, f.Purpose })
                    .Select(g => new { g.Key.Year, g.Key.PayerLevel, g.Key.RecipientDistrictId, g.Key.Purpose, Count = g.Count(), Amount = g.Sum(f => (double)f.AmountYuan) })
                    .ToListAsync(ctx.CancellationToken);
                var by = (ctx.GetArgument<List<FundingTotalDimension>>("groupBy") ?? []).ToHashSet();
                return rows.GroupBy(r => (
                        Year: by.Contains(FundingTotalDimension.Year) ? r.Year : (int?)null,
                        Payer: by.Contains(FundingTotalDimension.PayerLevel) ? r.PayerLevel : (PayerLevel?)null,
                        District: by.Contains(FundingTotalDimension.District) ? r.RecipientDistrictId : (int?)null,
                        Purpose: by.Contains(FundingTotalDimension.Purpose) ? r.Purpose : (FundingPurpose?)null))
                    .Select(g => new FundingAllocationTotal(g.Key.Year, g.Key.Payer, g.Key.District, g.Key.Purpose, g.Sum(r => r.Count), g.Sum(r => r.Amount)))
                    .OrderBy(t => t.Year).ThenBy(t => t.PayerLevel).ThenBy(t => t.DistrictId).ThenBy(t => t.Purpose)
                    .ToList();
            });
    }
}

public sealed class FundingTotalDimensionType : EnumerationGraphType<FundingTotalDimension>
{
    public FundingTotalDimensionType()
    {
        Name = "FundingTotalDimension";
        Description = "A dimension fundingTotals groups allocations by.";
    }
}

public sealed class FundingAllocationTotalType : ObjectGraphType<FundingAllocationTotal>
{
    public FundingAllocationTotalType()
    {
        Name = "FundingAllocationTotal";
        Description = "Published funding allocations of one group: how many and how much. A dimension not grouped by is null.";
        Field(t => t.Year, nullable: true);
        Field<PayerLevelType>("payerLevel").Description("PAYER_LEVEL, when grouped by it.").Resolve(ctx => ctx.Source.PayerLevel);
        Field<DistrictType>("district").Description("DISTRICT (the receiving district), when grouped by it.")
            .Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<FundingPurposeType>("purpose").Description("PURPOSE, when grouped by it.").Resolve(ctx => ctx.Source.Purpose);
        Field(t => t.Allocations);
        Field(t => t.AmountYuan);
    }
}
