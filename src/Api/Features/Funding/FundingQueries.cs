using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Funding;

/// <summary>Root fields for funding, and the funding fields of Community and Statistics.</summary>
public static class FundingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<FundingAllocationConnectionType>>("fundingAllocations")
            .Description("Money allocated by the city, districts and streets, as published. Oldest year first, then largest amount, unless orderBy says otherwise. Read from the latest edition, or the one asOf names; cursors keep paging through the edition they came from.")
            .Paged()
            .Argument<FundingAllocationFilterType>("where", "Conditions every allocation returned meets.")
            .Argument<ListGraphType<NonNullGraphType<FundingAllocationOrderType>>>("orderBy", "Sort keys, most significant first.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, EditionScope.ArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var (edition, page) = await EditionScope.ResolveAsync(ctx, PageRequest.From(ctx));
                var allocations = Filter(ctx.Db(), ctx.Db().FundingAllocationsAsOf(edition), ctx.GetArgument<FundingAllocationFilter?>("where"));
                return await page.ExecuteAsync(Order(ctx.Db(), allocations, ctx.GetArgument<List<FundingAllocationOrder>?>("orderBy")), ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRuleType>>>>("fundingRules")
            .Description("The funding-by-category rule as data: which purposes each community category may be funded for, and any yearly cap. recordFundingAllocation refuses money to a community that breaks it (FUNDING_RULE_BROKEN).")
            .ResolveAsync(async ctx => await ctx.Db().FundingRules.OrderBy(r => r.Id).ToListAsync(ctx.CancellationToken));
    }

    /// <summary>Adds <c>Community.funding</c> and <c>Community.fundingCategory</c>.</summary>
    public static void AddToCommunity(ObjectGraphType<Community> community)
    {
        ArgumentNullException.ThrowIfNull(community);
        community.Field<FundingCategoryType>("fundingCategory")
            .Description("The community's category for funding (support by category); null until categorised.")
            .Resolve(ctx => ctx.Source.FundingCategory);
        community.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingAllocationType>>>>("funding")
            .Description("Money the community received, by year (published allocations), to read beside its indicator values and titles before and after.")
            .Argument<IntGraphType>("fromYear", "First year included; no lower bound when omitted.")
            .Argument<IntGraphType>("toYear", "Last year included; no upper bound when omitted.")
            .Resolve(ctx =>
            {
                var from = ctx.GetArgument<int?>("fromYear") ?? int.MinValue;
                var to = ctx.GetArgument<int?>("toYear") ?? int.MaxValue;
                return ctx.Service<FundingAllocationsByCommunityIdDataLoader>().Load(ctx.Source.Id)
                    .Then(list => list.Where(f => f.Year >= from && f.Year <= to).ToList());
            });
    }

    /// <summary>Adds <c>Statistics.fundingOutcomes</c> and <c>Statistics.fundingTotals</c>.</summary>
    public static void AddToStatistics<TSource>(ObjectGraphType<TSource> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        statistics.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingOutcomeType>>>>("fundingOutcomes")
            .Description($"Indicator changes of funded and unfunded communities, grouped; disclosure rules apply. For each year Y, a community with values in Y-1 and Y is funded when a published allocation gave it money in Y. Computed in the database (two grouped queries); a CATEGORY × DISTRICT × YEAR cell counts only when its funded and its unfunded communities each reach the minimum group size (OpenData:MinimumGroupSize), and every figure of every grouping sums counted cells only.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<FundingOutcomeDimensionType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .Argument<StringGraphType>("indicator", $"The indicator's code; {FundingOutcomes.DefaultIndicator} when omitted.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, "The values and money of this edition; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var code = ctx.GetArgument<string?>("indicator") ?? FundingOutcomes.DefaultIndicator;
                var indicator = await db.IndicatorDefinitions.FirstOrDefaultAsync(i => i.Code == code, ctx.CancellationToken)
                    ?? throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"There is no indicator '{code}'.");
                var reference = ctx.GetArgument<EditionRef?>(EditionScope.ArgumentName);
                var edition = reference is null ? await EditionScope.LatestAsync(db, ctx.CancellationToken) : await EditionScope.FindAsync(db, reference, ctx.CancellationToken);
                var cells = await FundingOutcomes.CellsAsync(db, edition, indicator.Id, ctx.CancellationToken);
                var groupBy = (ctx.GetArgument<List<FundingOutcomeDimension>>("groupBy") ?? []).ToHashSet();
                return FundingOutcomes.Aggregate(cells, groupBy, indicator, ctx.Service<OpenDataOptions>().MinimumGroupSize);
            });
        FundingTotals.AddTo(statistics);
    }

    /// <summary>Applies a filter to allocations.</summary>
    public static IQueryable<FundingAllocation> Filter(Infrastructure.Persistence.GreenCommunityDbContext db, IQueryable<FundingAllocation> allocations, FundingAllocationFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (filter is null)
        {
            return allocations;
        }

        allocations = allocations.Where(filter.Year, f => f.Year).Where(filter.PayerLevel, f => f.PayerLevel).Where(filter.Purpose, f => f.Purpose);
        if (filter.Payer is not null)
        {
            var payers = db.Organisations.Where(filter.Payer, o => o.Code).Select(o => o.Id);
            allocations = allocations.Where(f => f.PayerOrganisationId != null && payers.Contains(f.PayerOrganisationId.Value));
        }

        if (filter.District is not null)
        {
            var districts = db.Districts.Where(filter.District, d => d.Code).Select(d => d.Id);
            allocations = allocations.Where(f => districts.Contains(f.RecipientDistrictId));
        }

        if (filter.Community is not null)
        {
            var communities = db.Communities.Where(filter.Community, c => c.Code).Select(c => c.Id);
            allocations = allocations.Where(f => f.RecipientCommunityId != null && communities.Contains(f.RecipientCommunityId.Value));
        }

        if (filter.ToCommunity is { } toCommunity)
        {
            allocations = toCommunity ? allocations.Where(f => f.RecipientCommunityId != null) : allocations.Where(f => f.RecipientCommunityId == null);
        }

        return allocations;
    }

    private static IOrderedQueryable<FundingAllocation> Order(Infrastructure.Persistence.GreenCommunityDbContext db, IQueryable<FundingAllocation> allocations, List<FundingAllocationOrder>? orderBy)
    {
        var keys = orderBy is { Count: > 0 }
            ? OrderKeys.Check(orderBy, new FundingAllocationOrder())
            : [new FundingAllocationOrder { Field = FundingAllocationOrderField.Year }, new FundingAllocationOrder { Field = FundingAllocationOrderField.Amount, Direction = OrderDirection.Desc }];
        IOrderedQueryable<FundingAllocation>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Direction == OrderDirection.Desc;
            ordered = key.Field switch
            {
                FundingAllocationOrderField.Amount => ordered.ThenOrFirst(allocations, f => f.AmountYuan, descending),
                FundingAllocationOrderField.District => ordered.ThenOrFirst(allocations, f => db.Districts.Where(d => d.Id == f.RecipientDistrictId).Select(d => d.Code).FirstOrDefault(), descending),
                _ => ordered.ThenOrFirst(allocations, f => f.Year, descending),
            };
        }

        return ordered!.ThenBy(f => f.Id);
    }
}
