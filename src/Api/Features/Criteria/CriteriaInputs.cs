using GraphQL.Types;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Api.Features.Criteria;

/// <summary>Input of <c>draftCriteriaScheme</c>.</summary>
public sealed class DraftCriteriaSchemeInput
{
    public string Code { get; set; } = string.Empty;
}

/// <summary>Input of <c>editCriteriaDraft</c>.</summary>
public sealed class EditCriteriaDraftInput
{
    public string Scheme { get; set; } = string.Empty;

    public int Revision { get; set; }

    public List<CriteriaEditInput> Edits { get; set; } = [];
}

/// <summary>Input of <c>publishCriteriaScheme</c>.</summary>
public sealed class PublishCriteriaSchemeInput
{
    public string Scheme { get; set; } = string.Empty;

    public int Revision { get; set; }

    public DateOnly? PublishedOn { get; set; }
}

/// <summary>Input of <c>discardCriteriaDraft</c>.</summary>
public sealed class DiscardCriteriaDraftInput
{
    public string Scheme { get; set; } = string.Empty;

    public int Revision { get; set; }
}

/// <summary>One edit of a draft: exactly one of the fields is set.</summary>
public sealed class CriteriaEditInput
{
    public SetIndicatorPointsInput? SetIndicatorPoints { get; set; }

    public AddIndicatorInput? AddIndicator { get; set; }

    public string? RemoveIndicator { get; set; }

    public AddSectionInput? AddSection { get; set; }

    public string? RemoveSection { get; set; }

    public SetGateThresholdInput? SetGateThreshold { get; set; }

    public AddGateInput? AddGate { get; set; }

    public GateKind? RemoveGate { get; set; }

    public SetPassMarkInput? SetPassMark { get; set; }
}

public sealed class SetIndicatorPointsInput
{
    public string Indicator { get; set; } = string.Empty;

    public double MaximumPoints { get; set; }
}

public sealed class AddIndicatorInput
{
    public string Section { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public LocalizedTextInput Title { get; set; } = new();

    public double MaximumPoints { get; set; }

    public string Guidance { get; set; } = string.Empty;

    public string EvidenceExpected { get; set; } = string.Empty;
}

public sealed class AddSectionInput
{
    public string Code { get; set; } = string.Empty;

    public LocalizedTextInput Title { get; set; } = new();
}

public sealed class SetGateThresholdInput
{
    public GateKind Kind { get; set; }

    public double? Threshold { get; set; }
}

public sealed class AddGateInput
{
    public GateKind Kind { get; set; }

    public LocalizedTextInput Description { get; set; } = new();

    public double? Threshold { get; set; }
}

public sealed class SetPassMarkInput
{
    public TitleLevel Level { get; set; }

    public double MinimumScore { get; set; }
}

public sealed class DraftCriteriaSchemeInputType : InputObjectGraphType<DraftCriteriaSchemeInput>
{
    public DraftCriteriaSchemeInputType()
    {
        Name = "DraftCriteriaSchemeInput";
        Description = "The scheme whose next version to draft.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The scheme's code, e.g. GC-CRITERIA; the draft copies its latest published version.");
    }
}

public sealed class EditCriteriaDraftInputType : InputObjectGraphType<EditCriteriaDraftInput>
{
    public EditCriteriaDraftInputType()
    {
        Name = "EditCriteriaDraftInput";
        Description = "Edits to a draft scheme version, applied in order, all or none.";
        Field<NonNullGraphType<IdGraphType>>("scheme").Description("The draft's global ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The draft's revision as you read it; a stale one is a CONFLICT.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaEditInputType>>>>("edits").Description("The edits, in order.");
    }
}

public sealed class PublishCriteriaSchemeInputType : InputObjectGraphType<PublishCriteriaSchemeInput>
{
    public PublishCriteriaSchemeInputType()
    {
        Name = "PublishCriteriaSchemeInput";
        Description = "The draft to publish.";
        Field<NonNullGraphType<IdGraphType>>("scheme").Description("The draft's global ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The draft's revision as you read it; a stale one is a CONFLICT.");
        Field<CalendarDateGraphType>("publishedOn").Description("The publication day; today when omitted.");
    }
}

public sealed class DiscardCriteriaDraftInputType : InputObjectGraphType<DiscardCriteriaDraftInput>
{
    public DiscardCriteriaDraftInputType()
    {
        Name = "DiscardCriteriaDraftInput";
        Description = "The abandoned draft to delete.";
        Field<NonNullGraphType<IdGraphType>>("scheme").Description("The draft's global ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The draft's revision as you read it; a stale one is a CONFLICT.");
    }
}

public sealed class CriteriaEditInputType : InputObjectGraphType<CriteriaEditInput>
{
    public CriteriaEditInputType()
    {
        Name = "CriteriaEditInput";
        Description = "One edit of a draft scheme version: set exactly one field. Sections and indicators are named by code, gates by kind.";
        IsOneOf = true;
        Field<SetIndicatorPointsInputType>("setIndicatorPoints").Description("Re-weights an indicator.");
        Field<AddIndicatorInputType>("addIndicator").Description("Adds an indicator at the end of a section.");
        Field<StringGraphType>("removeIndicator").Description("Removes the indicator with this code.");
        Field<AddSectionInputType>("addSection").Description("Adds an empty section at the end.");
        Field<StringGraphType>("removeSection").Description("Removes the section with this code, with its indicators.");
        Field<SetGateThresholdInputType>("setGateThreshold").Description("Changes a gate's threshold.");
        Field<AddGateInputType>("addGate").Description("Adds a gate.");
        Field<GateKindType>("removeGate").Description("Removes the gate of this kind.");
        Field<SetPassMarkInputType>("setPassMark").Description("Sets a title level's pass mark.");
    }
}

public sealed class SetIndicatorPointsInputType : InputObjectGraphType<SetIndicatorPointsInput>
{
    public SetIndicatorPointsInputType()
    {
        Name = "SetIndicatorPointsInput";
        Description = "An indicator's new maximum points.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("The indicator's code, e.g. S1.2.");
        Field<NonNullGraphType<FloatGraphType>>("maximumPoints").Description("The new maximum, above 0.");
    }
}

public sealed class AddIndicatorInputType : InputObjectGraphType<AddIndicatorInput>
{
    public AddIndicatorInputType()
    {
        Name = "AddIndicatorInput";
        Description = "A new indicator.";
        Field<NonNullGraphType<StringGraphType>>("section").Description("The section's code.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("A code not yet used in the scheme, e.g. S2.4.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("What is scored.");
        Field<NonNullGraphType<FloatGraphType>>("maximumPoints").Description("The most points an evaluator may give, above 0.");
        Field<NonNullGraphType<StringGraphType>>("guidance").Description("How evaluators should score it.");
        Field<NonNullGraphType<StringGraphType>>("evidenceExpected").Description("The evidence an applicant is expected to provide.");
    }
}

public sealed class AddSectionInputType : InputObjectGraphType<AddSectionInput>
{
    public AddSectionInputType()
    {
        Name = "AddSectionInput";
        Description = "A new, empty section.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("A code not yet used in the scheme, e.g. S6.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("The section's title.");
    }
}

public sealed class SetGateThresholdInputType : InputObjectGraphType<SetGateThresholdInput>
{
    public SetGateThresholdInputType()
    {
        Name = "SetGateThresholdInput";
        Description = "A gate's new threshold.";
        Field<NonNullGraphType<GateKindType>>("kind").Description("The gate.");
        Field<FloatGraphType>("threshold").Description("The threshold (occupancy: a fraction within (0, 1]); null for none.");
    }
}

public sealed class AddGateInputType : InputObjectGraphType<AddGateInput>
{
    public AddGateInputType()
    {
        Name = "AddGateInput";
        Description = "A new gate.";
        Field<NonNullGraphType<GateKindType>>("kind").Description("The rule.");
        Field<NonNullGraphType<LocalizedTextInputType>>("description").Description("The rule in words.");
        Field<FloatGraphType>("threshold").Description("The threshold, for gates that have one (occupancy: a fraction within (0, 1]).");
    }
}

public sealed class SetPassMarkInputType : InputObjectGraphType<SetPassMarkInput>
{
    public SetPassMarkInputType()
    {
        Name = "SetPassMarkInput";
        Description = "A title level's minimum panel score.";
        Field<NonNullGraphType<TitleLevelType>>("level").Description("The title level.");
        Field<NonNullGraphType<FloatGraphType>>("minimumScore").Description("The minimum panel score, at most the scheme's maximum when published.");
    }
}
