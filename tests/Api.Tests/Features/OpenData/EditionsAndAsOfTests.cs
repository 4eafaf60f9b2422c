using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Editions;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// Editions over HTTP on a database of their own: corrections and revocations publish new editions, asOf an old
/// edition returns the old list, change lists say what changed, cursors stay in their edition, batches are idempotent.
/// </summary>
[Collection(SerialTestGroup.Name)]
public sealed class EditionsAndAsOfTests : IDisposable
{
    private static readonly string Admin = TestTokens.CityAdmin();
    private readonly WorkflowApiFactory _api = new();
    private readonly HttpClient _client;

    public EditionsAndAsOfTests()
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
    public async Task AsOfAnOldEditionReturnsTheOldListAfterLaterCorrectionsAndRevocations()
    {
        const string Lists = """
            query($asOf: EditionRef) {
              awards(first: 100, asOf: $asOf, where: { year: { eq: 2002 }, level: { eq: CITY } }) { totalCount nodes { id community { code } revocation { revokedOn reason } validToday } }
              revoked: awards(asOf: $asOf, where: { revoked: true }) { totalCount }
              observations(first: 100, asOf: $asOf, where: { community: { eq: "YX-QIAOYUAN" }, indicator: { eq: "waste-sorting-participation" } }) { totalCount nodes { id year value provenance } }
            }
            """;
        var before = await Query(Lists, new { asOf = new { number = 1 } });
        var beforeCurrent = await Query(Lists);

        // The same list while edition 1 is the latest; read with asOf, each award and value has an edition-qualified ID (ADR-025, ADR-028).
        Assert.Equal(Show(WithoutIds(before)), Show(WithoutIds(beforeCurrent)));
        Assert.Empty(AwardIds(before).Intersect(AwardIds(beforeCurrent)));
        var firstHash = (await Query("{ edition { number contentHash } }"))["edition"]!;
        Assert.Equal(1, firstHash["number"]!.GetValue<int>());

        // Edition 2: a correction of Qiaoyuan's 2002 value and a new 2003 value.
        var batch = await RecordAsync([
            new { indicator = "waste-sorting-participation", community = "YX-QIAOYUAN", year = 2002, value = 63.5, provenance = "OFFICIAL_RECORD", sourceDocument = "Yuexiu EPB recount, February 2004" },
            new { indicator = "waste-sorting-participation", community = "YX-QIAOYUAN", year = 2003, value = 70.5, provenance = "SELF_REPORTED", sourceDocument = "Community year-end self-report 2003 (sample)" },
        ]);
        Assert.Equal(1, batch["corrected"]!.GetValue<int>());
        Assert.Equal(2, batch["edition"]!["number"]!.GetValue<int>());

        // Edition 3: a revocation.
        var awardId = before["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await Mutate("revokeAward", "award { id revocation { revokedOn } } errors { ... on Error { code } }", new { award = awardId, reason = "Penalty case, February 2004." });

        // The old edition is exactly what it was; the current list shows the changes.
        Assert.Equal(Show(before), Show(await Query(Lists, new { asOf = new { number = 1 } })));
        Assert.Equal(Show(before), Show(await Query(Lists, new { asOf = new { date = "2003-12-31" } })));
        var now = await Query(Lists);
        Assert.Equal(before["revoked"]!["totalCount"]!.GetValue<int>() + 1, now["revoked"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("2004-03-01", now["awards"]!["nodes"]![0]!["revocation"]!["revokedOn"]!.GetValue<string>());
        Assert.Null(before["awards"]!["nodes"]![0]!["revocation"]);
        var values = now["observations"]!["nodes"]!.AsArray().Select(o => (o!["year"]!.GetValue<int>(), o["value"]!.GetValue<double>())).ToList();
        Assert.Equal([(2001, 48.0), (2002, 63.5), (2003, 70.5)], values);
        var asOfTwo = await Query(Lists, new { asOf = new { number = 2 } });
        Assert.Null(asOfTwo["awards"]!["nodes"]![0]!["revocation"]);
        Assert.Equal(3, asOfTwo["observations"]!["totalCount"]!.GetValue<int>());

        // Edition 1's hash did not move; the database recomputes the same hash for it.
        Assert.Equal(Show(firstHash), Show((await Query("{ edition(ref: { number: 1 }) { number contentHash } }"))["edition"]));
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        foreach (var edition in await db.Editions.ToListAsync())
        {
            Assert.Equal(edition.ContentHash, (await EditionLedger.HashAsync(db, edition.Number, default)).Hash);
        }

        Assert.Equal(3, (await db.Editions.Select(e => e.ContentHash).Distinct().ToListAsync()).Count);
    }

    [Fact]
    public async Task ACorrectionShowsInTheNextEditionsChangeListAndTheCorrectedValueStaysOnRecord()
    {
        var batch = await RecordAsync([new { indicator = "green-coverage", community = "YX-QIAOYUAN", year = 2002, value = 20.0, provenance = "OFFICIAL_RECORD", sourceDocument = "Greening office re-survey 2004" }]);
        var number = batch["edition"]!["number"]!.GetValue<int>();
        var edition = (await Query("""
            query($n: Int!) { edition(ref: { number: $n }) { number reason changeCounts { observationsAdded observationsCorrected awardsAdded awardsRevoked }
              changes { totalCount nodes { kind observation { value provenance sourceDocument } replaced { value year community { code } indicator { code } } } } } }
            """, new { n = number }))["edition"]!;
        Assert.Equal(1, edition["changeCounts"]!["observationsCorrected"]!.GetValue<int>());
        var change = edition["changes"]!["nodes"]![0]!;
        Assert.Equal("OBSERVATION_CORRECTED", change["kind"]!.GetValue<string>());
        Assert.Equal(20.0, change["observation"]!["value"]!.GetValue<double>());
        Assert.Equal("YX-QIAOYUAN", change["replaced"]!["community"]!["code"]!.GetValue<string>());
        Assert.NotEqual(20.0, change["replaced"]!["value"]!.GetValue<double>());
        var feed = await Query("{ editions(first: 1) { nodes { number } } publicationFeed(first: 1) { kind edition } }");
        Assert.Equal(number, feed["editions"]!["nodes"]![0]!["number"]!.GetValue<int>());
        Assert.Equal(number, feed["publicationFeed"]![0]!["edition"]!.GetValue<int>());
    }

    [Fact]
    public async Task ResendingTheSameBatchChangesNothing()
    {
        object[] values =
        [
            new { indicator = "environmental-volunteers", community = "TH-HUAYING", year = 2003, value = 31.0, provenance = "SELF_REPORTED", sourceDocument = "Self-report 2003" },
            new { indicator = "noise-display-installed", community = "TH-HUAYING", year = 2003, value = 1.0, provenance = "OFFICIAL_RECORD", sourceDocument = (string?)null },
        ];
        var first = await RecordAsync(values);
        Assert.Equal(2, first["added"]!.GetValue<int>() + first["corrected"]!.GetValue<int>());
        var editions = (await Query("{ editions { totalCount } }"))["editions"]!["totalCount"]!.GetValue<int>();
        var listed = Show(await Query("{ observations(first: 100, where: { community: { eq: \"TH-HUAYING\" } }) { totalCount nodes { id value } } }"));

        var again = await RecordAsync(values);
        Assert.Equal(0, again["added"]!.GetValue<int>());
        Assert.Equal(0, again["corrected"]!.GetValue<int>());
        Assert.Equal(2, again["unchanged"]!.GetValue<int>());
        Assert.Null(again["edition"]);
        Assert.Equal(editions, (await Query("{ editions { totalCount } }"))["editions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(listed, Show(await Query("{ observations(first: 100, where: { community: { eq: \"TH-HUAYING\" } }) { totalCount nodes { id value } } }")));
    }

    [Fact]
    public async Task RefusesBadBatchesWholeAndAnonymousCallers()
    {
        var response = await Send("recordObservations", "batch { added } errors { ... on Error { code field } }", new
        {
            observations = new object[]
            {
                new { indicator = "waste-sorting-participation", community = "YX-QIAOYUAN", year = 2003, value = 50.0, provenance = "SELF_REPORTED" },
                new { indicator = "waste-sorting-participation", community = "YX-QIAOYUAN", year = 2003, value = 140.0, provenance = "SELF_REPORTED" },
            },
        });
        var error = response.AssertData()["recordObservations"]!["errors"]![0]!;
        Assert.Equal("INVALID_INPUT", error["code"]!.GetValue<string>());
        Assert.Equal(1, (await Query("{ editions { totalCount } }"))["editions"]!["totalCount"]!.GetValue<int>());

        var anonymous = await _client.PostGraphQLAsync("mutation { recordObservations(input: { observations: [] }) { batch { added } } }");
        Assert.Contains("ACCESS_DENIED", anonymous.ErrorCodes);
    }

    [Fact]
    public async Task CursorsKeepPagingThroughTheirEditionWhateverIsPublishedBetweenPages()
    {
        const string Page = """
            query($after: String, $asOf: EditionRef) { observations(first: 5, after: $after, asOf: $asOf, where: { indicator: { eq: "green-coverage" } }, orderBy: [{ field: VALUE, direction: DESC }]) {
              totalCount pageInfo { endCursor } nodes { id value } } }
            """;
        var first = (await Query(Page))["observations"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        // Edition 1's second page; read with asOf, its values have edition-qualified IDs (ADR-028), so compare without them.
        var expected = Show(WithoutNodeIds((await Query(Page, new { after = cursor, asOf = new { number = 1 } }))["observations"]!));

        // A correction to the top of the ordering is published between the two pages.
        await RecordAsync([new { indicator = "green-coverage", community = "LW-JULONG", year = 2002, value = 99.0, provenance = "OFFICIAL_RECORD", sourceDocument = "Re-survey" }]);
        var second = (await Query(Page, new { after = cursor }))["observations"]!;
        Assert.Equal(expected, Show(WithoutNodeIds(second)));
        Assert.DoesNotContain(second["nodes"]!.AsArray(), n => first["nodes"]!.AsArray().Any(f => f!["id"]!.GetValue<string>() == n!["id"]!.GetValue<string>()));

        var mismatch = await _client.PostGraphQLAsync(Page, new { after = cursor, asOf = new { number = 2 } });
        Assert.Contains("INVALID_CURSOR", mismatch.ErrorCodes);
        var fresh = (await Query(Page))["observations"]!;
        Assert.Equal(99.0, fresh["nodes"]![0]!["value"]!.GetValue<double>());
    }

    private async Task<JsonNode> RecordAsync(object[] observations)
    {
        var data = await Mutate("recordObservations", "batch { added corrected unchanged edition { number contentHash } observations { id value } } errors { ... on Error { code message field } }", new { observations });
        Assert.Empty(data["errors"]!.AsArray());
        return data["batch"]!;
    }

    private async Task<JsonNode> Mutate(string name, string selection, object input)
    {
        var data = (await Send(name, selection, input)).AssertData()[name]!;
        return data;
    }

    private Task<GraphQLResponse> Send(string name, string selection, object input)
    {
        var inputType = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
        return _client.PostGraphQLAsync($"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} }} }}", new { input }, token: Admin);
    }

    private async Task<JsonNode> Query(string query, object? variables = null) =>
        (await _client.PostGraphQLAsync(query, variables)).AssertData();

    private static string Show(JsonNode? node) => GraphQLClient.Show(node);

    private static IEnumerable<string> AwardIds(JsonNode lists) => lists["awards"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>());

    private static JsonNode WithoutIds(JsonNode lists)
    {
        var copy = lists.DeepClone();
        foreach (var node in copy["awards"]!["nodes"]!.AsArray().Concat(copy["observations"]!["nodes"]!.AsArray()))
        {
            node!.AsObject().Remove("id");
        }

        return copy;
    }

    private static JsonNode WithoutNodeIds(JsonNode connection)
    {
        var copy = connection.DeepClone();
        foreach (var node in copy["nodes"]!.AsArray())
        {
            node!.AsObject().Remove("id");
        }

        return copy;
    }
}
