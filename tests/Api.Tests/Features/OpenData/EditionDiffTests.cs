using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Api.Tests.Workflow;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// editionDiff between any two editions: the difference between editions 1 and N is the composition of the steps
/// between them, over GraphQL and as a download.
/// </summary>
[Collection(SerialTestGroup.Name)]
public sealed class EditionDiffTests : IDisposable
{
    private const string Diff = """
        query($from: Int!, $to: Int!) {
          editionDiff(from: { number: $from }, to: { number: $to }) {
            from { number } to { number }
            counts { awardsAdded awardsRevoked awardsWithdrawn observationsAdded observationsCorrected observationsWithdrawn }
            changes(first: 100) {
              totalCount
              nodes { kind award { id revocation { reason } } observation { id year value indicator { code } community { code } } replaced { id value } }
            }
            downloads { format url }
          }
        }
        """;

    private readonly WorkflowApiFactory _api = new();
    private readonly HttpClient _client;
    private readonly CampaignDriver _driver;

    public EditionDiffTests()
    {
        _client = _api.CreateClient();
        _driver = new CampaignDriver(_api.Clock, _client);
        _driver.At(2005, 1, 10);
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task TheDiffBetweenTheFirstAndLastEditionsIsTheCompositionOfTheSteps()
    {
        // Edition 2: a correction and a new value.
        await RecordAsync(("YX-QIAOYUAN", 2002, 63.5), ("YX-QIAOYUAN", 2003, 70.5));

        // Edition 3: a revocation.
        var award = (await _driver.QueryAsync("{ community(code: \"YX-QIAOYUAN\") { awards(first: 1) { nodes { id } } } }"))["community"]!["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await _driver.MutateAsync(CampaignDriver.Admin, "revokeAward", "award { id }", new { award, reason = "Penalty case, January 2005." });

        // Edition 4: both values corrected again.
        await RecordAsync(("YX-QIAOYUAN", 2002, 64.0), ("YX-QIAOYUAN", 2003, 71.0));

        // Edition 5: a new award, through the workflow.
        var campaign = await _driver.CreateCampaignAsync(2005, "DISTRICT");
        var application = await _driver.DistrictApplicationUnderReviewAsync(campaign, "TH-WUSHAN");
        await _driver.ReviewAsync(CampaignDriver.Tianhe, application, new { decision = "AWARD", score = 88.5 });
        await _driver.MutateAsync(CampaignDriver.Admin, "publishResults", "campaign { id }", new { campaign });
        var last = (await _driver.QueryAsync("{ edition { number } }"))["edition"]!["number"]!.GetValue<int>();
        Assert.Equal(5, last);

        // Compose the steps 1→2, 2→3, 3→4, 4→5.
        var composed = new Dictionary<string, (string Kind, string? Record, string? Replaced)>();
        for (var step = 1; step < last; step++)
        {
            foreach (var change in (await DiffAsync(step, step + 1))["changes"]!["nodes"]!.AsArray())
            {
                var (key, kind, record, replaced) = Describe(change!);
                composed[key] = composed.TryGetValue(key, out var earlier)
                    ? (earlier.Kind, kind) switch
                    {
                        ("AWARD_ADDED", "AWARD_REVOKED") => earlier,
                        ("OBSERVATION_ADDED", "OBSERVATION_CORRECTED") => ("OBSERVATION_ADDED", record, null),
                        ("OBSERVATION_CORRECTED", "OBSERVATION_CORRECTED") => ("OBSERVATION_CORRECTED", record, earlier.Replaced),
                        _ => throw new InvalidOperationException($"Unexpected {earlier.Kind} then {kind} for {key}."),
                    }
                    : (kind, record, replaced);
            }
        }

        var whole = await DiffAsync(1, last);
        var direct = whole["changes"]!["nodes"]!.AsArray().Select(c => Describe(c!)).ToDictionary(d => d.Key, d => (d.Kind, d.Record, d.Replaced));
        Assert.Equal(composed.OrderBy(c => c.Key).Select(c => c.ToString()), direct.OrderBy(c => c.Key).Select(c => c.ToString()));

        // What that composition is: one award added, one revoked, one value added (its last value), one corrected
        // (against edition 1's value), nothing withdrawn.
        Assert.Equal("""{"awardsAdded":1,"awardsRevoked":1,"awardsWithdrawn":0,"observationsAdded":1,"observationsCorrected":1,"observationsWithdrawn":0}""", GraphQLClient.Show(whole["counts"]));
        var corrected = whole["changes"]!["nodes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "OBSERVATION_CORRECTED")!;
        Assert.Equal(64.0, corrected["observation"]!["value"]!.GetValue<double>());
        var original = (await _driver.QueryAsync("{ observations(asOf: { number: 1 }, where: { community: { eq: \"YX-QIAOYUAN\" }, indicator: { eq: \"waste-sorting-participation\" }, year: { eq: 2002 } }) { nodes { id value } } }"))["observations"]!["nodes"]![0]!;
        Assert.Equal(Record(original["id"]!.GetValue<string>()), Record(corrected["replaced"]!["id"]!.GetValue<string>()));
        Assert.Equal(71.0, whole["changes"]!["nodes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "OBSERVATION_ADDED")!["observation"]!["value"]!.GetValue<double>());

        // The same edition twice differs in nothing.
        Assert.Equal(0, (await DiffAsync(3, 3))["changes"]!["totalCount"]!.GetValue<int>());

        // The download lists the same rows.
        var csvUrl = whole["downloads"]!.AsArray().Single(d => d!["format"]!.GetValue<string>() == "csv")!["url"]!.GetValue<string>();
        var csv = await _client.GetStringAsync(csvUrl);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("kind,award_id,observation_id,replaced_observation_id", lines[0], StringComparison.Ordinal);
        Assert.Equal(["AWARD_ADDED", "AWARD_REVOKED", "OBSERVATION_ADDED", "OBSERVATION_CORRECTED"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task ALaterFromThanToIsABadUserInputAndTheDownloadSaysSo()
    {
        await RecordAsync(("YX-QIAOYUAN", 2002, 63.5));
        var response = await _client.PostGraphQLAsync("{ editionDiff(from: { number: 2 }, to: { number: 1 }) { counts { awardsAdded } } }");
        Assert.Equal("BAD_USER_INPUT", response.ErrorCodes.Single());
        var unknown = await _client.PostGraphQLAsync("{ editionDiff(from: { number: 1 }, to: { number: 9 }) { counts { awardsAdded } } }");
        Assert.Equal("BAD_USER_INPUT", unknown.ErrorCodes.Single());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _client.GetAsync("/downloads/edition-diff.csv?from=2&to=1")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/downloads/edition-diff.csv?from=1&to=9")).StatusCode);
    }

    private async Task RecordAsync(params (string Community, int Year, double Value)[] values) =>
        await _driver.MutateAsync(CampaignDriver.Admin, "recordObservations", "batch { edition { number } }", new
        {
            observations = values.Select(v => new { indicator = "waste-sorting-participation", community = v.Community, year = v.Year, value = v.Value, provenance = "OFFICIAL_RECORD", sourceDocument = $"Recount {v.Value}" }).ToArray(),
        });

    private async Task<JsonNode> DiffAsync(int from, int to) =>
        (await _driver.QueryAsync(Diff, new { from, to }))["editionDiff"]!;

    // A difference by what it is about (an award, or a value's indicator, community and year) and the records it names.
    private static (string Key, string Kind, string? Record, string? Replaced) Describe(JsonNode change)
    {
        var kind = change["kind"]!.GetValue<string>();
        if (change["award"] is { } award)
        {
            return ("award " + Record(award["id"]!.GetValue<string>()), kind, null, null);
        }

        var value = change["observation"]!;
        var key = $"value {value["indicator"]!["code"]} {value["community"]!["code"]} {value["year"]}";
        return (key, kind, Record(value["id"]!.GetValue<string>()), change["replaced"] is { } replaced ? Record(replaced["id"]!.GetValue<string>()) : null);
    }

    // The record a global ID names, without the edition it was read from.
    private static string Record(string id) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id)).Split('@')[0];
}
