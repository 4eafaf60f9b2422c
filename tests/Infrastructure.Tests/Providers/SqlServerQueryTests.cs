using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using GreenCommunity.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GreenCommunity.Infrastructure.Tests.Providers;

/// <summary>
/// No SQL Server runs on our machines, so these tests check the SQL that EF Core generates for SQL Server for the
/// API's main queries, in the shapes the resolvers and batch loaders build them. A translation that SQL Server
/// would refuse, or a model change that breaks it, fails here (ToQueryString needs no connection).
/// </summary>
public sealed class SqlServerQueryTests(ITestOutputHelper output) : IDisposable
{
    private readonly GreenCommunityDbContext _db = ProviderContexts.Offline(DatabaseProvider.SqlServer);

    [Fact]
    public void UsesTheSqlServerProviderAndModel()
    {
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", _db.Database.ProviderName);
        Assert.IsType<SqlServerGreenCommunityDbContext>(_db);
        var score = _db.Model.FindEntityType(typeof(Domain.Awards.Award))!.FindProperty(nameof(Domain.Awards.Award.Score))!;
        Assert.Equal("decimal(5,1)", score.GetColumnType());
        var name = _db.Model.FindEntityType(typeof(Domain.Geography.Community))!.FindComplexProperty("Name")!.ComplexType.FindProperty("En")!;
        Assert.Equal("nvarchar(200)", name.GetColumnType());
    }

    [Fact]
    public void PagesPublishedAwardsFilteredAndOrderedWithOffsetFetch()
    {
        // The journalist's query: awards(first: 3, after: ..., where: { year, level, district }, orderBy: SCORE DESC).
        var sql = _db.PublishedAwards()
            .Where(a => a.Year == 2002 && a.Level == TitleLevel.City && a.Community!.Street!.District!.Code == "440103")
            .OrderByDescending(a => a.Score ?? -1m).ThenBy(a => a.Id)
            .Skip(3).Take(3)
            .ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("FROM [awards] AS [a]", sql, StringComparison.Ordinal);
        Assert.Contains("[a].[published_at] IS NOT NULL", sql, StringComparison.Ordinal);
        Assert.Contains("INNER JOIN [communities]", sql, StringComparison.Ordinal);
        Assert.Contains("[a].[level] = N'City'", sql, StringComparison.Ordinal);
        Assert.Contains("N'440103'", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY COALESCE([a].[score], -1.0) DESC, [a].[id]", sql, StringComparison.Ordinal);
        Assert.Matches(@"OFFSET @\w+ ROWS FETCH NEXT @\w+ ROWS ONLY", sql);
        Assert.DoesNotContain("LIMIT", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void FiltersNamesCaseInsensitivelyInEitherLanguage()
    {
        // The API's name filter: zh contains the fragment, or LOWER(en) contains it lowered.
        var fragment = "qiao";
        var sql = _db.Communities
#pragma warning disable CA1304, CA1311, CA1862 // the API's own translation: LOWER() in SQL
            .Where(c => c.Name.Zh.Contains(fragment) || c.Name.En.ToLower().Contains(fragment))
#pragma warning restore CA1304, CA1311, CA1862
            .ToQueryString();
        output.WriteLine(sql);
        Assert.Contains("LOWER([c].[name_en])", sql, StringComparison.Ordinal);
        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("nvarchar(200)", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadsPublishedObservationsByCommunityInOneQuery()
    {
        // ObservationsByCommunityIdDataLoader: one WHERE key IN (...) for all the communities of a page.
        IReadOnlyCollection<int> keys = [1, 2, 3];
        var sql = _db.PublishedObservations()
            .Where(o => keys.Contains(o.CommunityId))
            .OrderBy(o => o.Indicator!.Code).ThenBy(o => o.Year).ThenBy(o => o.Id)
            .ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("FROM [observations] AS [o]", sql, StringComparison.Ordinal);
        Assert.Contains("[o].[published_at] IS NOT NULL AND [o].[superseded_by_id] IS NULL", sql, StringComparison.Ordinal);
        Assert.Matches(@"\[o\]\.\[community_id\] IN \(", sql);
        Assert.Contains("ORDER BY [i].[code], [o].[year], [o].[id]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadsCommunitiesByDistrictThroughTheirStreet()
    {
        // CommunitiesByDistrictIdDataLoader.
        IReadOnlyCollection<int> keys = [1, 2];
        var sql = _db.Communities
            .Where(c => keys.Contains(c.Street!.DistrictId))
            .OrderBy(c => c.Name.En).ThenBy(c => c.Id)
            .Select(c => new { c.Street!.DistrictId, Community = c })
            .ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("FROM [communities] AS [c]", sql, StringComparison.Ordinal);
        Assert.Contains("INNER JOIN [streets] AS [s] ON [c].[street_id] = [s].[id]", sql, StringComparison.Ordinal);
        Assert.Matches(@"\[s\]\.\[district_id\] IN \(", sql);
        Assert.Contains("ORDER BY [c].[name_en], [c].[id]", sql, StringComparison.Ordinal);
        Assert.Contains("[c].[latitude]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparesPublicationTimesAsDatetime2()
    {
        var now = new DateTime(2003, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var sql = _db.PublishedNotices(now).ToQueryString();
        output.WriteLine(sql);
        Assert.Contains("datetime2", sql, StringComparison.Ordinal);
        Assert.Contains("[p].[published_at] <= @", sql, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    [Fact]
    public void SumsProgrammeActivityPerGroupInTheDatabase()
    {
        // statistics.programmeActivity: published events of a year, summed per kind, basis, audience, district and year.
        var sql = _db.ProgrammeEvents.Where(e => e.PublishedInEdition != null && e.Year == 2002)
            .GroupBy(e => new { e.Kind, e.Basis, e.Audience, e.DistrictId, e.Year })
            .Select(g => new
            {
                g.Key.Kind,
                Records = g.Count(),
                Sessions = g.Sum(e => e.Sessions),
                Attendance = g.Sum(e => e.Attendance ?? 0),
                Minimum = g.Max(e => e.AttendanceIsMinimum ? 1 : 0),
                Unreported = g.Sum(e => e.Attendance == null ? 1 : 0),
            })
            .ToQueryString();
        output.WriteLine(sql);

        Assert.Contains("FROM [programme_events] AS [p]", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY [p].[kind], [p].[basis], [p].[audience], [p].[district_id], [p].[year]", sql, StringComparison.Ordinal);
        Assert.Contains("SUM(COALESCE([p].[attendance], 0))", sql, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
