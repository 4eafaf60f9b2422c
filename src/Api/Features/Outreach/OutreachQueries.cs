using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Outreach;

/// <summary>The dimensions outreach can be grouped by.</summary>
public enum OutreachGroupKey
{
    /// <summary>The kind of outreach.</summary>
    Kind,

    /// <summary>Individual items or reported totals.</summary>
    Basis,

    /// <summary>The channel.</summary>
    Channel,

    /// <summary>The district the item belongs to.</summary>
    District,

    /// <summary>The year.</summary>
    Year,
}

public sealed class OutreachGroupKeyType() : DescribedEnumType<OutreachGroupKey>(
    "OutreachGroupKey",
    "A dimension to group outreach by.",
    (OutreachGroupKey.Kind, "The kind of outreach."),
    (OutreachGroupKey.Basis, "Individual items or reported totals; group by it unless you mean to add the two."),
    (OutreachGroupKey.Channel, "The channel."),
    (OutreachGroupKey.District, "The district the item belongs to (city-wide items have none)."),
    (OutreachGroupKey.Year, "The year."));

/// <summary>Root field <c>outreach</c> and the statistic <c>outreachTotals</c>.</summary>
public static class OutreachQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<OutreachItemConnectionType>>("outreach")
            .Description("Publicity materials, media coverage and publicity-notice announcements, and the totals the city reported without the individual items. Published records for everyone; signed-in city administrators and district reviewers also see the drafts in their scope. By year, day and ID.")
            .Paged()
            .Argument<OutreachFilterType>("where", "Conditions every item returned meets.")
            .ResolveAsync(async ctx =>
            {
                var items = Filter(await ProgrammeRecordAccess.VisibleAsync(ctx, db => db.OutreachItems), ctx.GetArgument<OutreachFilter?>("where"));
                return await PageRequest.From(ctx).ExecuteAsync(items.OrderBy(o => o.Year).ThenBy(o => o.IssuedOn).ThenBy(o => o.Id), ctx.CancellationToken);
            });
    }

    /// <summary>Adds <c>outreachTotals</c> to the statistics type.</summary>
    public static void AddStatisticsTo<TSource>(ObjectGraphType<TSource> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        statistics.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutreachTotalType>>>>("outreachTotals")
            .Description("Quantities of published outreach items (copies, boards, reports), summed in the database, by the dimensions asked for. Reported totals (basis REPORTED_TOTAL: the report's \"40,000 posters\") and sums of individual items are different measures of the same work: group by BASIS to see them side by side rather than added.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Argument<OutreachKindFilterType>("kind", "Only these kinds.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<OutreachGroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .ResolveAsync(async ctx =>
            {
                var keys = ctx.GetArgument<List<OutreachGroupKey>>("groupBy") ?? [];
                if (keys.Count != keys.Distinct().Count())
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Name each dimension of 'groupBy' once.");
                }

                var year = ctx.GetArgument<int?>("year");
                var items = ctx.Db().OutreachItems.Where(o => o.PublishedInEdition != null).Where(ctx.GetArgument<EnumFilter<OutreachKind>?>("kind"), o => o.Kind);
                if (year is { } y)
                {
                    items = items.Where(o => o.Year == y);
                }

                var rows = await items.GroupBy(o => new { o.Kind, o.Basis, o.Channel, o.DistrictId, o.Year })
                    .Select(g => new
                    {
                        g.Key.Kind,
                        g.Key.Basis,
                        g.Key.Channel,
                        g.Key.DistrictId,
                        g.Key.Year,
                        Records = g.Count(),
                        Quantity = g.Sum(o => o.Quantity ?? 0),
                        Minimum = g.Max(o => o.QuantityIsMinimum ? 1 : 0),
                        Unreported = g.Sum(o => o.Quantity == null ? 1 : 0),
                    })
                    .ToListAsync(ctx.CancellationToken);
                bool By(OutreachGroupKey key) => keys.Contains(key);
                return rows.GroupBy(r => (
                        Kind: By(OutreachGroupKey.Kind) ? r.Kind : (OutreachKind?)null,
                        Basis: By(OutreachGroupKey.Basis) ? r.Basis : (RecordBasis?)null,
                        Channel: By(OutreachGroupKey.Channel) ? r.Channel : (OutreachChannel?)null,
                        DistrictId: By(OutreachGroupKey.District) ? r.DistrictId : null,
                        Year: By(OutreachGroupKey.Year) ? r.Year : (int?)null))
                    .Select(g => new OutreachTotal(g.Key.Kind, g.Key.Basis, g.Key.Channel, g.Key.DistrictId, g.Key.Year,
                        g.Sum(r => r.Records), g.Sum(r => r.Quantity), g.Any(r => r.Minimum == 1), g.Sum(r => r.Unreported)))
                    .OrderBy(t => t.Year).ThenBy(t => t.Kind).ThenBy(t => t.Basis).ThenBy(t => t.Channel).ThenBy(t => t.DistrictId)
                    .ToList();
            });
    }

    /// <summary>Applies <paramref name="filter"/> to <paramref name="items"/>.</summary>
    public static IQueryable<OutreachItem> Filter(IQueryable<OutreachItem> items, OutreachFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (filter is null)
        {
            return items;
        }

        items = items.Where(filter.Kind, o => o.Kind)
            .Where(filter.Basis, o => o.Basis)
            .Where(filter.Channel, o => o.Channel)
            .Where(filter.Year, o => o.Year)
            .Where(filter.District, o => o.District!.Code)
            .Where(filter.Community, o => o.Community!.Code)
            .Where(filter.Organiser, o => o.OrganiserCode!);
        if (filter.Campaign is { } campaign)
        {
            var id = GlobalId.DecodeOf(CampaignType.TypeName, campaign);
            items = items.Where(o => o.CampaignId == id);
        }

        if (filter.PublicityNotice is { } notice)
        {
            var id = GlobalId.DecodeOf(PublicityNoticeType.TypeName, notice);
            items = items.Where(o => o.PublicityNoticeId == id);
        }

        if (filter.Published is { } published)
        {
            items = published ? items.Where(o => o.PublishedInEdition != null) : items.Where(o => o.PublishedInEdition == null);
        }

        return items;
    }
}
