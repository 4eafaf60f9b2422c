using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Geography;

public sealed class DistrictType : ObjectGraphType<District>
{
    public const string TypeName = "District";

    public DistrictType()
    {
        Name = TypeName;
        Description = "A district (区) of the city. Districts merge: Dongshan merged into Yuexiu and Fangcun into Liwan in 2005; former districts stay, with the dates they existed.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is District;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The district's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(d => d.Code);
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The district's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("First day the district existed in this form.").Resolve(ctx => ctx.Source.EffectiveFrom);
        Field<CalendarDateGraphType>("effectiveTo").Description("Last day the district existed; null while it exists.").Resolve(ctx => ctx.Source.EffectiveTo);
        Field<NonNullGraphType<BooleanGraphType>>("former").Description("True for a district that has merged away.").Resolve(ctx => ctx.Source.EffectiveTo is not null);
        Field<DistrictType>("succeededBy")
            .Description("The district it merged into, for a former district.")
            .Resolve(ctx => ctx.Source.SucceededById is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StreetType>>>>("streets")
            .Description("The streets in the district now, by code. Empty for a former district: its streets moved to its successor.")
            .Resolve(ctx => ctx.Service<StreetsByDistrictIdDataLoader>().Load(ctx.Source.Id));
        Field<NonNullGraphType<CommunityConnectionType>>("communities")
            .Description("The communities in the district now, by English name.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                return ctx.Service<CommunitiesByDistrictIdDataLoader>().Load(ctx.Source.Id).Then(page.Slice);
            });
    }
}

public sealed class StreetType : ObjectGraphType<Street>
{
    public const string TypeName = "Street";

    public StreetType()
    {
        Name = TypeName;
        Description = "A street or subdistrict office (街道), the level between district and community.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Street;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The street's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(s => s.Code);
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The street's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<DistrictType>>("district")
            .Description("The district the street belongs to now.")
            .Resolve(ctx => ctx.Source.District ?? ctx.Service<DistrictByIdDataLoader>().LoadOrHeld(ctx.Source.DistrictId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityType>>>>("communities")
            .Description("The communities under the street, by English name.")
            .Resolve(ctx => ctx.Service<CommunitiesByStreetIdDataLoader>().Load(ctx.Source.Id));
        Field("sample", s => s.IsSample).Description("True when the record was invented for the sample dataset.");
    }
}
