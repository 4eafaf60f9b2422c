using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Api.Features.Criteria;

public sealed class CriteriaSchemeType : ObjectGraphType<CriteriaScheme>
{
    public const string TypeName = "CriteriaScheme";

    public CriteriaSchemeType()
    {
        Name = TypeName;
        Description = "A version of the published scoring standard (考评标准): sections, indicators with maximum points, gates and pass marks.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is CriteriaScheme;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The scheme version's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(s => s.Code);
        Field(s => s.Version);
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The scheme's title.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<CriteriaSchemeStatusType>>("status").Description("Draft (city administrators only) or published (public, never changes).").Resolve(ctx => ctx.Source.Status);
        Field<CalendarDateGraphType>("publishedOn").Description("The day the city published this version; null while it is a draft.").Resolve(ctx => ctx.Source.PublishedOn);
        Field<IntGraphType>("basedOnVersion").Description("The published version this one was drafted from, when it was.").Resolve(ctx => ctx.Source.BasedOnVersion);
        Field(s => s.Revision).Description("Counts the changes to a draft; give it back to editCriteriaDraft and publishCriteriaScheme.");
        Field(s => s.ValidityYears);
        Field(s => s.ScoringRule).Description("How indicator scores become a panel score.");
        Field<NonNullGraphType<FloatGraphType>>("maximumScore").Description("The sum of all indicators' maximum points.").Resolve(ctx => (double)ctx.Source.MaximumScore);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaSectionType>>>>("sections").Description("The sections, in order.").Resolve(ctx => ctx.Source.Sections.OrderBy(s => s.Position));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GateType>>>>("gates").Description("The hard eligibility gates.").Resolve(ctx => ctx.Source.Gates.OrderBy(g => g.Kind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PassMarkType>>>>("passMarks").Description("The minimum panel score per title level.").Resolve(ctx => ctx.Source.PassMarks.OrderBy(p => p.Level));
        Field("sample", s => s.IsSample).Description("True when the scheme was invented for the sample dataset (the report does not give the city's points).");
    }
}

public sealed class CriteriaSectionType : ObjectGraphType<CriteriaSection>
{
    public const string TypeName = "CriteriaSection";

    public CriteriaSectionType()
    {
        Name = TypeName;
        Description = "A section of a criteria scheme, e.g. one of the five signs of a Green Community.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is CriteriaSection;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The section's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(s => s.Code);
        Field(s => s.Position);
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("The section's title.").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<FloatGraphType>>("maximumPoints").Description("The sum of the section's indicators' maximum points.").Resolve(ctx => (double)ctx.Source.MaximumPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaIndicatorType>>>>("indicators").Description("The indicators, in order.").Resolve(ctx => ctx.Source.Indicators.OrderBy(i => i.Position));
    }
}

public sealed class CriteriaIndicatorType : ObjectGraphType<Indicator>
{
    public const string TypeName = "CriteriaIndicator";

    public CriteriaIndicatorType()
    {
        Name = TypeName;
        Description = "One scored item of a criteria scheme, with its maximum points and the guidance evaluators follow.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Indicator;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The indicator's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(i => i.Code).Description("A code unique within the scheme, e.g. S1.2.");
        Field(i => i.Position);
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("What is scored.").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<FloatGraphType>>("maximumPoints").Description("The most points an evaluator may give.").Resolve(ctx => (double)ctx.Source.MaximumPoints);
        Field(i => i.Guidance);
        Field(i => i.EvidenceExpected);
    }
}

public sealed class GateType : ObjectGraphType<Gate>
{
    public GateType()
    {
        Name = "Gate";
        Description = "A hard eligibility rule: failing it vetoes an application whatever its score.";
        Field<NonNullGraphType<GateKindType>>("kind").Description("Which rule.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<LocalizedTextType>>("description").Description("The rule in words.").Resolve(ctx => ctx.Source.Description);
        Field<FloatGraphType>("threshold").Description("The numeric threshold, for gates that have one (occupancy: a fraction, 0.6).").Resolve(ctx => ctx.Source.Threshold is { } t ? (double)t : null);
    }
}

public sealed class PassMarkType : ObjectGraphType<PassMark>
{
    public PassMarkType()
    {
        Name = "PassMark";
        Description = "The minimum panel score for a title level.";
        Field<NonNullGraphType<TitleLevelType>>("level").Description("The title level.").Resolve(ctx => ctx.Source.Level);
        Field<NonNullGraphType<FloatGraphType>>("minimumScore").Description("The minimum panel score.").Resolve(ctx => (double)ctx.Source.MinimumScore);
    }
}

public sealed class CriteriaSchemeStatusType() : DescribedEnumType<CriteriaSchemeStatus>(
    "CriteriaSchemeStatus",
    "Whether a criteria version is being drafted or published.",
    (CriteriaSchemeStatus.Draft, "Being drafted by the city; visible to city administrators only."),
    (CriteriaSchemeStatus.Published, "Published: public, and never changes again."));

public sealed class CriteriaSchemeDiffType : ObjectGraphType<CriteriaSchemeDiff>
{
    public CriteriaSchemeDiffType()
    {
        Name = "CriteriaSchemeDiff";
        Description = "What changed from one version of a criteria scheme to another. Sections and indicators are matched by code, gates by kind.";
        Field<NonNullGraphType<CriteriaSchemeType>>("from").Description("The earlier version.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<CriteriaSchemeType>>("to").Description("The later version.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaSectionType>>>>("sectionsAdded").Description("Sections of `to` that `from` lacks.").Resolve(ctx => ctx.Source.SectionsAdded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaSectionType>>>>("sectionsRemoved").Description("Sections of `from` that `to` lacks.").Resolve(ctx => ctx.Source.SectionsRemoved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaIndicatorType>>>>("indicatorsAdded").Description("Indicators of `to` that `from` lacks.").Resolve(ctx => ctx.Source.IndicatorsAdded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaIndicatorType>>>>("indicatorsRemoved").Description("Indicators of `from` that `to` lacks.").Resolve(ctx => ctx.Source.IndicatorsRemoved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorReweightingType>>>>("indicatorsReweighted").Description("Indicators in both with a different maximum.").Resolve(ctx => ctx.Source.IndicatorsReweighted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GateType>>>>("gatesAdded").Description("Gates of `to` that `from` lacks.").Resolve(ctx => ctx.Source.GatesAdded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GateType>>>>("gatesRemoved").Description("Gates of `from` that `to` lacks.").Resolve(ctx => ctx.Source.GatesRemoved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GateChangeType>>>>("gatesChanged").Description("Gates in both with a different threshold.").Resolve(ctx => ctx.Source.GatesChanged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PassMarkChangeType>>>>("passMarksChanged").Description("Title levels whose pass mark was set, changed or dropped.").Resolve(ctx => ctx.Source.PassMarksChanged);
    }
}

public sealed class IndicatorReweightingType : ObjectGraphType<IndicatorReweighting>
{
    public IndicatorReweightingType()
    {
        Name = "IndicatorReweighting";
        Description = "An indicator kept under the same code with a different maximum.";
        Field(r => r.Code).Description("The indicator's code.");
        Field<NonNullGraphType<FloatGraphType>>("pointsBefore").Description("The maximum in the earlier version.").Resolve(ctx => (double)ctx.Source.PointsBefore);
        Field<NonNullGraphType<FloatGraphType>>("pointsAfter").Description("The maximum in the later version.").Resolve(ctx => (double)ctx.Source.PointsAfter);
    }
}

public sealed class GateChangeType : ObjectGraphType<GateChange>
{
    public GateChangeType()
    {
        Name = "GateChange";
        Description = "A gate kept with a different threshold.";
        Field<NonNullGraphType<GateKindType>>("kind").Description("The gate.").Resolve(ctx => ctx.Source.Kind);
        Field<FloatGraphType>("thresholdBefore").Description("The threshold in the earlier version.").Resolve(ctx => ctx.Source.ThresholdBefore is { } t ? (double)t : null);
        Field<FloatGraphType>("thresholdAfter").Description("The threshold in the later version.").Resolve(ctx => ctx.Source.ThresholdAfter is { } t ? (double)t : null);
    }
}

public sealed class PassMarkChangeType : ObjectGraphType<PassMarkChange>
{
    public PassMarkChangeType()
    {
        Name = "PassMarkChange";
        Description = "A title level's pass mark set, changed or dropped.";
        Field<NonNullGraphType<TitleLevelType>>("level").Description("The title level.").Resolve(ctx => ctx.Source.Level);
        Field<FloatGraphType>("before").Description("The pass mark in the earlier version; null when it had none.").Resolve(ctx => ctx.Source.Before is { } v ? (double)v : null);
        Field<FloatGraphType>("after").Description("The pass mark in the later version; null when it has none.").Resolve(ctx => ctx.Source.After is { } v ? (double)v : null);
    }
}
