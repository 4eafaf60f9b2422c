using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Geography;

/// <summary>GraphQL <c>Street</c>.</summary>
public sealed class StreetType : ObjectGraphType<Street>
{
    /// <summary>The type name used in global IDs.</summary>
    public const string TypeName = "Street";

    /// <summary>Defines the fields.</summary>
    public StreetType()
    {
        Name = TypeName;
        Description = "A street or subdistrict office (街道), the level between district and community.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Street;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The street's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(s => s.Code).Description("A stable code.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The street's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<DistrictType>>("district")
            .Description("The district the street belongs to now.")
            .Resolve(ctx => ctx.Service<DistrictByIdDataLoader>().Load(ctx.Source.DistrictId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityType>>>>("communities")
            .Description("The communities under the street, by English name.")
            .Resolve(ctx => ctx.Service<CommunitiesByStreetIdDataLoader>().Load(ctx.Source.Id));
        Field("sample", s => s.IsSample).Description("True when the record was invented for the sample dataset.");
    }
}
