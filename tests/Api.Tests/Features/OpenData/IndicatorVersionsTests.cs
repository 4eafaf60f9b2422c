using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Editions;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// Indicator definitions have versions: a change of unit or method is a new version, earlier versions never change,
/// and every value keeps the version it was measured under, in the API, the downloads and the edition hash.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class IndicatorVersionsTests : IDisposable
{
    private const string Indicator = "green-families";
    private const string Revise = "mutation($input: ReviseIndicatorDefinitionInput!) { reviseIndicatorDefinition(input: $input) { indicator { code version unit methodology versions { version unit methodology changeNote revisedAt } } errors { ... on Error { code field message } } } }";
    private const string Record = "mutation($input: RecordObservationsInput!) { recordObservations(input: $input) { batch { added corrected unchanged observations { indicatorVersion value measuredUnder { version unit } } } errors { ... on Error { code field message } } } }";

    private readonly ApiFactory _api = new();
    private readonly HttpClient _client;

    public IndicatorVersionsTests() => _client = _api.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task ARevisionIsANewVersionAndEveryValueKeepsTheVersionItWasMeasuredUnder()
    {
        // Version 1: counts of families, the only version so far; every sample value was measured under it.
        var before = (await Query("{ indicator(code: \"green-families\") { version unit versions { version unit changeNote revisedAt } } observations(first: 1, where: { indicator: { eq: \"green-families\" } }) { totalCount nodes { community { code } year value provenance sourceDocument indicatorVersion measuredUnder { version unit } } } }"));
        Assert.Equal("""{"version":1,"unit":"count","versions":[{"version":1,"unit":"count","changeNote":"","revisedAt":null}]}""", before["indicator"]!.ToJsonString());
        var old = before["observations"]!["nodes"]![0]!;
        var valuesOfVersion1 = before["observations"]!["totalCount"]!.GetValue<int>();
        Assert.Equal("""{"version":1,"unit":"count"}""", old["measuredUnder"]!.ToJsonString());

        // Refusals change nothing: a stale version, no change, no note.
        Assert.Equal("CONFLICT", (await ReviseAsync(new { indicator = Indicator, version = 2, unit = "percent", changeNote = "x" }))[0]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", (await ReviseAsync(new { indicator = Indicator, version = 1, unit = "count", changeNote = "Nothing." }))[0]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", (await ReviseAsync(new { indicator = Indicator, version = 1, unit = "percent", changeNote = " " }))[0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await ReviseAsync(new { indicator = "no-such-indicator", version = 1, unit = "percent", changeNote = "x" }))[0]!["code"]!.GetValue<string>());
        Assert.Equal(1, (await Query("{ indicator(code: \"green-families\") { version } }"))["indicator"]!["version"]!.GetValue<int>());

        // Version 2: the share of households, from now on.
        var revised = (await _client.PostGraphQLAsync(Revise, new { input = new { indicator = Indicator, version = 1, unit = "percent", methodology = "Share of households certified as green families.", changeNote = "From 2025 the share of households, not a count." } }, token: TestTokens.CityAdmin()))
            .AssertData()["reviseIndicatorDefinition"]!;
        Assert.Empty(revised["errors"]!.AsArray());
        var indicator = revised["indicator"]!;
        Assert.Equal(2, indicator["version"]!.GetValue<int>());
        Assert.Equal("percent", indicator["unit"]!.GetValue<string>());
        var versions = indicator["versions"]!.AsArray();
        Assert.Equal(2, versions.Count);
        Assert.Equal("count", versions[0]!["unit"]!.GetValue<string>());
        Assert.NotEqual("Share of households certified as green families.", versions[0]!["methodology"]!.GetValue<string>());
        Assert.Equal("From 2025 the share of households, not a count.", versions[1]!["changeNote"]!.GetValue<string>());
        Assert.NotNull(versions[1]!["revisedAt"]);
        Assert.Equal("CONFLICT", (await ReviseAsync(new { indicator = Indicator, version = 1, unit = "count", changeNote = "Back." }))[0]!["code"]!.GetValue<string>());

        // The old value still says version 1 and its unit; re-sending it unchanged changes nothing.
        var resent = await RecordAsync(new { indicator = Indicator, community = old["community"]!["code"]!.GetValue<string>(), year = old["year"]!.GetValue<int>(), value = old["value"]!.GetValue<double>(), provenance = old["provenance"]!.GetValue<string>(), sourceDocument = old["sourceDocument"]?.GetValue<string>() });
        Assert.Equal(0, resent["batch"]!["added"]!.GetValue<int>() + resent["batch"]!["corrected"]!.GetValue<int>());
        Assert.Equal("""{"version":1,"unit":"count"}""", resent["batch"]!["observations"]![0]!["measuredUnder"]!.ToJsonString());

        // A new value is measured under version 2 and checked against its unit; one under version 1 against a count's.
        Assert.Equal("INVALID_INPUT", (await RecordAsync(new { indicator = Indicator, community = "YX-QIAOYUAN", year = 2025, value = 150.0, provenance = "SURVEY" }))["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", (await RecordAsync(new { indicator = Indicator, community = "YX-QIAOYUAN", year = 2025, value = 45.5, provenance = "SURVEY", indicatorVersion = 1 }))["errors"]![0]!["code"]!.GetValue<string>());
        var missing = (await RecordAsync(new { indicator = Indicator, community = "YX-QIAOYUAN", year = 2025, value = 45.5, provenance = "SURVEY", indicatorVersion = 3 }))["errors"]![0]!;
        Assert.Equal("INVALID_INPUT", missing["code"]!.GetValue<string>());
        Assert.Contains("No version 3", missing["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var added = await RecordAsync(
            new { indicator = Indicator, community = "YX-QIAOYUAN", year = 2025, value = 45.5, provenance = "SURVEY" },
            new { indicator = Indicator, community = "TH-HUAYING", year = 2025, value = 12.0, provenance = "SELF_REPORTED", indicatorVersion = 1 });
        Assert.Equal(2, added["batch"]!["added"]!.GetValue<int>());
        Assert.Equal("""[{"indicatorVersion":2,"value":45.5,"measuredUnder":{"version":2,"unit":"percent"}},{"indicatorVersion":1,"value":12,"measuredUnder":{"version":1,"unit":"count"}}]""", added["batch"]!["observations"]!.ToJsonString());

        // Filters by version; the old values are all still version 1.
        var byVersion = await Query("{ v1: observations(where: { indicator: { eq: \"green-families\" }, indicatorVersion: { eq: 1 } }) { totalCount } v2: observations(where: { indicator: { eq: \"green-families\" }, indicatorVersion: { eq: 2 } }) { nodes { community { code } year } } }");
        Assert.Equal(valuesOfVersion1 + 1, byVersion["v1"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("""[{"community":{"code":"YX-QIAOYUAN"},"year":2025}]""", byVersion["v2"]!["nodes"]!.ToJsonString());

        // Statistics summarise one version when asked: the version-2 share alone.
        var stats = await Query("{ statistics { v2: indicatorStatistics(indicator: \"green-families\", groupBy: [], indicatorVersion: { eq: 2 }) { count median } all: indicatorStatistics(indicator: \"green-families\", groupBy: []) { count } } }");
        Assert.Equal("""[{"count":1,"median":45.5}]""", stats["statistics"]!["v2"]!.ToJsonString());
        Assert.Equal(valuesOfVersion1 + 2, stats["statistics"]!["all"]![0]!["count"]!.GetValue<int>());

        // The download says each value's version and unit, the dictionary every version.
        var csv = (await _client.GetStringAsync("/downloads/observations.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',').ToList();
        var row = csv.Select(l => l.Split(',')).Single(r => r[header.IndexOf("indicator_code")] == Indicator && r[header.IndexOf("community_code")] == "YX-QIAOYUAN" && r[header.IndexOf("year")] == "2025");
        Assert.Equal(("percent", "2"), (row[header.IndexOf("unit")], row[header.IndexOf("indicator_version")]));
        var dictionary = JsonNode.Parse(await _client.GetStringAsync("/downloads/dictionary.json"))!["indicators"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == Indicator)!;
        Assert.Equal(2, dictionary["version"]!.GetValue<int>());
        Assert.Equal(["count", "percent"], dictionary["versions"]!.AsArray().Select(v => v!["unit"]!.GetValue<string>()));

        // The edition that published the version-2 value hashes its version: stored and recomputed hashes agree.
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var latest = await db.Editions.OrderByDescending(e => e.Number).FirstAsync();
        Assert.Equal(latest.ContentHash, (await EditionLedger.HashAsync(db, latest.Number, default)).Hash);
    }

    [Fact]
    public async Task AValueReMeasuredUnderTheNewVersionIsACorrectionAndTheEarlierValueKeepsItsVersion()
    {
        var old = (await Query("{ observations(first: 1, where: { indicator: { eq: \"green-families\" } }) { nodes { community { code } year value } } }"))["observations"]!["nodes"]![0]!;
        var (community, year) = (old["community"]!["code"]!.GetValue<string>(), old["year"]!.GetValue<int>());
        var revised = await ReviseAsync(new { indicator = Indicator, version = 1, unit = "percent", changeNote = "Shares of households." });
        Assert.Empty(revised);

        var corrected = await RecordAsync(new { indicator = Indicator, community, year, value = 40.0, provenance = "SURVEY", indicatorVersion = 2 });
        Assert.Equal(1, corrected["batch"]!["corrected"]!.GetValue<int>());
        var now = await Query($$"""{ observations(where: { indicator: { eq: "green-families" }, community: { eq: "{{community}}" }, year: { eq: {{year}} } }) { nodes { value indicatorVersion } } }""");
        Assert.Equal("""[{"value":40,"indicatorVersion":2}]""", now["observations"]!["nodes"]!.ToJsonString());
        var asBefore = await Query($$"""{ observations(asOf: { number: 1 }, where: { indicator: { eq: "green-families" }, community: { eq: "{{community}}" }, year: { eq: {{year}} } }) { nodes { value indicatorVersion measuredUnder { unit } } } }""");
        Assert.Equal($$$"""[{"value":{{{old["value"]!.ToJsonString()}}},"indicatorVersion":1,"measuredUnder":{"unit":"count"}}]""", asBefore["observations"]!["nodes"]!.ToJsonString());
    }

    private async Task<JsonNode> Query(string query) => (await _client.PostGraphQLAsync(query)).AssertData();

    private async Task<JsonArray> ReviseAsync(object input) =>
        (await _client.PostGraphQLAsync(Revise, new { input }, token: TestTokens.CityAdmin())).AssertData()["reviseIndicatorDefinition"]!["errors"]!.AsArray();

    private async Task<JsonNode> RecordAsync(params object[] observations) =>
        (await _client.PostGraphQLAsync(Record, new { input = new { observations } }, token: TestTokens.CityAdmin())).AssertData()["recordObservations"]!;
}
