using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>Each aggregate equals the same figure computed with LINQ to objects over the published rows (the downloads).</summary>
[Collection(ApiTestGroup.Name)]
public sealed class StatisticsTests(ApiFactory factory)
{
    [Fact]
    public async Task AwardCountsEqualCountsOfTheDownloadedAwards()
    {
        var awards = await RowsAsync("awards");
        var data = await QueryAsync("{ districts(includeFormer: true) { id code } statistics { awardCounts(groupBy: [DISTRICT_AT_AWARD, YEAR, LEVEL]) { group { district { code } year level } count } kinds: awardCounts(groupBy: [COMMUNITY_KIND], where: { year: { gte: 2002 } }) { group { communityKind } count } } }");
        var expected = awards.GroupBy(a => (Text(a, "district_at_award_code"), Int(a, "year"), Text(a, "level"))).ToDictionary(g => g.Key, g => g.Count());
        var actual = data["statistics"]!["awardCounts"]!.AsArray().ToDictionary(c => (c!["group"]!["district"]!["code"]!.GetValue<string>(), c["group"]!["year"]!.GetValue<int>(), c["group"]!["level"]!.GetValue<string>()), c => c!["count"]!.GetValue<int>());
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));

        var kinds = awards.Where(a => Int(a, "year") >= 2002).GroupBy(a => Text(a, "community_kind")).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(kinds.OrderBy(p => p.Key), data["statistics"]!["kinds"]!.AsArray().ToDictionary(c => c!["group"]!["communityKind"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>()).OrderBy(p => p.Key));
    }

    [Fact]
    public async Task IndicatorStatisticsEqualTheSameFiguresComputedFromTheDownloadedValues()
    {
        var values = (await RowsAsync("observations")).Where(o => Text(o, "indicator_code") == "resident-satisfaction").ToList();
        var data = await QueryAsync("{ statistics { indicatorStatistics(indicator: \"resident-satisfaction\", groupBy: [DISTRICT, YEAR]) { group { district { code } year } count mean median min max } all: indicatorStatistics(indicator: \"resident-satisfaction\", groupBy: []) { count mean median } } }");
        var rows = data["statistics"]!["indicatorStatistics"]!.AsArray();
        var groups = values.GroupBy(o => (Text(o, "district_code"), Int(o, "year"))).ToList();
        Assert.Equal(groups.Count, rows.Count);
        foreach (var group in groups)
        {
            var row = rows.Single(r => r!["group"]!["district"]!["code"]!.GetValue<string>() == group.Key.Item1 && r["group"]!["year"]!.GetValue<int>() == group.Key.Item2)!;
            var sorted = group.Select(o => Number(o, "value")).Order().ToList();
            Assert.Equal(sorted.Count, row["count"]!.GetValue<int>());
            Assert.Equal(sorted.Average(), row["mean"]!.GetValue<double>(), 9);
            Assert.Equal(Median(sorted), row["median"]!.GetValue<double>(), 9);
            Assert.Equal(sorted[0], row["min"]!.GetValue<double>(), 9);
            Assert.Equal(sorted[^1], row["max"]!.GetValue<double>(), 9);
        }

        var all = values.Select(o => Number(o, "value")).Order().ToList();
        var total = data["statistics"]!["all"]![0]!;
        Assert.Equal(all.Count, total["count"]!.GetValue<int>());
        Assert.Equal(all.Average(), total["mean"]!.GetValue<double>(), 9);
        Assert.Equal(Median(all), total["median"]!.GetValue<double>(), 9);
    }

    public static TheoryData<string> Groupings() => ["", "DISTRICT", "YEAR", "COMMUNITY_KIND", "DISTRICT, YEAR", "YEAR, COMMUNITY_KIND", "COMMUNITY_KIND, DISTRICT, YEAR"];

    /// <summary>
    /// Medians and quartiles come from the database (ADR-032): for every grouping the field accepts, each figure equals
    /// the one computed here from the downloaded values by the definition (percentile_cont: position p·(n − 1) of the
    /// ordered values, interpolated), with the field's filters and an edition applied to both.
    /// </summary>
    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task MediansAndQuartilesEqualThoseOfTheDownloadedValuesForEveryGrouping(string groupBy)
    {
        var kinds = (await RowsAsync("communities")).ToDictionary(c => Text(c, "code"), c => Text(c, "kind"));
        var values = (await RowsAsync("observations", "?edition=1")).Where(o => Text(o, "indicator_code") == "waste-sorting-participation").ToList();
        var data = await QueryAsync($$"""
            { statistics {
                all: indicatorStatistics(indicator: "waste-sorting-participation", groupBy: [{{groupBy}}], asOf: { number: 1 }) { ...figures }
                some: indicatorStatistics(indicator: "waste-sorting-participation", groupBy: [{{groupBy}}], year: { eq: 2002 }, district: { in: ["440104", "440106"] }) { ...figures } } }
            fragment figures on NumberSummary { group { district { code } year communityKind } count mean median p25 p75 min max }
            """);
        var keys = groupBy.Split(", ", StringSplitOptions.RemoveEmptyEntries);
        string Key(string? district, int? year, string? kind) => $"{(keys.Contains("DISTRICT") ? district : null)}|{(keys.Contains("YEAR") ? year : null)}|{(keys.Contains("COMMUNITY_KIND") ? kind : null)}";
        void Check(IEnumerable<JsonObject> rows, JsonArray actual)
        {
            var expected = rows.GroupBy(o => Key(Text(o, "district_code"), Int(o, "year"), kinds[Text(o, "community_code")])).ToDictionary(g => g.Key, g => g.Select(o => Number(o, "value")).Order().ToList());
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Select(r => Key(r!["group"]!["district"]?["code"]?.GetValue<string>(), r["group"]!["year"]?.GetValue<int>(), r["group"]!["communityKind"]?.GetValue<string>())).Order(StringComparer.Ordinal));
            foreach (var row in actual)
            {
                var sorted = expected[Key(row!["group"]!["district"]?["code"]?.GetValue<string>(), row["group"]!["year"]?.GetValue<int>(), row["group"]!["communityKind"]?.GetValue<string>())];
                Assert.Equal(sorted.Count, row["count"]!.GetValue<int>());
                Assert.Equal(sorted.Average(), row["mean"]!.GetValue<double>(), 9);
                Assert.Equal(Median(sorted), row["median"]!.GetValue<double>(), 9);
                Assert.Equal(Percentile(sorted, 0.25), row["p25"]!.GetValue<double>(), 9);
                Assert.Equal(Percentile(sorted, 0.75), row["p75"]!.GetValue<double>(), 9);
                Assert.Equal(sorted[0], row["min"]!.GetValue<double>(), 9);
                Assert.Equal(sorted[^1], row["max"]!.GetValue<double>(), 9);
            }
        }

        Check(values, data["statistics"]!["all"]!.AsArray());
        Check(values.Where(o => Int(o, "year") == 2002 && Text(o, "district_code") is "440104" or "440106"), data["statistics"]!["some"]!.AsArray());
        Assert.NotEmpty(data["statistics"]!["some"]!.AsArray());
    }

    [Fact]
    public async Task AnIndicatorWithoutValuesHasNoGroups()
    {
        var data = await QueryAsync("{ statistics { indicatorStatistics(indicator: \"no-such-indicator\", groupBy: []) { count median } scoreDistribution(where: { year: { eq: 1900 } }) { summary { count mean median p25 p75 min max } bins { count } } } }");
        Assert.Empty(data["statistics"]!["indicatorStatistics"]!.AsArray());
        Assert.Equal("""{"summary":{"count":0,"mean":null,"median":null,"p25":null,"p75":null,"min":null,"max":null},"bins":[]}""", GraphQLClient.Show(data["statistics"]!["scoreDistribution"]));
    }

    [Fact]
    public async Task ScoreDistributionAndProgrammeTotalsEqualTheRows()
    {
        var scores = (await RowsAsync("awards")).Where(a => a["score"] is not null).Select(a => Number(a, "score")).Order().ToList();
        var data = await QueryAsync("{ statistics { scoreDistribution(binWidth: 5) { summary { count mean median p25 p75 min max } bins { from to count } } funding(groupBy: [YEAR]) { group { year } amountYuan } training(groupBy: [KIND]) { group { kind } batches attendance } } programmeMetrics { funding { year amountYuan } training { kind batches attendance } } }");
        var distribution = data["statistics"]!["scoreDistribution"]!;
        Assert.Equal(scores.Count, distribution["summary"]!["count"]!.GetValue<int>());
        Assert.Equal(scores.Average(), distribution["summary"]!["mean"]!.GetValue<double>(), 9);
        Assert.Equal(Median(scores), distribution["summary"]!["median"]!.GetValue<double>(), 9);
        Assert.Equal(Percentile(scores, 0.25), distribution["summary"]!["p25"]!.GetValue<double>(), 9);
        Assert.Equal(Percentile(scores, 0.75), distribution["summary"]!["p75"]!.GetValue<double>(), 9);
        Assert.Equal(scores[0], distribution["summary"]!["min"]!.GetValue<double>(), 9);
        Assert.Equal(scores[^1], distribution["summary"]!["max"]!.GetValue<double>(), 9);
        Assert.Equal(scores.Count, distribution["bins"]!.AsArray().Sum(b => b!["count"]!.GetValue<int>()));
        foreach (var bin in distribution["bins"]!.AsArray())
        {
            var from = bin!["from"]!.GetValue<double>();
            var to = bin["to"]!.GetValue<double>();
            Assert.Equal(scores.Count(s => s >= from && (s < to || (s == to && s == scores[^1]))), bin["count"]!.GetValue<int>());
        }

        var funding = data["programmeMetrics"]!["funding"]!.AsArray().GroupBy(f => f!["year"]!.GetValue<int>()).ToDictionary(g => g.Key, g => g.Sum(f => f!["amountYuan"]!.GetValue<double>()));
        Assert.Equal(funding.OrderBy(p => p.Key), data["statistics"]!["funding"]!.AsArray().ToDictionary(f => f!["group"]!["year"]!.GetValue<int>(), f => f!["amountYuan"]!.GetValue<double>()).OrderBy(p => p.Key));
        var training = data["programmeMetrics"]!["training"]!.AsArray().GroupBy(t => t!["kind"]!.GetValue<string>()).ToDictionary(g => g.Key, g => (g.Sum(t => t!["batches"]!.GetValue<int>()), g.Sum(t => t!["attendance"]!.GetValue<int>())));
        Assert.Equal(training.OrderBy(p => p.Key), data["statistics"]!["training"]!.AsArray().ToDictionary(t => t!["group"]!["kind"]!.GetValue<string>(), t => (t!["batches"]!.GetValue<int>(), t["attendance"]!.GetValue<int>())).OrderBy(p => p.Key));
    }

    [Fact]
    public async Task QuestionnaireResultsLeaveOutCellsBelowTheMinimumGroupSize()
    {
        var data = await QueryAsync("{ statistics { byDistrict: questionnaires(groupBy: [YEAR, DISTRICT]) { communities communitiesLeftOut cellsLeftOut suppressed respondents satisfiedShare awareShare } byYear: questionnaires(groupBy: [YEAR]) { communities communitiesLeftOut cellsLeftOut suppressed respondents satisfiedShare } } }");
        var cells = data["statistics"]!["byDistrict"]!.AsArray();
        Assert.Contains(cells, r => r!["suppressed"]!.GetValue<bool>());
        Assert.Contains(cells, r => !r!["suppressed"]!.GetValue<bool>());
        Assert.All(cells, r =>
        {
            var small = r!["communities"]!.GetValue<int>() < 5;
            Assert.Equal(small, r["suppressed"]!.GetValue<bool>());
            Assert.Equal(small ? r["communities"]!.GetValue<int>() : 0, r["communitiesLeftOut"]!.GetValue<int>());
            Assert.Equal(small ? 1 : 0, r["cellsLeftOut"]!.GetValue<int>());
            Assert.Equal(small, r["respondents"] is null);
            Assert.Equal(small, r["satisfiedShare"] is null);
        });

        // A year's figures are those of its publishable cells: the suppressed cells are left out, not folded in.
        var years = data["statistics"]!["byYear"]!.AsArray();
        Assert.Equal(years.Sum(r => r!["communities"]!.GetValue<int>()), cells.Sum(r => r!["communities"]!.GetValue<int>()));
        Assert.Equal(years.Sum(r => r!["communitiesLeftOut"]!.GetValue<int>()), cells.Sum(r => r!["communitiesLeftOut"]!.GetValue<int>()));
        Assert.Equal(years.Sum(r => r!["respondents"]?.GetValue<int>() ?? 0), cells.Sum(r => r!["respondents"]?.GetValue<int>() ?? 0));
    }

    [Fact]
    public async Task TimeSeriesShortcutsMatchTheCommunitysObservations()
    {
        var data = await QueryAsync("""
            { community(code: "YX-QIAOYUAN") { series(indicator: "waste-sorting-participation", fromYear: 2001, toYear: 2002) { year value }
              all: series(indicator: "waste-sorting-participation") { year }
              latestObservations { indicator { code } year value } } }
            """);
        Assert.Equal("[{\"year\":2001,\"value\":48},{\"year\":2002,\"value\":62}]", GraphQLClient.Show(data["community"]!["series"]));
        var latest = data["community"]!["latestObservations"]!.AsArray().Single(o => o!["indicator"]!["code"]!.GetValue<string>() == "waste-sorting-participation")!;
        Assert.Equal(data["community"]!["all"]!.AsArray().Max(o => o!["year"]!.GetValue<int>()), latest["year"]!.GetValue<int>());
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The continuous percentile p of <paramref name="sorted"/>: at position p·(n − 1), interpolated between its neighbours.</summary>
    internal static double Percentile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = (int)Math.Ceiling(position);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static string Text(JsonObject row, string column) => row[column]!.GetValue<string>();

    private static int Int(JsonObject row, string column) => row[column]!.GetValue<int>();

    private static double Number(JsonObject row, string column) => row[column]!.GetValue<double>();

    private async Task<List<JsonObject>> RowsAsync(string dataset, string query = "")
    {
        using var client = factory.CreateClient();
        return [.. (await client.GetStringAsync($"/downloads/{dataset}.ndjson{query}")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];
    }

    private async Task<JsonNode> QueryAsync(string query)
    {
        using var client = factory.CreateClient();
        return (await client.PostGraphQLAsync(query)).AssertData();
    }
}
