using GraphQL.Types;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Organisations;

/// <summary>Conditions on organisations.</summary>
public sealed class OrganisationFilter
{
    public StringFilter? Code { get; set; }

    public StringFilter? Name { get; set; }

    public EnumFilter<OrganisationLevel>? Level { get; set; }

    public EnumFilter<OrganisationRole>? Role { get; set; }

    public StringFilter? District { get; set; }
}

public sealed class OrganisationFilterType : InputObjectGraphType<OrganisationFilter>
{
    public OrganisationFilterType()
    {
        Name = "OrganisationFilter";
        Description = "Conditions on organisations; every condition given must hold.";
        Field<StringFilterType>("code").Description("The organisation's code.");
        Field<StringFilterType>("name").Description("The name in either language, e.g. { contains: \"领导小组\" }.");
        Field<OrganisationLevelFilterType>("level").Description("The tier, e.g. { eq: DISTRICT }.");
        Field<OrganisationRoleFilterType>("role").Description("What it does, e.g. { eq: LEADING_GROUP }.");
        Field<StringFilterType>("district").Description("Code of the district it covers (district- and street-level organisations).");
    }
}

public sealed class OrganisationLevelFilterType : EnumFilterType<OrganisationLevelType, OrganisationLevel>;

public sealed class OrganisationRoleFilterType : EnumFilterType<OrganisationRoleType, OrganisationRole>;

/// <summary>Input of <c>createOrganisation</c>.</summary>
public sealed class CreateOrganisationInput
{
    public string Code { get; set; } = string.Empty;

    public LocalizedTextInput Name { get; set; } = new();

    public OrganisationLevel Level { get; set; }

    public OrganisationRole Role { get; set; }

    public string? District { get; set; }

    public string? Street { get; set; }
}

public sealed class CreateOrganisationInputType : InputObjectGraphType<CreateOrganisationInput>
{
    public CreateOrganisationInputType()
    {
        Name = "CreateOrganisationInput";
        Description = "A body that runs part of the programme, recorded as a draft until publishProgrammeRecords releases it.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable public code: 2 to 48 characters, capitals, digits and hyphens (e.g. 440104-LG).");
        Field<NonNullGraphType<LocalizedTextInputType>>("name").Description("The name.");
        Field<NonNullGraphType<OrganisationLevelType>>("level").Description("The tier it works at.");
        Field<NonNullGraphType<OrganisationRoleType>>("role").Description("What it does in the programme.");
        Field<StringGraphType>("district").Description("The district's code: required for DISTRICT, absent for CITY; for STREET it is taken from the street.");
        Field<StringGraphType>("street").Description("The street's code, for STREET only.");
    }
}
