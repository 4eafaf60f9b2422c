using GraphQL.Types;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Metrics;

namespace GreenCommunity.Api.Features.Statistics;

/// <summary>The dimensions a statistic can be grouped by.</summary>
public enum GroupKey
{
    /// <summary>The district an award was made in.</summary>
    DistrictAtAward,

    /// <summary>The community's current district (for funding and publicity: the district concerned).</summary>
    District,

    /// <summary>The year.</summary>
    Year,

    /// <summary>The title level.</summary>
    Level,

    /// <summary>The community's kind.</summary>
    CommunityKind,

    /// <summary>Who paid.</summary>
    Source,

    /// <summary>The support category.</summary>
    SupportCategory,

    /// <summary>The kind of training or publicity.</summary>
    Kind,
}

/// <summary>The values of the dimensions a row of a statistic stands for; null for dimensions not grouped by.</summary>
/// <param name="DistrictId">The district, when grouped by one.</param>
/// <param name="Year">The year.</param>
/// <param name="Level">The title level.</param>
/// <param name="CommunityKind">The community kind.</param>
/// <param name="Source">The funding source.</param>
/// <param name="SupportCategory">The support category.</param>
/// <param name="Kind">The kind of training or publicity.</param>
public sealed record StatisticsGroup(int? DistrictId = null, int? Year = null, TitleLevel? Level = null, CommunityKind? CommunityKind = null, string? Source = null, SupportCategory? SupportCategory = null, string? Kind = null);

/// <summary>A count of awards in a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Count">Awards in it.</param>
public sealed record AwardCount(StatisticsGroup Group, int Count);

/// <summary>Summary statistics of numbers in a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Count">How many values.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="Median">Their median (mean of the two middle values for an even count).</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
public sealed record NumberSummary(StatisticsGroup Group, int Count, double? Mean, double? Median, double? Min, double? Max);

/// <summary>A bin of a score histogram.</summary>
/// <param name="From">Lower bound (included).</param>
/// <param name="To">Upper bound (excluded, except for the last bin).</param>
/// <param name="Count">Awards with a score in the bin.</param>
public sealed record ScoreBin(double From, double To, int Count);

/// <summary>The distribution of award scores.</summary>
/// <param name="Summary">Count, mean, median, minimum and maximum.</param>
/// <param name="Bins">The histogram.</param>
public sealed record ScoreDistribution(NumberSummary Summary, IReadOnlyList<ScoreBin> Bins);

/// <summary>Funding in a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Records">Funding records.</param>
/// <param name="AmountYuan">Their total in yuan.</param>
public sealed record FundingTotal(StatisticsGroup Group, int Records, double AmountYuan);

/// <summary>Training in a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Batches">Batches (sessions) held.</param>
/// <param name="Attendance">Person-times attending.</param>
public sealed record TrainingTotal(StatisticsGroup Group, int Batches, int Attendance);

/// <summary>Publicity in a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Activities">Activities recorded.</param>
/// <param name="Quantity">Total quantity (copies, events...).</param>
public sealed record PublicityTotal(StatisticsGroup Group, int Activities, int Quantity);

/// <summary>
/// Resident questionnaire results of a group of communities, computed from the group's publishable YEAR × DISTRICT
/// cells only (<see cref="QuestionnaireDisclosure"/>).
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="Communities">Communities surveyed in the group, counted in its figures or not (always given).</param>
/// <param name="CommunitiesLeftOut">Communities in the group's cells below the minimum group size, in none of the figures.</param>
/// <param name="CellsLeftOut">The group's YEAR × DISTRICT cells below the minimum group size.</param>
/// <param name="Suppressed">True when none of the group's cells may be published, so the figures are withheld.</param>
/// <param name="Respondents">Respondents in the publishable cells.</param>
/// <param name="SatisfiedShare">Share of those respondents satisfied with the environment.</param>
/// <param name="AwareShare">Share of those respondents aware of the programme.</param>
public sealed record QuestionnaireAggregate(StatisticsGroup Group, int Communities, int CommunitiesLeftOut, int CellsLeftOut, bool Suppressed, int? Respondents, double? SatisfiedShare, double? AwareShare);

/// <summary>GraphQL <c>StatisticsGroupKey</c>.</summary>
public sealed class GroupKeyType() : DescribedEnumType<GroupKey>(
    "StatisticsGroupKey",
    "A dimension to group a statistic by; each statistic says which it accepts.",
    (GroupKey.DistrictAtAward, "Awards: the district the award was made in (former districts such as Dongshan kept)."),
    (GroupKey.District, "The community's current district; for funding and publicity, the district concerned."),
    (GroupKey.Year, "The year (campaign year, observation year, funding year...)."),
    (GroupKey.Level, "Awards: the title level."),
    (GroupKey.CommunityKind, "The community's kind."),
    (GroupKey.Source, "Funding: who paid."),
    (GroupKey.SupportCategory, "Funding: the support category."),
    (GroupKey.Kind, "Training or publicity: the kind."));

/// <summary>GraphQL <c>StatisticsGroup</c>.</summary>
public sealed class StatisticsGroupType : ObjectGraphType<StatisticsGroup>
{
    /// <summary>Defines the fields.</summary>
    public StatisticsGroupType()
    {
        Name = "StatisticsGroup";
        Description = "The values of the dimensions a row stands for. A dimension not grouped by is null (the row covers all its values); a grouped dimension may also be null where the records have no value for it (e.g. city-wide funding has no district).";
        Field<DistrictType>("district").Description("DISTRICT or DISTRICT_AT_AWARD.").Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field(g => g.Year, nullable: true).Description("YEAR.");
        Field<TitleLevelType>("level").Description("LEVEL.").Resolve(ctx => ctx.Source.Level);
        Field<CommunityKindType>("communityKind").Description("COMMUNITY_KIND.").Resolve(ctx => ctx.Source.CommunityKind);
        Field(g => g.Source, nullable: true).Description("SOURCE.");
        Field<SupportCategoryType>("supportCategory").Description("SUPPORT_CATEGORY.").Resolve(ctx => ctx.Source.SupportCategory);
        Field(g => g.Kind, nullable: true).Description("KIND: the TrainingKind or PublicityKind value.");
    }
}

/// <summary>GraphQL <c>AwardCount</c>.</summary>
public sealed class AwardCountType : ObjectGraphType<AwardCount>
{
    /// <summary>Defines the fields.</summary>
    public AwardCountType()
    {
        Name = "AwardCount";
        Description = "The number of published awards in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(c => c.Count).Description("Awards in the group.");
    }
}

/// <summary>GraphQL <c>NumberSummary</c>.</summary>
public sealed class NumberSummaryType : ObjectGraphType<NumberSummary>
{
    /// <summary>Defines the fields.</summary>
    public NumberSummaryType()
    {
        Name = "NumberSummary";
        Description = "Count, mean, median, minimum and maximum of the values in a group (null when it has none).";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(s => s.Count).Description("How many values.");
        Field(s => s.Mean, nullable: true).Description("The arithmetic mean.");
        Field(s => s.Median, nullable: true).Description("The median (mean of the two middle values when the count is even).");
        Field(s => s.Min, nullable: true).Description("The smallest value.");
        Field(s => s.Max, nullable: true).Description("The largest value.");
    }
}

/// <summary>GraphQL <c>ScoreBin</c>.</summary>
public sealed class ScoreBinType : ObjectGraphType<ScoreBin>
{
    /// <summary>Defines the fields.</summary>
    public ScoreBinType()
    {
        Name = "ScoreBin";
        Description = "A bin of the score histogram: from (included) to (excluded; the last bin includes it).";
        Field(b => b.From).Description("Lower bound, included.");
        Field(b => b.To).Description("Upper bound, excluded (included for the last bin).");
        Field(b => b.Count).Description("Awards with a score in the bin.");
    }
}

/// <summary>GraphQL <c>ScoreDistribution</c>.</summary>
public sealed class ScoreDistributionType : ObjectGraphType<ScoreDistribution>
{
    /// <summary>Defines the fields.</summary>
    public ScoreDistributionType()
    {
        Name = "ScoreDistribution";
        Description = "The distribution of the panel scores of published, scored awards.";
        Field<NonNullGraphType<NumberSummaryType>>("summary").Description("Count, mean, median, minimum and maximum.").Resolve(ctx => ctx.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoreBinType>>>>("bins").Description("The histogram, from the lowest bin holding a score to the highest.").Resolve(ctx => ctx.Source.Bins);
    }
}

/// <summary>GraphQL <c>FundingTotal</c>.</summary>
public sealed class FundingTotalType : ObjectGraphType<FundingTotal>
{
    /// <summary>Defines the fields.</summary>
    public FundingTotalType()
    {
        Name = "FundingTotal";
        Description = "Funding in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(f => f.Records).Description("Funding records in the group.");
        Field(f => f.AmountYuan).Description("Their total in yuan.");
    }
}

/// <summary>GraphQL <c>TrainingTotal</c>.</summary>
public sealed class TrainingTotalType : ObjectGraphType<TrainingTotal>
{
    /// <summary>Defines the fields.</summary>
    public TrainingTotalType()
    {
        Name = "TrainingTotal";
        Description = "Training and exchange in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(t => t.Batches).Description("Batches (sessions) held.");
        Field(t => t.Attendance).Description("Person-times attending (some records are minimums: \"more than\").");
    }
}

/// <summary>GraphQL <c>PublicityTotal</c>.</summary>
public sealed class PublicityTotalType : ObjectGraphType<PublicityTotal>
{
    /// <summary>Defines the fields.</summary>
    public PublicityTotalType()
    {
        Name = "PublicityTotal";
        Description = "Publicity work in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(p => p.Activities).Description("Activities recorded.");
        Field(p => p.Quantity).Description("Their total quantity (copies, events, districts...).");
    }
}

/// <summary>GraphQL <c>QuestionnaireAggregate</c>.</summary>
public sealed class QuestionnaireAggregateType : ObjectGraphType<QuestionnaireAggregate>
{
    /// <summary>Defines the fields.</summary>
    public QuestionnaireAggregateType()
    {
        Name = "QuestionnaireAggregate";
        Description = "Resident questionnaire results of the on-site evaluations of published campaigns, aggregated over a group of communities. YEAR × DISTRICT cells with fewer communities than the minimum group size are suppressed and left out of every figure, whatever the grouping (totals included); the questionnaire answers of a single community appear in no aggregate.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(q => q.Communities).Description("Communities surveyed in the group, whether its figures count them or not (a community surveyed in two years counts in each).");
        Field(q => q.CommunitiesLeftOut).Description("Communities of the group in YEAR × DISTRICT cells below the minimum group size: their answers are in none of the figures (nor in any other grouping or total).");
        Field(q => q.CellsLeftOut).Description("YEAR × DISTRICT cells of the group left out of the figures for being below the minimum group size.");
        Field(q => q.Suppressed).Description("True when none of the group's YEAR × DISTRICT cells reaches the minimum group size: the figures are withheld.");
        Field(q => q.Respondents, nullable: true).Description("Respondents in the cells counted; null when suppressed.");
        Field(q => q.SatisfiedShare, nullable: true).Description("Share (0..1) of the respondents counted who are satisfied with the community's environment; null when suppressed.");
        Field(q => q.AwareShare, nullable: true).Description("Share (0..1) of the respondents counted who are aware of the programme; null when suppressed.");
    }
}
