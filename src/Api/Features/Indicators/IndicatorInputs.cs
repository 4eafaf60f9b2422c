using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Indicators;

namespace GreenCommunity.Api.Features.Indicators;

/// <summary>Conditions on observations.</summary>
public sealed class ObservationFilter
{
    /// <summary>The indicator's code.</summary>
    public StringFilter? Indicator { get; set; }

    /// <summary>The community's code.</summary>
    public StringFilter? Community { get; set; }

    /// <summary>The community's current district code.</summary>
    public StringFilter? District { get; set; }

    /// <summary>The year.</summary>
    public IntFilter? Year { get; set; }

    /// <summary>The provenance.</summary>
    public EnumFilter<Provenance>? Provenance { get; set; }
}

/// <summary>The fields observations can be sorted by.</summary>
public enum ObservationOrderField
{
    /// <summary>Indicator code.</summary>
    Indicator,

    /// <summary>Community code.</summary>
    Community,

    /// <summary>Year.</summary>
    Year,

    /// <summary>Value.</summary>
    Value,
}

/// <summary>A sort key for observations.</summary>
public sealed class ObservationOrder
{
    /// <summary>The field.</summary>
    public ObservationOrderField Field { get; set; }

    /// <summary>The direction.</summary>
    public OrderDirection Direction { get; set; }
}

/// <summary>GraphQL <c>ObservationFilter</c>.</summary>
public sealed class ObservationFilterType : InputObjectGraphType<ObservationFilter>
{
    /// <summary>Defines the fields.</summary>
    public ObservationFilterType()
    {
        Name = "ObservationFilter";
        Description = "Conditions on observations; every condition given must hold.";
        Field<StringFilterType>("indicator").Description("The indicator's code, e.g. { eq: \"waste-sorting-participation\" }.");
        Field<StringFilterType>("community").Description("The community's code.");
        Field<StringFilterType>("district").Description("The community's current district code.");
        Field<IntFilterType>("year").Description("The year, e.g. { gte: 2001, lte: 2002 }.");
        Field<ProvenanceFilterType>("provenance").Description("Where the value comes from.");
    }
}

/// <summary>GraphQL <c>ProvenanceFilter</c>.</summary>
public sealed class ProvenanceFilterType : EnumFilterType<ProvenanceType, Provenance>;

/// <summary>GraphQL <c>ObservationOrderField</c>.</summary>
public sealed class ObservationOrderFieldType : DescribedEnumType<ObservationOrderField>
{
    /// <summary>Defines the values.</summary>
    public ObservationOrderFieldType()
        : base(
            "ObservationOrderField",
            "The fields observations can be sorted by.",
            (ObservationOrderField.Indicator, "Indicator code."),
            (ObservationOrderField.Community, "Community code."),
            (ObservationOrderField.Year, "Year."),
            (ObservationOrderField.Value, "Value."))
    {
    }
}

/// <summary>GraphQL <c>ObservationOrder</c>.</summary>
public sealed class ObservationOrderType : InputObjectGraphType<ObservationOrder>
{
    /// <summary>Defines the fields.</summary>
    public ObservationOrderType()
    {
        Name = "ObservationOrder";
        Description = "A sort key for observations; later keys break ties of earlier ones.";
        Field<NonNullGraphType<ObservationOrderFieldType>>("field").Description("The field to sort by.");
        Field<OrderDirectionType>("direction").Description("The direction; ASC when omitted.").DefaultValue(OrderDirection.Asc);
    }
}
