using GraphQL.Types;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Organisations;

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public const string TypeName = "Organisation";

    public OrganisationType()
    {
        Name = TypeName;
        Description = "A body that runs part of the programme: one of the city's joint organisers (environmental protection bureau, civilisation office, creation office, civil-affairs bureau), a district or street leading group (领导小组), or a partner department (greening, sanitation, city management, housing...). Public once an edition lists it.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Organisation;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(o => o.Code).Description("A stable public code, e.g. CITY-EPB or 440104-LG.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The organisation's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<OrganisationLevelType>>("level").Description("The tier it works at.").Resolve(ctx => ctx.Source.Level);
        Field<NonNullGraphType<OrganisationRoleType>>("role").Description("What it does in the programme.").Resolve(ctx => ctx.Source.Role);
        Field<DistrictType>("district")
            .Description("The district it covers; null for city-level organisations.")
            .Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<StreetType>("street")
            .Description("The street it covers; null unless street-level.")
            .Resolve(ctx => ctx.Source.StreetId is { } id ? ctx.Service<StreetByIdDataLoader>().Load(id) : null);
        Field<IntGraphType>("publishedInEdition").Description("The edition that first listed it.").Resolve(ctx => ctx.Source.PublishedInEdition);
        Field(o => o.Version).Description("The record's version token; it moves on when the record changes (publication included).");
        Field("sample", o => o.IsSample).Description("True when the record was invented for the sample dataset.");
    }
}

public sealed class OrganisationConnectionType : ConnectionGraphType<OrganisationType, Organisation>;

public sealed class OrganisationLevelType() : DescribedEnumType<OrganisationLevel>(
    "OrganisationLevel",
    "The tier of government an organisation works at.",
    (OrganisationLevel.City, "City-wide."),
    (OrganisationLevel.District, "One district."),
    (OrganisationLevel.Street, "One street (subdistrict office)."));

public sealed class OrganisationRoleType() : DescribedEnumType<OrganisationRole>(
    "OrganisationRole",
    "What an organisation does in the programme.",
    (OrganisationRole.JointOrganiser, "One of the city's joint organisers: the environmental protection bureau, the civilisation office, the creation office, the civil-affairs bureau."),
    (OrganisationRole.LeadingGroup, "A district or street Green Community leading (coordination) group, 领导小组."),
    (OrganisationRole.PartnerDepartment, "A partner department: greening, sanitation, city management, housing, a district EPB..."));
