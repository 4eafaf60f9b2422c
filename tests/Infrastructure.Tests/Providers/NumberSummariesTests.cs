using System.Globalization;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using GreenCommunity.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GreenCommunity.Infrastructure.Tests.Providers;

/// <summary>
/// <see cref="NumberSummaries"/>: on SQLite (which has no percentile function) the figures of groups of every size
/// from 1 to 12, with ties, equal those computed here by the definition of percentile_cont; on PostgreSQL and SQL
/// Server (no server of either runs in this project's tests) the statement has the shape ADR-032 describes. The API
/// tests check the figures on PostgreSQL against the downloaded values.
/// </summary>
public sealed class NumberSummariesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SqliteGivesTheContinuousPercentilesOfEveryGroup()
    {
        var random = new Random(7);
        var values = Enumerable.Range(1, 12).SelectMany(size => Enumerable.Range(0, size).Select(_ => (Group: size, Value: Math.Round(random.NextDouble() * 20, 1)))).ToList();
        await using var db = ProviderContexts.Offline(DatabaseProvider.Sqlite);
        var literal = "SELECT column1 AS \"Group\", column2 AS \"Value\" FROM (VALUES "
            + string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"({v.Group}, {v.Value:R})"))) + ")";
        var source = db.Database.SqlQueryRaw<TestValue>(literal)
            .Where(v => v.Value >= 0)
            .Select(v => new { v.Group, v.Value });

        var rows = await db.SummarizeInDatabase<TestRow>(source, [nameof(TestRow.Group)], [nameof(TestRow.Group)]).ToListAsync();
        var total = await db.SummarizeInDatabase<TestRow>(source, [nameof(TestRow.Group)], []).SingleAsync();

        Assert.Equal(12, rows.Count);
        foreach (var row in rows)
        {
            Check([.. values.Where(v => v.Group == row.Group).Select(v => v.Value).Order()], row);
        }

        Assert.Null(total.Group);
        Check([.. values.Select(v => v.Value).Order()], total);
    }

    [Fact]
    public async Task SqliteGivesACountOfZeroAndNoFiguresForNoValues()
    {
        await using var db = ProviderContexts.Offline(DatabaseProvider.Sqlite);
        var source = db.Database.SqlQueryRaw<TestValue>("SELECT 1 AS \"Group\", 2.5 AS \"Value\"").Where(v => v.Value < 0).Select(v => new { v.Group, v.Value });
        var total = await db.SummarizeInDatabase<TestRow>(source, [nameof(TestRow.Group)], []).SingleAsync();
        Assert.Equal(0, total.Count);
        Assert.Null(total.Median);
        Assert.Empty(await db.SummarizeInDatabase<TestRow>(source, [nameof(TestRow.Group)], [nameof(TestRow.Group)]).ToListAsync());
    }

    [Fact]
    public void PostgreSqlUsesPercentileContAsAnOrderedSetAggregate()
    {
        using var db = ProviderContexts.Offline(DatabaseProvider.PostgreSql);
        var sql = db.SummarizeInDatabase<ObservationRow>(Observations(db), ObservationRow.Keys, [nameof(ObservationRow.DistrictId), nameof(ObservationRow.Year)]).ToQueryString();
        output.WriteLine(sql);

        Assert.StartsWith("-- @", sql, StringComparison.Ordinal);
        Assert.Contains("WITH v(k_districtid, k_year, x) AS (", sql, StringComparison.Ordinal);
        Assert.Contains("FROM observations AS o", sql, StringComparison.Ordinal);
        Assert.Contains("o.published_in_edition <= @", sql, StringComparison.Ordinal);
        Assert.Contains("SELECT k_districtid AS district_id, k_year AS year, count(*) AS count", sql, StringComparison.Ordinal);
        Assert.Contains("percentile_cont(0.50) WITHIN GROUP (ORDER BY x) AS median", sql, StringComparison.Ordinal);
        Assert.Contains("percentile_cont(0.25) WITHIN GROUP (ORDER BY x) AS p25", sql, StringComparison.Ordinal);
        Assert.Contains("FROM v\nGROUP BY k_districtid, k_year", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("OVER", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServerUsesPercentileContOverThePartitionOfTheGroup()
    {
        using var db = ProviderContexts.Offline(DatabaseProvider.SqlServer);
        var sql = db.SummarizeInDatabase<ObservationRow>(Observations(db), ObservationRow.Keys, [nameof(ObservationRow.Year)]).ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("WITH [v]([k_districtid], [k_year], [x]) AS (", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [observations] AS [o]", sql, StringComparison.Ordinal);
        Assert.Contains("CAST([o].[value] AS float)", sql, StringComparison.Ordinal);
        Assert.Contains("NULL AS [district_id], [k_year] AS [year], COUNT_BIG(*) AS [count]", sql, StringComparison.Ordinal);
        Assert.Contains("PERCENTILE_CONT(0.50) WITHIN GROUP (ORDER BY [x]) OVER (PARTITION BY [k_year]) AS [p_median]", sql, StringComparison.Ordinal);
        Assert.Contains("MAX([p_median]) AS [median]", sql, StringComparison.Ordinal);
        Assert.Contains(") AS [w]\nGROUP BY [k_year]", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", sql, StringComparison.Ordinal);

        // No group: one partition of everything, one row.
        var total = db.SummarizeInDatabase<ObservationRow>(Observations(db), ObservationRow.Keys, []).ToQueryString();
        Assert.Contains("OVER () AS [p_median]", total, StringComparison.Ordinal);
        Assert.DoesNotContain("GROUP BY", total, StringComparison.Ordinal);
    }

    [Fact]
    public void SqliteKeepsTheMiddleRowsOfEachPartition()
    {
        using var db = ProviderContexts.Offline(DatabaseProvider.Sqlite);
        var sql = db.SummarizeInDatabase<ObservationRow>(Observations(db), ObservationRow.Keys, [nameof(ObservationRow.DistrictId)]).ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("row_number() OVER (PARTITION BY \"k_districtid\" ORDER BY \"x\") - 1 AS \"i\"", sql, StringComparison.Ordinal);
        Assert.Contains("count(*) OVER (PARTITION BY \"k_districtid\") - 1 AS \"m\"", sql, StringComparison.Ordinal);
        Assert.Contains("max(CASE WHEN \"i\" = 2 * \"m\" / 4 THEN \"x\" END)", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY \"k_districtid\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAGroupThatIsNotAKey()
    {
        using var db = ProviderContexts.Offline(DatabaseProvider.Sqlite);
        Assert.Throws<ArgumentException>(() => db.SummarizeInDatabase<ObservationRow>(Observations(db), ObservationRow.Keys, ["Kind"]));
    }

    // An indicator's values of edition 3 with their district and year, as the API's indicatorStatistics reads them.
    private static IQueryable<object> Observations(GreenCommunityDbContext db)
    {
        var code = "waste-sorting-participation";
        return db.ObservationsAsOf(3).Where(o => o.Indicator!.Code == code).Select(o => new { o.Community!.Street!.DistrictId, o.Year, Value = (double)o.Value });
    }

    private static void Check(List<double> sorted, TestRow row)
    {
        Assert.Equal(sorted.Count, row.Count);
        Assert.Equal(sorted.Sum(), row.Sum!.Value, 9);
        Assert.Equal(sorted[0], row.Min);
        Assert.Equal(sorted[^1], row.Max);
        Assert.Equal(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2, row.Median); // exactly the old in-process median
        Assert.Equal(Percentile(sorted, 0.25), row.P25!.Value, 12);
        Assert.Equal(Percentile(sorted, 0.75), row.P75!.Value, 12);
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        return sorted[below] + ((position - below) * (sorted[(int)Math.Ceiling(position)] - sorted[below]));
    }

    public sealed class TestValue
    {
        public int Group { get; set; }

        public double Value { get; set; }
    }

    public sealed class TestRow : NumberSummaryRow
    {
        public int? Group { get; set; }
    }

    public sealed class ObservationRow : NumberSummaryRow
    {
        public static readonly string[] Keys = [nameof(DistrictId), nameof(Year)];

        public int? DistrictId { get; set; }

        public int? Year { get; set; }
    }
}
