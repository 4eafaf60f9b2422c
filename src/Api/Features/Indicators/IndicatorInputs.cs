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

    /// <summary>The version of the indicator's definition the value was measured under.</summary>
    public IntFilter? IndicatorVersion { get; set; }
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

public sealed class ObservationFilterType : InputObjectGraphType<ObservationFilter>
{
    public ObservationFilterType()
    {
        Name = "ObservationFilter";
        Description = "Conditions on observations; every condition given must hold.";
        Field<StringFilterType>("indicator").Description("The indicator's code, e.g. { eq: \"waste-sorting-participation\" }.");
        Field<StringFilterType>("community").Description("The community's code.");
        Field<StringFilterType>("district").Description("The community's current district code.");
        Field<IntFilterType>("year").Description("The year, e.g. { gte: 2001, lte: 2002 }.");
        Field<ProvenanceFilterType>("provenance").Description("Where the value comes from.");
        Field<IntFilterType>("indicatorVersion").Description("The version of the indicator's definition the value was measured under, e.g. { eq: 2 }: values of different versions may differ in unit or method.");
    }
}

public sealed class ProvenanceFilterType : EnumFilterType<ProvenanceType, Provenance>;

public sealed class ObservationOrderFieldType : DescribedEnumType<ObservationOrderField>
{
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

public sealed class ObservationOrderType : InputObjectGraphType<ObservationOrder>
{
    public ObservationOrderType()
    {
        Name = "ObservationOrder";
        Description = "A sort key for observations; later keys break ties of earlier ones.";
        Field<NonNullGraphType<ObservationOrderFieldType>>("field").Description("The field to sort by.");
        Field<OrderDirectionType>("direction").Description("The direction; ASC when omitted.").DefaultValue(OrderDirection.Asc);
    }
}

/// <summary>Input of <c>recordObservations</c>.</summary>
public sealed class RecordObservationsInput
{
    public List<ObservationInput> Observations { get; set; } = [];

    public string? Reason { get; set; }
}

/// <summary>One value as input.</summary>
public sealed class ObservationInput
{
    public string Indicator { get; set; } = string.Empty;

    public string Community { get; set; } = string.Empty;

    public int Year { get; set; }

    public double Value { get; set; }

    public Provenance Provenance { get; set; }

    public string? SourceDocument { get; set; }

    public int? IndicatorVersion { get; set; }
}

/// <summary>Input of <c>reviseIndicatorDefinition</c>.</summary>
public sealed class ReviseIndicatorDefinitionInput
{
    public string Indicator { get; set; } = string.Empty;

    public int Version { get; set; }

    public string? Unit { get; set; }

    public string? Description { get; set; }

    public string? Methodology { get; set; }

    public string? Source { get; set; }

    public string ChangeNote { get; set; } = string.Empty;
}

public sealed class ReviseIndicatorDefinitionInputType : InputObjectGraphType<ReviseIndicatorDefinitionInput>
{
    public ReviseIndicatorDefinitionInputType()
    {
        Name = "ReviseIndicatorDefinitionInput";
        Description = "A change of how an indicator is measured: the fields given replace the current ones in a new version; the fields omitted carry over.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("The indicator's code, e.g. waste-sorting-participation.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The current version as you read it; a stale one is a CONFLICT.");
        Field<StringGraphType>("unit").Description("The new unit (percent, count, flag, or another; at most 32 characters).");
        Field<StringGraphType>("description").Description("The new description of what it measures (at most 2000 characters).");
        Field<StringGraphType>("methodology").Description("The new method (at most 2000 characters).");
        Field<StringGraphType>("source").Description("Who measures it now (at most 500 characters).");
        Field<NonNullGraphType<StringGraphType>>("changeNote").Description("What changed and why, e.g. \"From 2004, participation counts households, not residents.\"");
    }
}

public sealed class RecordObservationsInputType : InputObjectGraphType<RecordObservationsInput>
{
    public RecordObservationsInputType()
    {
        Name = "RecordObservationsInput";
        Description = "A batch of indicator values to record and publish.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationInputType>>>>("observations").Description($"The values, 1 to {IndicatorMutations.MaxBatchSize}; at most one per indicator, community and year.");
        Field<StringGraphType>("reason").Description("Why, recorded as the edition's reason (e.g. \"2003 year-end self-reports\").");
    }
}

public sealed class ObservationInputType : InputObjectGraphType<ObservationInput>
{
    public ObservationInputType()
    {
        Name = "ObservationInput";
        Description = "One indicator value for a community and year.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("The indicator's code, e.g. waste-sorting-participation.");
        Field<NonNullGraphType<StringGraphType>>("community").Description("The community's code, e.g. YX-QIAOYUAN.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The calendar year the value describes.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value in the indicator's unit (percent 0..100, whole counts, flags 0 or 1); kept to 4 decimals.");
        Field<NonNullGraphType<ProvenanceType>>("provenance").Description("Where the value comes from.");
        Field<StringGraphType>("sourceDocument").Description("The document it was taken from (at most 500 characters).");
        Field<IntGraphType>("indicatorVersion").Description("The version of the indicator's definition the value was measured under, and whose unit it is checked against. When omitted: the version of the value it corrects, if there is one (so a re-sent batch changes nothing and a corrected figure keeps its method), else the current version. A value of another version than the one it corrects is a correction.");
    }
}
