using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Communities;

/// <summary>Conditions on communities; every condition given must hold.</summary>
public sealed class CommunityFilter
{
    /// <summary>The current district's code.</summary>
    public StringFilter? District { get; set; }

    /// <summary>The street's code.</summary>
    public StringFilter? Street { get; set; }

    /// <summary>The community's code.</summary>
    public StringFilter? Code { get; set; }

    /// <summary>The name, in Chinese or English.</summary>
    public StringFilter? Name { get; set; }

    /// <summary>The kind.</summary>
    public EnumFilter<CommunityKind>? Kind { get; set; }

    /// <summary>Gated or open.</summary>
    public bool? Gated { get; set; }

    /// <summary>Co-built with the army or police.</summary>
    public EnumFilter<CoBuiltWith>? CoBuiltWith { get; set; }

    /// <summary>Commercial estate or not.</summary>
    public bool? CommercialEstate { get; set; }

    /// <summary>Number of households.</summary>
    public IntFilter? Households { get; set; }
}

/// <summary>The fields communities can be sorted by.</summary>
public enum CommunityOrderField
{
    /// <summary>English name.</summary>
    Name,

    /// <summary>Chinese name (by code point).</summary>
    NameZh,

    /// <summary>Community code.</summary>
    Code,

    /// <summary>Number of households.</summary>
    Households,
}

/// <summary>A sort key for communities.</summary>
public sealed class CommunityOrder
{
    /// <summary>The field.</summary>
    public CommunityOrderField Field { get; set; }

    /// <summary>The direction.</summary>
    public OrderDirection Direction { get; set; }
}

public sealed class CommunityFilterType : InputObjectGraphType<CommunityFilter>
{
    public CommunityFilterType()
    {
        Name = "CommunityFilter";
        Description = "Conditions on communities; every condition given must hold.";
        Field<StringFilterType>("district").Description("The current district's code, e.g. { eq: \"440104\" }.");
        Field<StringFilterType>("street").Description("The street's code.");
        Field<StringFilterType>("code").Description("The community's code.");
        Field<StringFilterType>("name").Description("The name in either language: { contains: \"侨\" } or { contains: \"qiao\" }.");
        Field<CommunityKindFilterType>("kind").Description("The kind of community.");
        Field<BooleanGraphType>("gated").Description("True for gated communities, false for open ones.");
        Field<CoBuiltWithFilterType>("coBuiltWith").Description("Co-built with the army or the police.");
        Field<BooleanGraphType>("commercialEstate").Description("True for commercial estates with full property management.");
        Field<IntFilterType>("households").Description("Number of households.");
    }
}

public sealed class CommunityKindFilterType : EnumFilterType<CommunityKindType, CommunityKind>;

public sealed class CoBuiltWithFilterType : EnumFilterType<CoBuiltWithType, CoBuiltWith>;

public sealed class CommunityOrderFieldType : DescribedEnumType<CommunityOrderField>
{
    public CommunityOrderFieldType()
        : base(
            "CommunityOrderField",
            "The fields communities can be sorted by.",
            (CommunityOrderField.Name, "English name."),
            (CommunityOrderField.NameZh, "Chinese name, by Unicode code point."),
            (CommunityOrderField.Code, "Community code."),
            (CommunityOrderField.Households, "Number of households (unknown last)."))
    {
    }
}

public sealed class CommunityOrderType : InputObjectGraphType<CommunityOrder>
{
    public CommunityOrderType()
    {
        Name = "CommunityOrder";
        Description = "A sort key for communities; later keys break ties of earlier ones.";
        Field<NonNullGraphType<CommunityOrderFieldType>>("field").Description("The field to sort by.");
        Field<OrderDirectionType>("direction").Description("The direction; ASC when omitted.").DefaultValue(OrderDirection.Asc);
    }
}
