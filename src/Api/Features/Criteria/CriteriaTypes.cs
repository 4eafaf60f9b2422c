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
        Field<NonNullGraphType<CalendarDateGraphType>>("publishedOn").Description("The day the city published this version.").Resolve(ctx => ctx.Source.PublishedOn);
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
