using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Metrics;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

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

/// <summary>Summary statistics of numbers in a group, computed by the database (<see cref="NumberSummaries"/>).</summary>
/// <param name="Group">The group.</param>
/// <param name="Count">How many values.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="Median">Their median (mean of the two middle values for an even count).</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
/// <param name="P25">The 25th percentile (continuous: interpolated between the two values around position 0.25·(count − 1)).</param>
/// <param name="P75">The 75th percentile (continuous, as <paramref name="P25"/>).</param>
public sealed record NumberSummary(StatisticsGroup Group, int Count, double? Mean, double? Median, double? Min, double? Max, double? P25, double? P75)
{
    /// <summary>The summary of <paramref name="row"/>, the database's figures for <paramref name="group"/>.</summary>
    public static NumberSummary Of(StatisticsGroup group, NumberSummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Count == 0
            ? new NumberSummary(group, 0, null, null, null, null, null, null)
            : new NumberSummary(group, checked((int)row.Count), row.Sum / row.Count, row.Median, row.Min, row.Max, row.P25, row.P75);
    }
}

/// <summary>An indicator's figures per group as the database returns them: a key is null when not grouped by.</summary>
public sealed class IndicatorSummaryRow : NumberSummaryRow
{
    /// <summary>The keys <c>indicatorStatistics</c> projects, in the order of its projection.</summary>
    public static readonly string[] Keys = [nameof(DistrictId), nameof(Year), nameof(Kind)];

    /// <summary>The community's current district.</summary>
    public int? DistrictId { get; set; }

    /// <summary>The observation's year.</summary>
    public int? Year { get; set; }

    /// <summary>The community's kind, as stored (the <see cref="CommunityKind"/> name).</summary>
    public string? Kind { get; set; }
}

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

public sealed class StatisticsGroupType : ObjectGraphType<StatisticsGroup>
{
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

public sealed class AwardCountType : ObjectGraphType<AwardCount>
{
    public AwardCountType()
    {
        Name = "AwardCount";
        Description = "The number of published awards in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(c => c.Count).Description("Awards in the group.");
    }
}

public sealed class NumberSummaryType : ObjectGraphType<NumberSummary>
{
    public NumberSummaryType()
    {
        Name = "NumberSummary";
        Description = "Count, mean, median, quartiles, minimum and maximum of the values in a group (null when it has none), all computed by the database.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(s => s.Count);
        Field(s => s.Mean, nullable: true).Description("The arithmetic mean.");
        Field(s => s.Median, nullable: true).Description("The median (mean of the two middle values when the count is even).");
        Field(s => s.P25, nullable: true).Description("The 25th percentile (first quartile), continuous as SQL's percentile_cont: at position 0.25 × (count − 1) of the ordered values, interpolated between the two values around it.");
        Field(s => s.P75, nullable: true).Description("The 75th percentile (third quartile), continuous as p25.");
        Field(s => s.Min, nullable: true).Description("The smallest value.");
        Field(s => s.Max, nullable: true).Description("The largest value.");
    }
}

public sealed class ScoreBinType : ObjectGraphType<ScoreBin>
{
    public ScoreBinType()
    {
        Name = "ScoreBin";
        Description = "A bin of the score histogram: from (included) to (excluded; the last bin includes it).";
        Field(b => b.From).Description("Lower bound, included.");
        Field(b => b.To).Description("Upper bound, excluded (included for the last bin).");
        Field(b => b.Count);
    }
}

public sealed class ScoreDistributionType : ObjectGraphType<ScoreDistribution>
{
    public ScoreDistributionType()
    {
        Name = "ScoreDistribution";
        Description = "The distribution of the panel scores of published, scored awards.";
        Field<NonNullGraphType<NumberSummaryType>>("summary").Description("Count, mean, median, quartiles, minimum and maximum.").Resolve(ctx => ctx.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoreBinType>>>>("bins").Description("The histogram, from the lowest bin holding a score to the highest.").Resolve(ctx => ctx.Source.Bins);
    }
}

public sealed class FundingTotalType : ObjectGraphType<FundingTotal>
{
    public FundingTotalType()
    {
        Name = "FundingTotal";
        Description = "Funding in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(f => f.Records).Description("Funding records in the group.");
        Field(f => f.AmountYuan);
    }
}

public sealed class TrainingTotalType : ObjectGraphType<TrainingTotal>
{
    public TrainingTotalType()
    {
        Name = "TrainingTotal";
        Description = "Training and exchange in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(t => t.Batches);
        Field(t => t.Attendance).Description("Person-times attending (some records are minimums: \"more than\").");
    }
}

public sealed class PublicityTotalType : ObjectGraphType<PublicityTotal>
{
    public PublicityTotalType()
    {
        Name = "PublicityTotal";
        Description = "Publicity work in a group.";
        Field<NonNullGraphType<StatisticsGroupType>>("group").Description("The group.").Resolve(ctx => ctx.Source.Group);
        Field(p => p.Activities);
        Field(p => p.Quantity).Description("Their total quantity (copies, events, districts...).");
    }
}

public sealed class QuestionnaireAggregateType : ObjectGraphType<QuestionnaireAggregate>
{
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

/// <summary>The root of the statistics.</summary>
public sealed record StatisticsRoot;

/// <summary>
/// GraphQL <c>Statistics</c>. Each statistic is grouped and aggregated in SQL at the finest grain its dimensions
/// allow (COUNT, SUM, MIN, MAX), then rolled up to the dimensions asked for; sums and counts roll up exactly.
/// Medians and quartiles do not roll up: they are computed by the database per group asked for, one row per group
/// (<see cref="NumberSummaries"/>, ADR-032).
/// </summary>
public sealed class StatisticsType : ObjectGraphType<StatisticsRoot>
{
    public StatisticsType()
    {
        Name = "Statistics";
        Description = "Aggregates computed in the database over published data (as of an edition where asOf is offered).";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AwardCountType>>>>("awardCounts")
            .Description("Counts of published awards by DISTRICT_AT_AWARD, DISTRICT, YEAR, LEVEL and/or COMMUNITY_KIND, ordered by the group's values.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .Argument<AwardFilterType>("where", "Conditions on the awards counted.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, "Count the awards of this edition; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var keys = Keys(ctx, GroupKey.DistrictAtAward, GroupKey.District, GroupKey.Year, GroupKey.Level, GroupKey.CommunityKind);
                var edition = await EditionOfAsync(ctx);
                var awards = AwardQueries.Filter(ctx.Db().AwardsAsOf(edition), ctx.GetArgument<AwardFilter?>("where"), edition);
                var rows = await awards
                    .GroupBy(a => new { a.DistrictAtAwardId, a.Community!.Street!.DistrictId, a.Year, a.Level, a.Community.Kind })
                    .Select(g => new { g.Key.DistrictAtAwardId, g.Key.DistrictId, g.Key.Year, g.Key.Level, g.Key.Kind, Count = g.Count() })
                    .ToListAsync(ctx.CancellationToken);
                return rows
                    .GroupBy(r => new StatisticsGroup(
                        DistrictId: keys.Contains(GroupKey.DistrictAtAward) ? r.DistrictAtAwardId : keys.Contains(GroupKey.District) ? r.DistrictId : null,
                        Year: keys.Contains(GroupKey.Year) ? r.Year : null,
                        Level: keys.Contains(GroupKey.Level) ? r.Level : null,
                        CommunityKind: keys.Contains(GroupKey.CommunityKind) ? r.Kind : null))
                    .Select(g => new AwardCount(g.Key, g.Sum(r => r.Count)))
                    .OrderBy(c => c.Group.Year).ThenBy(c => c.Group.DistrictId).ThenBy(c => c.Group.Level).ThenBy(c => c.Group.CommunityKind)
                    .ToList();
            });

        Field<NonNullGraphType<ScoreDistributionType>>("scoreDistribution")
            .Description("The distribution of panel scores of published, scored awards: summary and histogram.")
            .Argument<FloatGraphType>("binWidth", "Width of the histogram's bins, 0.5 to 50.", a => a.DefaultValue = 5.0)
            .Argument<AwardFilterType>("where", "Conditions on the awards.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, "The awards of this edition; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var width = ctx.GetArgument("binWidth", 5.0);
                if (width is < 0.5 or > 50)
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "'binWidth' must be between 0.5 and 50.");
                }

                var edition = await EditionOfAsync(ctx);
                var awards = AwardQueries.Filter(ctx.Db().AwardsAsOf(edition), ctx.GetArgument<AwardFilter?>("where"), edition).Where(a => a.Score != null);

                // The summary (median and quartiles included) is one row from the database. Scores have one decimal, so
                // the histogram is built from the count of each distinct score: as many rows as scores in use, not awards.
                var summary = await ctx.Db().SummarizeInDatabase<NumberSummaryRow>(awards.Select(a => new { Value = (double)a.Score!.Value }), [], [])
                    .SingleAsync(ctx.CancellationToken);
                var counts = await awards.GroupBy(a => (double)a.Score!.Value).Select(g => new { Score = g.Key, Count = g.Count() })
                    .OrderBy(s => s.Score).ToListAsync(ctx.CancellationToken);
                var bins = new List<ScoreBin>();
                if (counts.Count > 0)
                {
                    var low = Math.Floor(counts[0].Score / width) * width;
                    for (var from = low; from <= counts[^1].Score; from += width)
                    {
                        var to = from + width;
                        var last = to > counts[^1].Score;
                        bins.Add(new ScoreBin(from, to, counts.Where(c => c.Score >= from && (c.Score < to || (last && c.Score <= to))).Sum(c => c.Count)));
                    }
                }

                return new ScoreDistribution(NumberSummary.Of(new StatisticsGroup(), summary), bins);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NumberSummaryType>>>>("indicatorStatistics")
            .Description("Count, mean, median, quartiles, minimum and maximum of an indicator's published values, by DISTRICT (current), YEAR and/or COMMUNITY_KIND.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "The indicator's code, e.g. waste-sorting-participation.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one summary.")
            .Argument<IntFilterType>("year", "Conditions on the year, e.g. { gte: 2001, lte: 2002 }.")
            .Argument<StringFilterType>("district", "Conditions on the current district's code.")
            .Argument<IntFilterType>("indicatorVersion", "Conditions on the version of the indicator's definition the values were measured under, e.g. { eq: 2 }. Values of versions with another unit or method do not summarise together: see indicator(code) { versions }.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, "The values of this edition; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var keys = Keys(ctx, GroupKey.District, GroupKey.Year, GroupKey.CommunityKind);
                var edition = await EditionOfAsync(ctx);
                var code = ctx.GetArgument<string>("indicator");
                var values = ctx.Db().ObservationsAsOf(edition)
                    .Where(o => o.Indicator!.Code == code)
                    .Where(ctx.GetArgument<IntFilter?>("year"), o => o.Year)
                    .Where(ctx.GetArgument<StringFilter?>("district"), o => o.Community!.Street!.District!.Code)
                    .Where(ctx.GetArgument<IntFilter?>("indicatorVersion"), o => o.IndicatorVersion)
                    .Select(o => new { o.Community!.Street!.DistrictId, o.Year, o.Community.Kind, Value = (double)o.Value });

                // One statement, one row per group asked for (the projection's order is IndicatorSummaryRow.Keys).
                string[] groupBy = [.. new[] { (GroupKey.District, nameof(IndicatorSummaryRow.DistrictId)), (GroupKey.Year, nameof(IndicatorSummaryRow.Year)), (GroupKey.CommunityKind, nameof(IndicatorSummaryRow.Kind)) }
                    .Where(k => keys.Contains(k.Item1)).Select(k => k.Item2)];
                var rows = await ctx.Db().SummarizeInDatabase<IndicatorSummaryRow>(values, IndicatorSummaryRow.Keys, groupBy).ToListAsync(ctx.CancellationToken);
                return rows.Where(r => r.Count > 0)
                    .Select(r => NumberSummary.Of(new StatisticsGroup(DistrictId: r.DistrictId, Year: r.Year, CommunityKind: r.Kind is null ? null : Enum.Parse<Domain.Geography.CommunityKind>(r.Kind)), r))
                    .OrderBy(s => s.Group.Year).ThenBy(s => s.Group.DistrictId).ThenBy(s => s.Group.CommunityKind)
                    .ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingTotalType>>>>("funding")
            .Description("Funding totals by YEAR, SOURCE, DISTRICT and/or SUPPORT_CATEGORY.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .Argument<IntFilterType>("year", "Conditions on the year.")
            .ResolveAsync(async ctx =>
            {
                var keys = Keys(ctx, GroupKey.Year, GroupKey.Source, GroupKey.District, GroupKey.SupportCategory);
                var rows = await ctx.Db().FundingRecords.Where(ctx.GetArgument<IntFilter?>("year"), f => f.Year)
                    .GroupBy(f => new { f.Year, f.Source, f.DistrictId, f.Category })
                    .Select(g => new { g.Key.Year, g.Key.Source, g.Key.DistrictId, g.Key.Category, Count = g.Count(), Amount = g.Sum(f => (double)f.AmountYuan) })
                    .ToListAsync(ctx.CancellationToken);
                return rows.GroupBy(r => new StatisticsGroup(
                        DistrictId: keys.Contains(GroupKey.District) ? r.DistrictId : null,
                        Year: keys.Contains(GroupKey.Year) ? r.Year : null,
                        Source: keys.Contains(GroupKey.Source) ? r.Source : null,
                        SupportCategory: keys.Contains(GroupKey.SupportCategory) ? r.Category : null))
                    .Select(g => new FundingTotal(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Amount)))
                    .OrderBy(t => t.Group.Year).ThenBy(t => t.Group.Source, StringComparer.Ordinal).ThenBy(t => t.Group.DistrictId).ThenBy(t => t.Group.SupportCategory)
                    .ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingTotalType>>>>("training")
            .Description("Training batches and attendance by YEAR and/or KIND.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .ResolveAsync(async ctx =>
            {
                var keys = Keys(ctx, GroupKey.Year, GroupKey.Kind);
                var rows = await ctx.Db().TrainingRecords.GroupBy(t => new { t.Year, t.Kind })
                    .Select(g => new { g.Key.Year, g.Key.Kind, Batches = g.Sum(t => t.Batches), Attendance = g.Sum(t => t.Attendance) })
                    .ToListAsync(ctx.CancellationToken);
                return rows.GroupBy(r => new StatisticsGroup(Year: keys.Contains(GroupKey.Year) ? r.Year : null, Kind: keys.Contains(GroupKey.Kind) ? DownloadDatasets.Enum(r.Kind) : null))
                    .Select(g => new TrainingTotal(g.Key, g.Sum(r => r.Batches), g.Sum(r => r.Attendance)))
                    .OrderBy(t => t.Group.Year).ThenBy(t => t.Group.Kind, StringComparer.Ordinal)
                    .ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicityTotalType>>>>("publicity")
            .Description("Publicity work by YEAR, KIND and/or DISTRICT.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .ResolveAsync(async ctx =>
            {
                var keys = Keys(ctx, GroupKey.Year, GroupKey.Kind, GroupKey.District);
                var rows = await ctx.Db().PublicityActivities.GroupBy(p => new { p.Year, p.Kind, p.DistrictId })
                    .Select(g => new { g.Key.Year, g.Key.Kind, g.Key.DistrictId, Count = g.Count(), Quantity = g.Sum(p => p.Quantity) })
                    .ToListAsync(ctx.CancellationToken);
                return rows.GroupBy(r => new StatisticsGroup(
                        DistrictId: keys.Contains(GroupKey.District) ? r.DistrictId : null,
                        Year: keys.Contains(GroupKey.Year) ? r.Year : null,
                        Kind: keys.Contains(GroupKey.Kind) ? DownloadDatasets.Enum(r.Kind) : null))
                    .Select(g => new PublicityTotal(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Quantity)))
                    .OrderBy(t => t.Group.Year).ThenBy(t => t.Group.Kind, StringComparer.Ordinal).ThenBy(t => t.Group.DistrictId)
                    .ToList();
            });

        EventQueries.AddStatisticsTo(this);
        OutreachQueries.AddStatisticsTo(this);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuestionnaireAggregateType>>>>("questionnaires")
            .Description("Resident questionnaire results of the on-site evaluations of campaigns whose results are published, by YEAR and/or DISTRICT (current). Only aggregates are published. A YEAR × DISTRICT cell with fewer communities than the minimum group size (operator setting OpenData:MinimumGroupSize, 5 by default) is suppressed, and every figure of every grouping, totals included, is computed from the publishable cells only: a suppressed cell's answers are in no published number, so none can be recovered by subtracting one grouping from another. communitiesLeftOut and cellsLeftOut say what each group leaves out.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<GroupKeyType>>>>("groupBy", "The dimensions; an empty list gives one total.")
            .ResolveAsync(async ctx =>
            {
                var keys = Keys(ctx, GroupKey.Year, GroupKey.District);
                var minimum = ctx.Service<OpenDataOptions>().MinimumGroupSize;
                var db = ctx.Db();

                // One row per community and year, so cells count distinct communities whatever the grouping asked for.
                var rows = await (from s in db.EvaluationSteps
                                  where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null
                                  join e in db.Evaluations on s.EvaluationId equals e.Id
                                  join a in db.Applications on e.ApplicationId equals a.Id
                                  where a.Campaign!.ResultsPublishedAt != null
                                  group s by new { a.Campaign!.Year, a.Community!.Street!.DistrictId, a.CommunityId } into g
                                  select new
                                  {
                                      g.Key.Year,
                                      g.Key.DistrictId,
                                      Respondents = g.Sum(x => x.Questionnaire!.Respondents),
                                      Satisfied = g.Sum(x => x.Questionnaire!.Satisfied),
                                      Aware = g.Sum(x => x.Questionnaire!.AwareOfProgramme),
                                  }).ToListAsync(ctx.CancellationToken);
                var cells = rows.GroupBy(r => (r.Year, r.DistrictId))
                    .Select(g => new QuestionnaireCell(g.Key.Year, g.Key.DistrictId, g.Count(), g.Sum(r => r.Respondents), g.Sum(r => r.Satisfied), g.Sum(r => r.Aware)));
                return QuestionnaireDisclosure.Aggregate(cells, keys.Contains(GroupKey.Year), keys.Contains(GroupKey.District), minimum);
            });

        FundingQueries.AddToStatistics(this);
    }

    private static async Task<int> EditionOfAsync(IResolveFieldContext ctx)
    {
        var reference = ctx.GetArgument<EditionRef?>(EditionScope.ArgumentName);
        return reference is null ? await EditionScope.LatestAsync(ctx.Db(), ctx.CancellationToken) : await EditionScope.FindAsync(ctx.Db(), reference, ctx.CancellationToken);
    }

    private static HashSet<GroupKey> Keys(IResolveFieldContext ctx, params GroupKey[] allowed)
    {
        var keys = ctx.GetArgument<List<GroupKey>>("groupBy") ?? [];
        var wrong = keys.Where(k => !allowed.Contains(k)).ToList();
        if (wrong.Count > 0)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"'{ctx.FieldDefinition.Name}' groups by {string.Join(", ", allowed.Select(DownloadDatasets.Enum))}; not by {string.Join(", ", wrong.Select(DownloadDatasets.Enum))}.");
        }

        if (keys.Contains(GroupKey.District) && keys.Contains(GroupKey.DistrictAtAward))
        {
            throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Group by DISTRICT or DISTRICT_AT_AWARD, not both.");
        }

        return [.. keys];
    }
}
