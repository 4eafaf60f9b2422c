using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Indicators;

/// <summary>Root fields for indicators and their observations: the researcher's pull.</summary>
public static class IndicatorQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionType>>>>("indicators")
            .Description("Every indicator the programme measures, by code.")
            .ResolveAsync(async ctx => await ctx.Db().IndicatorDefinitions.OrderBy(i => i.Code).ToListAsync(ctx.CancellationToken));
        query.Field<IndicatorDefinitionType>("indicator")
            .Description("The indicator with this code, with every version of its definition; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The indicator's code, e.g. waste-sorting-participation.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await ctx.Db().IndicatorDefinitions.FirstOrDefaultAsync(i => i.Code == code, ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ObservationConnectionType>>("observations")
            .Description("Published indicator values (corrections replace what they correct), by indicator, community and year unless orderBy says otherwise. Read from the latest edition, or the one asOf names (corrections published later not applied); cursors keep paging through the edition they came from.")
            .Paged()
            .Argument<ObservationFilterType>("where", "Conditions every value returned meets.")
            .Argument<ListGraphType<NonNullGraphType<ObservationOrderType>>>("orderBy", "Sort keys, most significant first.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, EditionScope.ArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var (edition, page) = await EditionScope.ResolveAsync(ctx, PageRequest.From(ctx));
                var filter = ctx.GetArgument<ObservationFilter?>("where");
                var observations = ctx.Db().ObservationsAsOf(edition, latest: EditionScope.IsLatest(ctx, edition))
                    .Where(filter?.Indicator, o => o.Indicator!.Code)
                    .Where(filter?.Community, o => o.Community!.Code)
                    .Where(filter?.District, o => o.Community!.Street!.District!.Code)
                    .Where(filter?.Year, o => o.Year)
                    .Where(filter?.Provenance, o => o.Provenance)
                    .Where(filter?.IndicatorVersion, o => o.IndicatorVersion);
                var connection = await page.ExecuteAsync(Order(observations, ctx.GetArgument<List<ObservationOrder>?>("orderBy")), ctx.CancellationToken);

                // Read with asOf, each value is marked with its edition: its ID is its own and its community answers as
                // that edition stood (ADR-025, ADR-028).
                return ctx.GetArgument<EditionRef?>(EditionScope.ArgumentName) is not null ? connection.Map(o => o.AsReadFrom(edition)) : connection;
            });
    }

    private static IOrderedQueryable<Observation> Order(IQueryable<Observation> observations, List<ObservationOrder>? orderBy)
    {
        var keys = orderBy is { Count: > 0 }
            ? OrderKeys.Check(orderBy, new ObservationOrder())
            : [new ObservationOrder { Field = ObservationOrderField.Indicator }, new ObservationOrder { Field = ObservationOrderField.Community }, new ObservationOrder { Field = ObservationOrderField.Year }];
        IOrderedQueryable<Observation>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Direction == OrderDirection.Desc;
            ordered = key.Field switch
            {
                ObservationOrderField.Community => ordered.ThenOrFirst(observations, o => o.Community!.Code, descending),
                ObservationOrderField.Year => ordered.ThenOrFirst(observations, o => o.Year, descending),
                ObservationOrderField.Value => ordered.ThenOrFirst(observations, o => o.Value, descending),
                _ => ordered.ThenOrFirst(observations, o => o.Indicator!.Code, descending),
            };
        }

        // The ID breaks remaining ties, so cursors stay stable between pages.
        return ordered!.ThenBy(o => o.Id);
    }
}
