using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Communities;

/// <summary>GraphQL <c>Community</c>.</summary>
public sealed class CommunityType : ObjectGraphType<Community>
{
    public const string TypeName = "Community";

    public CommunityType()
    {
        Name = TypeName;
        Description = "A residential community (社区) under a street, with its attributes, titles and published indicator values.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Community;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The community's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(c => c.Code).Description("A stable public code, e.g. YX-QIAOYUAN.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The community's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<CommunityKindType>>("kind").Description("What sort of community it is.").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Gated).Description("True for a closed (gated) community, false for an open one.");
        Field<NonNullGraphType<CoBuiltWithType>>("coBuiltWith").Description("Co-built with the army or the police, or neither.").Resolve(ctx => ctx.Source.CoBuiltWith);
        Field(c => c.CommercialEstate).Description("True for a commercially developed estate with full property management.");
        Field(c => c.Households, nullable: true).Description("Number of households, when known.");
        Field<FloatGraphType>("occupancyRate")
            .Description("Share of dwellings occupied, as a fraction 0..1 (0.6 is 60%), when known.")
            .Resolve(ctx => ctx.Source.OccupancyRate is { } rate ? (double)rate.Fraction : null);
        Field<GeoPointType>("location").Description("Where the community is, when known.").Resolve(ctx => ctx.Source.Location);
        Field<NonNullGraphType<StreetType>>("street")
            .Description("The street the community is under.")
            .Resolve(ctx => ctx.Service<StreetByIdDataLoader>().Load(ctx.Source.StreetId));
        Field<NonNullGraphType<DistrictType>>("district")
            .Description("The community's current district. An award's districtAtAward can differ after a merger.")
            .Resolve(ctx => ctx.Service<DistrictByStreetIdDataLoader>().Load(ctx.Source.StreetId));
        Field<NonNullGraphType<AwardConnectionType>>("awards")
            .Description("Published titles held by the community, newest first, revoked ones included with their revocation.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                return ctx.Service<AwardsByCommunityIdDataLoader>().Load(ctx.Source.Id).Then(page.Slice);
            });
        Field<NonNullGraphType<ObservationConnectionType>>("observations")
            .Description("Published indicator values for the community, by indicator code then year.")
            .Paged()
            .Argument<StringGraphType>("indicator", "Only values of the indicator with this code.")
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                var indicator = ctx.GetArgument<string?>("indicator");
                return ctx.Service<ObservationsByCommunityIdDataLoader>().Load(ctx.Source.Id)
                    .Then(values => page.Slice([.. values.Where(v => indicator is null || v.IndicatorCode == indicator).Select(v => v.Observation)]));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("latestObservations")
            .Description("The latest published value of each indicator, by indicator code.")
            .Resolve(ctx => ctx.Service<ObservationsByCommunityIdDataLoader>().Load(ctx.Source.Id)
                .Then(values => values.GroupBy(v => v.IndicatorCode).Select(g => g.MaxBy(v => v.Observation.Year)!.Observation).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("series")
            .Description("A time series: the community's published values of one indicator over a range of years, oldest first.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "The indicator's code, e.g. waste-sorting-participation.")
            .Argument<IntGraphType>("fromYear", "First year included; no lower bound when omitted.")
            .Argument<IntGraphType>("toYear", "Last year included; no upper bound when omitted.")
            .Resolve(ctx =>
            {
                var indicator = ctx.GetArgument<string>("indicator");
                var from = ctx.GetArgument<int?>("fromYear") ?? int.MinValue;
                var to = ctx.GetArgument<int?>("toYear") ?? int.MaxValue;
                return ctx.Service<ObservationsByCommunityIdDataLoader>().Load(ctx.Source.Id)
                    .Then(values => values.Where(v => v.IndicatorCode == indicator && v.Observation.Year >= from && v.Observation.Year <= to).Select(v => v.Observation).ToList());
            });
        FundingQueries.AddToCommunity(this);
        Field("sample", c => c.IsSample).Description("True when the record was invented for the sample dataset.");
    }
}

/// <summary>GraphQL <c>CommunityConnection</c>.</summary>
public sealed class CommunityConnectionType : ConnectionGraphType<CommunityType, Community>;
