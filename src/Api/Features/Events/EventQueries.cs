using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Events;

/// <summary>The dimensions programme activity can be grouped by.</summary>
public enum ProgrammeActivityGroupKey
{
    /// <summary>The kind of event.</summary>
    Kind,

    /// <summary>Individual events or reported totals.</summary>
    Basis,

    /// <summary>Who it was for.</summary>
    Audience,

    /// <summary>The district the event belongs to.</summary>
    District,

    /// <summary>The year.</summary>
    Year,
}

public sealed class ProgrammeActivityGroupKeyType() : DescribedEnumType<ProgrammeActivityGroupKey>(
    "ProgrammeActivityGroupKey",
    "A dimension to group programme activity by.",
    (ProgrammeActivityGroupKey.Kind, "The kind of event."),
    (ProgrammeActivityGroupKey.Basis, "Individual events or reported totals; group by it unless you mean to add the two."),
    (ProgrammeActivityGroupKey.Audience, "Who it was for."),
    (ProgrammeActivityGroupKey.District, "The district the event belongs to (city-wide events have none)."),
    (ProgrammeActivityGroupKey.Year, "The year."));

/// <summary>Root field <c>events</c> and the statistic <c>programmeActivity</c>.</summary>
public static class EventQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ProgrammeEventConnectionType>>("events")
            .Description("Training sessions, exchange meetings, study visits, World Environment Day events, forums, volunteer activities, and the totals the city reported without the individual events. Published records for everyone; signed-in city administrators and district reviewers also see the drafts in their scope. By year, day and ID unless orderBy says otherwise.")
            .Paged()
            .Argument<ProgrammeEventFilterType>("where", "Conditions every event returned meets.")
            .Argument<ListGraphType<NonNullGraphType<ProgrammeEventOrderType>>>("orderBy", "Sort keys, most significant first.")
            .ResolveAsync(async ctx =>
            {
                var events = Filter(await ProgrammeRecordAccess.VisibleAsync(ctx, db => db.ProgrammeEvents), ctx.GetArgument<ProgrammeEventFilter?>("where"));
                return await PageRequest.From(ctx).ExecuteAsync(Order(events, ctx.GetArgument<List<ProgrammeEventOrder>?>("orderBy")), ctx.CancellationToken);
            });
    }

    /// <summary>Adds <c>programmeActivity</c> to the statistics type.</summary>
    public static void AddStatisticsTo<TSource>(ObjectGraphType<TSource> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        statistics.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeActivityTotalType>>>>("programmeActivity")
            .Description("Sessions and attendance of published programme events, summed in the database, by the dimensions asked for. Reported totals (basis REPORTED_TOTAL: the report's \"9 batches, 500+ person-times\") and sums of individual events are different measures of the same activity: group by BASIS to see them side by side rather than added.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Argument<ProgrammeEventKindFilterType>("kind", "Only these kinds.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeActivityGroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .ResolveAsync(async ctx =>
            {
                var keys = ctx.GetArgument<List<ProgrammeActivityGroupKey>>("groupBy") ?? [];
                if (keys.Count != keys.Distinct().Count())
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Name each dimension of 'groupBy' once.");
                }

                var year = ctx.GetArgument<int?>("year");
                var events = ctx.Db().ProgrammeEvents.Where(e => e.PublishedInEdition != null).Where(ctx.GetArgument<EnumFilter<ProgrammeEventKind>?>("kind"), e => e.Kind);
                if (year is { } y)
                {
                    events = events.Where(e => e.Year == y);
                }

                var rows = await events.GroupBy(e => new { e.Kind, e.Basis, e.Audience, e.DistrictId, e.Year })
                    .Select(g => new
                    {
                        g.Key.Kind,
                        g.Key.Basis,
                        g.Key.Audience,
                        g.Key.DistrictId,
                        g.Key.Year,
                        Records = g.Count(),
                        Sessions = g.Sum(e => e.Sessions),
                        Attendance = g.Sum(e => e.Attendance ?? 0),
                        Minimum = g.Max(e => e.AttendanceIsMinimum ? 1 : 0),
                        Unreported = g.Sum(e => e.Attendance == null ? 1 : 0),
                    })
                    .ToListAsync(ctx.CancellationToken);
                bool By(ProgrammeActivityGroupKey key) => keys.Contains(key);
                return rows.GroupBy(r => (
                        Kind: By(ProgrammeActivityGroupKey.Kind) ? r.Kind : (ProgrammeEventKind?)null,
                        Basis: By(ProgrammeActivityGroupKey.Basis) ? r.Basis : (RecordBasis?)null,
                        Audience: By(ProgrammeActivityGroupKey.Audience) ? r.Audience : (EventAudience?)null,
                        DistrictId: By(ProgrammeActivityGroupKey.District) ? r.DistrictId : null,
                        Year: By(ProgrammeActivityGroupKey.Year) ? r.Year : (int?)null))
                    .Select(g => new ProgrammeActivityTotal(g.Key.Kind, g.Key.Basis, g.Key.Audience, g.Key.DistrictId, g.Key.Year,
                        g.Sum(r => r.Records), g.Sum(r => r.Sessions), g.Sum(r => r.Attendance), g.Any(r => r.Minimum == 1), g.Sum(r => r.Unreported)))
                    .OrderBy(t => t.Year).ThenBy(t => t.Kind).ThenBy(t => t.Basis).ThenBy(t => t.Audience).ThenBy(t => t.DistrictId)
                    .ToList();
            });
    }

    /// <summary>Applies <paramref name="filter"/> to <paramref name="events"/>.</summary>
    public static IQueryable<ProgrammeEvent> Filter(IQueryable<ProgrammeEvent> events, ProgrammeEventFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (filter is null)
        {
            return events;
        }

        events = events.Where(filter.Kind, e => e.Kind)
            .Where(filter.Basis, e => e.Basis)
            .Where(filter.Audience, e => e.Audience)
            .Where(filter.Year, e => e.Year)
            .Where(filter.District, e => e.District!.Code)
            .Where(filter.Organiser, e => e.OrganiserCode!);
        if (filter.Published is { } published)
        {
            events = published ? events.Where(e => e.PublishedInEdition != null) : events.Where(e => e.PublishedInEdition == null);
        }

        if (filter.Community is { } community)
        {
            var hosted = events.Where(community, e => e.HostCommunity!.Code).Select(e => e.Id);
            var visited = events.SelectMany(e => e.Visits).Where(community, v => v.Community!.Code).Select(v => v.ProgrammeEventId);
            events = events.Where(e => hosted.Contains(e.Id) || visited.Contains(e.Id));
        }

        return events;
    }

    private static IOrderedQueryable<ProgrammeEvent> Order(IQueryable<ProgrammeEvent> events, List<ProgrammeEventOrder>? orderBy)
    {
        var keys = orderBy is { Count: > 0 }
            ? OrderKeys.Check(orderBy, new ProgrammeEventOrder())
            : [new ProgrammeEventOrder { Field = ProgrammeEventOrderField.Year }, new ProgrammeEventOrder { Field = ProgrammeEventOrderField.HeldOn }];
        IOrderedQueryable<ProgrammeEvent>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Direction == OrderDirection.Desc;
            ordered = key.Field switch
            {
                ProgrammeEventOrderField.Year => ordered.ThenOrFirst(events, e => e.Year, descending),
                ProgrammeEventOrderField.Kind => ordered.ThenOrFirst(events, e => e.Kind, descending),
                ProgrammeEventOrderField.Attendance => ordered.ThenOrFirst(events, e => e.Attendance, descending),
                _ => ordered.ThenOrFirst(events, e => e.HeldOn, descending),
            };
        }

        // The ID breaks remaining ties, so cursors stay stable between pages.
        return ordered!.ThenBy(e => e.Id);
    }
}
