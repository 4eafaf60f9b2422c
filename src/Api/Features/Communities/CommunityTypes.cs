using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Communities;

public sealed class CommunityType : ObjectGraphType<Community>
{
    public const string TypeName = "Community";

    public CommunityType()
    {
        Name = TypeName;
        Description = "A residential community (社区) under a street, with its attributes, titles and published indicator values.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Community;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The community's opaque global ID. Read with asOf (or under an object read with asOf), the community as that edition stood has an ID of its own; node(id:) answers either.")
            .Resolve(ctx => EditionScope.IdOf(TypeName, ctx.Source.Id, ctx.Source));
        Field(c => c.Code).Description("A stable public code, e.g. YX-QIAOYUAN.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The community's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<CommunityKindType>>("kind").Description("What sort of community it is.").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Gated);
        Field<NonNullGraphType<CoBuiltWithType>>("coBuiltWith").Description("Co-built with the army or the police, or neither.").Resolve(ctx => ctx.Source.CoBuiltWith);
        Field(c => c.CommercialEstate);
        Field(c => c.Households, nullable: true).Description("Number of households, when known.");
        Field<FloatGraphType>("occupancyRate")
            .Description("Share of dwellings occupied, as a fraction 0..1 (0.6 is 60%), when known.")
            .Resolve(ctx => ctx.Source.OccupancyRate is { } rate ? (double)rate.Fraction : null);
        Field<GeoPointType>("location").Description("Where the community is, when known.").Resolve(ctx => ctx.Source.Location);
        Field<NonNullGraphType<StreetType>>("street")
            .Description("The street the community is under.")
            .Resolve(ctx => ctx.Source.Street ?? ctx.Service<StreetByIdDataLoader>().LoadOrHeld(ctx.Source.StreetId));
        Field<NonNullGraphType<DistrictType>>("district")
            .Description("The community's current district. An award's districtAtAward can differ after a merger.")
            .Resolve(ctx => ctx.Source.Street?.District ?? ctx.Service<DistrictByStreetIdDataLoader>().LoadOrHeld(ctx.Source.StreetId));
        Field<NonNullGraphType<AwardConnectionType>>("awards")
            .Description("Published titles held by the community, newest first, revoked ones included with their revocation. Under an asOf read: as that edition listed them.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                var awards = EditionScope.Of(ctx) is { } edition
                    ? ctx.Service<AwardsAsOfByCommunityIdDataLoader>().Load(new EditionKey(ctx.Source.Id, edition))
                    : ctx.Service<AwardsByCommunityIdDataLoader>().Load(ctx.Source.Id);
                return awards.Then(page.Slice);
            });
        Field<NonNullGraphType<ObservationConnectionType>>("observations")
            .Description("Published indicator values for the community, by indicator code then year. Under an asOf read: as that edition listed them.")
            .Paged()
            .Argument<StringGraphType>("indicator", "Only values of the indicator with this code.")
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                var indicator = ctx.GetArgument<string?>("indicator");
                return Observations(ctx)
                    .Then(values => page.Slice([.. values.Where(v => indicator is null || v.IndicatorCode == indicator).Select(v => v.Observation)]));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("latestObservations")
            .Description("The latest published value of each indicator, by indicator code. Under an asOf read: as that edition stood.")
            .Resolve(ctx => Observations(ctx)
                .Then(values => values.GroupBy(v => v.IndicatorCode).Select(g => g.MaxBy(v => v.Observation.Year)!.Observation).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("series")
            .Description("A time series: the community's published values of one indicator over a range of years, oldest first. Under an asOf read: as that edition listed them.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "The indicator's code, e.g. waste-sorting-participation.")
            .Argument<IntGraphType>("fromYear", "First year included; no lower bound when omitted.")
            .Argument<IntGraphType>("toYear", "Last year included; no upper bound when omitted.")
            .Resolve(ctx =>
            {
                var indicator = ctx.GetArgument<string>("indicator");
                var from = ctx.GetArgument<int?>("fromYear") ?? int.MinValue;
                var to = ctx.GetArgument<int?>("toYear") ?? int.MaxValue;
                return Observations(ctx)
                    .Then(values => values.Where(v => v.IndicatorCode == indicator && v.Observation.Year >= from && v.Observation.Year <= to).Select(v => v.Observation).ToList());
            });
        FundingQueries.AddToCommunity(this);
        PracticeQueries.AddToCommunity(this);
        Field("sample", c => c.IsSample).Description("True when the record was invented for the sample dataset.");
    }

    // The community's values: as the edition it (or an object above it) was read from listed them, else the current ones.
    private static IDataLoaderResult<IReadOnlyList<CommunityObservation>> Observations(IResolveFieldContext<Community> ctx) =>
        EditionScope.Of(ctx) is { } edition
            ? ctx.Service<ObservationsAsOfByCommunityIdDataLoader>().Load(new EditionKey(ctx.Source.Id, edition))
            : ctx.Service<ObservationsByCommunityIdDataLoader>().Load(ctx.Source.Id);
}

public sealed class CommunityConnectionType : ConnectionGraphType<CommunityType, Community>;
