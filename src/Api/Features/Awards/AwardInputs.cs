using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Awards;

/// <summary>Conditions on awards; every condition given must hold.</summary>
public sealed class AwardFilter
{
    /// <summary>The title level.</summary>
    public EnumFilter<TitleLevel>? Level { get; set; }

    /// <summary>The campaign year.</summary>
    public IntFilter? Year { get; set; }

    /// <summary>The campaign's global ID.</summary>
    public string? Campaign { get; set; }

    /// <summary>The code of the district the award was made in.</summary>
    public StringFilter? DistrictAtAward { get; set; }

    /// <summary>The code of the community's current district.</summary>
    public StringFilter? District { get; set; }

    /// <summary>The community's kind.</summary>
    public EnumFilter<CommunityKind>? CommunityKind { get; set; }

    /// <summary>The community's code.</summary>
    public StringFilter? Community { get; set; }

    /// <summary>The community's name in either language.</summary>
    public StringFilter? Name { get; set; }

    /// <summary>True for revoked awards only, false for unrevoked only.</summary>
    public bool? Revoked { get; set; }
}

/// <summary>The fields awards can be sorted by.</summary>
public enum AwardOrderField
{
    /// <summary>Campaign year.</summary>
    Year,

    /// <summary>Community English name.</summary>
    Name,

    /// <summary>Community Chinese name.</summary>
    NameZh,

    /// <summary>Panel score.</summary>
    Score,

    /// <summary>Award date.</summary>
    AwardedOn,
}

/// <summary>A sort key for awards.</summary>
public sealed class AwardOrder
{
    /// <summary>The field.</summary>
    public AwardOrderField Field { get; set; }

    /// <summary>The direction.</summary>
    public OrderDirection Direction { get; set; }
}

public sealed class AwardFilterType : InputObjectGraphType<AwardFilter>
{
    public AwardFilterType()
    {
        Name = "AwardFilter";
        Description = "Conditions on awards; every condition given must hold.";
        Field<TitleLevelFilterType>("level").Description("The title level, e.g. { eq: CITY }.");
        Field<IntFilterType>("year").Description("The campaign year, e.g. { eq: 2002 } or { gte: 2001, lte: 2003 }.");
        Field<IdGraphType>("campaign").Description("The campaign's global ID.");
        Field<StringFilterType>("districtAtAward").Description("Code of the district the award was made in (former districts included, e.g. 440102 Dongshan).");
        Field<StringFilterType>("district").Description("Code of the community's current district (e.g. 440104 Yuexiu also finds awards made in Dongshan).");
        Field<CommunityKindFilterType>("communityKind").Description("The community's kind.");
        Field<StringFilterType>("community").Description("The community's code.");
        Field<StringFilterType>("name").Description("The community's name in either language, e.g. { contains: \"侨苑\" } or { contains: \"qiaoyuan\" }.");
        Field<BooleanGraphType>("revoked").Description("True for revoked awards only, false for unrevoked only; both when omitted.");
    }
}

public sealed class TitleLevelFilterType : EnumFilterType<TitleLevelType, TitleLevel>;

public sealed class AwardOrderFieldType : DescribedEnumType<AwardOrderField>
{
    public AwardOrderFieldType()
        : base(
            "AwardOrderField",
            "The fields awards can be sorted by.",
            (AwardOrderField.Year, "Campaign year."),
            (AwardOrderField.Name, "Community English name."),
            (AwardOrderField.NameZh, "Community Chinese name, by Unicode code point."),
            (AwardOrderField.Score, "Panel score (unscored awards last)."),
            (AwardOrderField.AwardedOn, "Award date."))
    {
    }
}

public sealed class AwardOrderType : InputObjectGraphType<AwardOrder>
{
    public AwardOrderType()
    {
        Name = "AwardOrder";
        Description = "A sort key for awards; later keys break ties of earlier ones.";
        Field<NonNullGraphType<AwardOrderFieldType>>("field").Description("The field to sort by.");
        Field<OrderDirectionType>("direction").Description("The direction; ASC when omitted.").DefaultValue(OrderDirection.Asc);
    }
}
