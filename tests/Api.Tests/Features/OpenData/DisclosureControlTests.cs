using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Statistics;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// Statistical disclosure control of the resident questionnaires (docs/open-data-disclosure.md, ADR-018): whoever
/// combines every published figure (each grouping, the margins, the grand total, the downloads) learns nothing about a
/// YEAR × DISTRICT cell the API suppresses. The tests attack the API as an outsider would and compare what they
/// recover with the true cells read from the database.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class DisclosureControlTests(ApiFactory factory)
{
    private const string Query = """
        { statistics {
            total: questionnaires(groupBy: []) { ...F }
            byYear: questionnaires(groupBy: [YEAR]) { ...F }
            byDistrict: questionnaires(groupBy: [DISTRICT]) { ...F }
            cells: questionnaires(groupBy: [YEAR, DISTRICT]) { ...F }
            cellsTheOtherWayRound: questionnaires(groupBy: [DISTRICT, YEAR]) { ...F } } }
        fragment F on QuestionnaireAggregate { group { year district { code } } communities suppressed respondents satisfiedShare awareShare }
        """;

    [Fact]
    public async Task TheSampleHasASuppressedCellToAttack()
    {
        var (cells, figures) = await AttackSurfaceAsync();
        var huangpu2002 = cells.Single(c => c.Year == 2002 && c.District == "440112");
        Assert.True(huangpu2002.Communities < Minimum, $"Huangpu 2002 has {huangpu2002.Communities} communities");
        Assert.True(figures["cells"].Single(f => f.Year == 2002 && f.District == "440112").Suppressed);
        Assert.Equal(figures["cells"].Select(Show), figures["cellsTheOtherWayRound"].Select(Show));
    }

    [Fact]
    public async Task SubtractingTheDistrictsOfAYearFromTheYearsTotalRevealsNoSuppressedCell()
    {
        var (cells, figures) = await AttackSurfaceAsync();
        foreach (var year in figures["byYear"].Where(f => !f.Suppressed))
        {
            AssertRevealsNothing(year, Residual(year, figures["cells"]), Suppressed(cells).Where(c => c.Year == year.Year));
        }
    }

    [Fact]
    public async Task SubtractingTheYearsOfADistrictFromTheDistrictsTotalRevealsNoSuppressedCell()
    {
        var (cells, figures) = await AttackSurfaceAsync();
        foreach (var district in figures["byDistrict"].Where(f => !f.Suppressed))
        {
            AssertRevealsNothing(district, Residual(district, figures["cells"]), Suppressed(cells).Where(c => c.District == district.District));
        }
    }

    [Fact]
    public async Task SubtractingAnyPublishedGroupingFromTheGrandTotalRevealsNoSuppressedCell()
    {
        var (cells, figures) = await AttackSurfaceAsync();
        var total = Assert.Single(figures["total"]);
        Assert.False(total.Suppressed);
        foreach (var grouping in new[] { "byYear", "byDistrict", "cells" })
        {
            AssertRevealsNothing(total, Residual(total, figures[grouping]), Suppressed(cells));
        }
    }

    [Fact]
    public async Task NoLinearCombinationOfPublishedFiguresIsolatesASuppressedCell()
    {
        var (cells, figures) = await AttackSurfaceAsync();
        var suppressed = Suppressed(cells).ToList();
        Assert.NotEmpty(suppressed);

        // What a published group adds to the published cells it covers is a sum over its suppressed cells: each group
        // gives the attacker one equation. A cell is disclosed when its unit vector lies in the span of those equations.
        var equations = new List<double[]>();
        foreach (var group in figures.Where(p => p.Key != "cellsTheOtherWayRound").SelectMany(p => p.Value).Where(f => !f.Suppressed))
        {
            var residual = Residual(group, figures["cells"]);
            var covered = suppressed.Where(c => Covers(group, c)).ToList();
            if (residual == Counts.Zero)
            {
                continue;
            }

            Assert.True(residual == covered.Aggregate(Counts.Zero, (sum, c) => sum + c.Counts), $"{Show(group)} leaves {residual} unexplained by its suppressed cells");
            equations.Add([.. suppressed.Select(c => covered.Contains(c) ? 1.0 : 0.0)]);
        }

        var rank = Rank(equations);
        var disclosed = suppressed.Where((c, i) => Rank([.. equations, [.. suppressed.Select((_, j) => i == j ? 1.0 : 0.0)]]) == rank).ToList();
        Assert.True(disclosed.Count == 0, $"Published figures isolate {string.Join("; ", disclosed)}");
    }

    [Fact]
    public async Task EveryPublishedFigureSumsThePublishableCellsItCoversAndSaysWhatItLeavesOut()
    {
        var cells = await TrueCellsAsync();
        using var client = factory.CreateClient();
        foreach (var groupBy in new[] { "[]", "[YEAR]", "[DISTRICT]", "[YEAR, DISTRICT]" })
        {
            var data = (await client.PostGraphQLAsync($"{{ statistics {{ questionnaires(groupBy: {groupBy}) {{ group {{ year district {{ code }} }} communities communitiesLeftOut cellsLeftOut suppressed respondents satisfiedShare awareShare }} }} }}")).AssertData();
            var rows = data["statistics"]!["questionnaires"]!.AsArray();
            Assert.Equal(cells.Count, rows.Sum(r => cells.Count(c => Covers(Parse(r), c))));
            foreach (var row in rows)
            {
                var figure = Parse(row);
                var covered = cells.Where(c => Covers(figure, c)).ToList();
                var counted = covered.Where(c => c.Communities >= Minimum).ToList();
                Assert.Equal(covered.Sum(c => c.Communities), figure.Communities);
                Assert.Equal(covered.Sum(c => c.Communities) - counted.Sum(c => c.Communities), row!["communitiesLeftOut"]!.GetValue<int>());
                Assert.Equal(covered.Count - counted.Count, row["cellsLeftOut"]!.GetValue<int>());
                Assert.Equal(counted.Count == 0, figure.Suppressed);
                Assert.Equal(counted.Aggregate(Counts.Zero, (sum, c) => sum + c.Counts), figure.Counts);
                Assert.Equal(counted.Count == 0, row["satisfiedShare"] is null);
            }
        }
    }

    [Fact]
    public async Task NoDownloadCarriesQuestionnaireCountsAndEverySatisfactionValueRestsOnEnoughRespondents()
    {
        Assert.All(DownloadDatasets.All.SelectMany(d => d.Columns), c => Assert.DoesNotContain(c.Name.Split('_'), part => part is "respondents" or "satisfied" or "aware"));

        // The satisfaction values are a community's own questionnaire result where a panel surveyed it that year.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var surveyed = (await (from s in db.EvaluationSteps
                               where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null
                               join e in db.Evaluations on s.EvaluationId equals e.Id
                               join a in db.Applications on e.ApplicationId equals a.Id
                               select new { a.Community!.Code, a.Campaign!.Year, s.Questionnaire!.Respondents }).ToListAsync())
            .ToLookup(q => (q.Code, q.Year), q => q.Respondents);
        using var client = factory.CreateClient();
        var values = (await client.GetStringAsync("/downloads/observations.ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!)
            .Where(o => o["indicator_code"]!.GetValue<string>() == QuestionnaireDisclosure.SatisfactionIndicator)
            .Select(o => (Code: o["community_code"]!.GetValue<string>(), Year: o["year"]!.GetValue<int>()))
            .Where(surveyed.Contains)
            .ToList();
        Assert.NotEmpty(values);
        var minimum = factory.Services.GetRequiredService<OpenDataOptions>().MinimumRespondents;
        Assert.Equal(30, minimum);
        Assert.All(values, v => Assert.All(surveyed[v], respondents => Assert.True(respondents >= minimum, $"{v.Code} {v.Year}: {respondents} respondents")));
        Assert.Empty(await QuestionnaireDisclosure.ThinSatisfactionValues(db, db.EverPublishedObservations(), minimum).ToListAsync());
    }

    [Fact]
    public async Task TheThinSatisfactionCheckFindsExactlyTheValuesOfSmallerQuestionnaires()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var questionnaires = await (from s in db.EvaluationSteps
                                    where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null
                                    join e in db.Evaluations on s.EvaluationId equals e.Id
                                    join a in db.Applications on e.ApplicationId equals a.Id
                                    select new { a.CommunityId, a.Campaign!.Year, s.Questionnaire!.Respondents }).ToListAsync();
        var values = await db.EverPublishedObservations().Where(o => o.Indicator!.Code == QuestionnaireDisclosure.SatisfactionIndicator)
            .Select(o => new { o.Id, o.CommunityId, o.Year }).ToListAsync();
        var threshold = questionnaires.Select(q => q.Respondents).Order().ElementAt(questionnaires.Count / 2);
        var expected = values.Where(v => questionnaires.Any(q => q.CommunityId == v.CommunityId && q.Year == v.Year && q.Respondents < threshold)).Select(v => v.Id).Order().ToList();
        Assert.NotEmpty(expected);
        var found = await QuestionnaireDisclosure.ThinSatisfactionValues(db, db.EverPublishedObservations(), threshold).Select(o => o.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-30")]
    public void AMinimumRespondentsBelowOneIsRefusedAtStart(string minimum)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenData:MinimumRespondents"] = minimum }).Build();
        using var services = new ServiceCollection().AddOpenData(configuration).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<OpenDataOptions>());
        Assert.Contains("MinimumRespondents", error.Message, StringComparison.Ordinal);
    }

    private int Minimum => factory.Services.GetRequiredService<OpenDataOptions>().MinimumGroupSize;

    private IEnumerable<Cell> Suppressed(IEnumerable<Cell> cells) => cells.Where(c => c.Communities < Minimum);

    private static void AssertRevealsNothing(Figure group, Counts residual, IEnumerable<Cell> cells)
    {
        foreach (var cell in cells)
        {
            var leaks = cell.Counts.Respondents == residual.Respondents || (residual != Counts.Zero && cell.Counts == residual);
            Assert.False(leaks, $"{Show(group)} minus its published parts gives {residual}: the suppressed {cell}");
        }
    }

    /// <summary>A published group's counts minus the published figures of <paramref name="parts"/> it covers.</summary>
    private static Counts Residual(Figure group, IEnumerable<Figure> parts) =>
        group.Counts - parts.Where(p => !p.Suppressed && Covers(group, p)).Aggregate(Counts.Zero, (sum, p) => sum + p.Counts);

    private static bool Covers(Figure group, Figure part) => (group.Year is null || group.Year == part.Year) && (group.District is null || group.District == part.District);

    private static bool Covers(Figure group, Cell cell) => (group.Year is null || group.Year == cell.Year) && (group.District is null || group.District == cell.District);

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        for (var column = 0; m.Count > 0 && column < m[0].Length && rank < m.Count; column++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).Where(r => Math.Abs(m[r][column]) > 1e-9).DefaultIfEmpty(-1).First();
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][column]) > 1e-9)
                {
                    var factor = m[r][column] / m[rank][column];
                    for (var c = column; c < m[r].Length; c++)
                    {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }

            rank++;
        }

        return rank;
    }

    private static string Show(Figure f) => $"{f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all years"} × {f.District ?? "all districts"} ({f.Communities} communities{(f.Suppressed ? ", suppressed" : string.Empty)})";

    private async Task<(List<Cell> Cells, Dictionary<string, List<Figure>> Figures)> AttackSurfaceAsync()
    {
        using var client = factory.CreateClient();
        var data = (await client.PostGraphQLAsync(Query)).AssertData()["statistics"]!.AsObject();
        var figures = data.ToDictionary(p => p.Key, p => p.Value!.AsArray().Select(Parse).ToList());
        return (await TrueCellsAsync(), figures);
    }

    private static Figure Parse(JsonNode? row)
    {
        var respondents = row!["respondents"]?.GetValue<int>() ?? 0;
        int Count(string share) => row[share] is { } s ? (int)Math.Round(s.GetValue<double>() * respondents) : 0;
        return new Figure(
            row["group"]!["year"]?.GetValue<int>(),
            row["group"]!["district"]?["code"]!.GetValue<string>(),
            row["communities"]!.GetValue<int>(),
            row["suppressed"]!.GetValue<bool>(),
            new Counts(respondents, Count("satisfiedShare"), Count("awareShare")));
    }

    /// <summary>The true YEAR × DISTRICT cells, straight from the database.</summary>
    private async Task<List<Cell>> TrueCellsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var rows = await (from s in db.EvaluationSteps
                          where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null
                          join e in db.Evaluations on s.EvaluationId equals e.Id
                          join a in db.Applications on e.ApplicationId equals a.Id
                          where a.Campaign!.ResultsPublishedAt != null
                          select new { a.Campaign!.Year, District = a.Community!.Street!.District!.Code, a.CommunityId, s.Questionnaire!.Respondents, s.Questionnaire.Satisfied, s.Questionnaire.AwareOfProgramme })
                         .ToListAsync();
        return [.. rows.GroupBy(r => (r.Year, r.District)).Select(g => new Cell(
            g.Key.Year,
            g.Key.District,
            g.Select(r => r.CommunityId).Distinct().Count(),
            new Counts(g.Sum(r => r.Respondents), g.Sum(r => r.Satisfied), g.Sum(r => r.AwareOfProgramme))))];
    }

    private sealed record Counts(int Respondents, int Satisfied, int Aware)
    {
        public static readonly Counts Zero = new(0, 0, 0);

        public static Counts operator +(Counts a, Counts b) => new(a.Respondents + b.Respondents, a.Satisfied + b.Satisfied, a.Aware + b.Aware);

        public static Counts operator -(Counts a, Counts b) => new(a.Respondents - b.Respondents, a.Satisfied - b.Satisfied, a.Aware - b.Aware);

        public override string ToString() => $"{Respondents} respondents, {Satisfied} satisfied, {Aware} aware";
    }

    private sealed record Figure(int? Year, string? District, int Communities, bool Suppressed, Counts Counts);

    private sealed record Cell(int Year, string District, int Communities, Counts Counts)
    {
        public override string ToString() => $"cell {Year} × {District} ({Communities} communities: {Counts})";
    }
}
