using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Api.Tests.Workflow;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// A past list reproduces exactly, nested lists included (ADR-028): a recorded asOf query answers with the same bytes
/// after later corrections, revocations and new awards made through the API, while the current read shows them.
/// </summary>
[Collection(SerialTestGroup.Name)]
public sealed class AsOfAllTheWayDownTests : IDisposable
{
    private const string Nested = """
        query($asOf: EditionRef) {
          awards(first: 5, asOf: $asOf, where: { community: { eq: "YX-QIAOYUAN" } }) {
            totalCount
            nodes {
              id validToday revocation { reason }
              community {
                id code
                awards(first: 10) { totalCount nodes { id year level revocation { revokedOn reason } } }
                latestObservations { id year value indicator { code } }
                observations(first: 30) { totalCount nodes { id year value community { id } } }
                series(indicator: "waste-sorting-participation") { id year value }
              }
              campaign { id awards(first: 40) { totalCount nodes { id revocation { reason } } } }
            }
          }
          all2002: awards(first: 40, asOf: $asOf, where: { year: { eq: 2002 } }) {
            totalCount
            nodes { id community { code awards(first: 5) { totalCount nodes { id revocation { reason } } } latestObservations { id year value } } }
          }
          qiaoyuan: community(code: "YX-QIAOYUAN", asOf: $asOf) {
            id awards(first: 10) { totalCount nodes { id revocation { reason } campaign { id } } }
            latestObservations { id year value indicator { code } community { id } }
          }
          wushan: community(code: "TH-WUSHAN", asOf: $asOf) { id awards(first: 10) { totalCount nodes { id year level } } }
          observations(first: 20, asOf: $asOf, where: { community: { eq: "YX-QIAOYUAN" } }) { nodes { id value community { awards(first: 5) { totalCount } } } }
        }
        """;

    private readonly WorkflowApiFactory _api = new();
    private readonly HttpClient _client;
    private readonly CampaignDriver _driver;

    public AsOfAllTheWayDownTests()
    {
        _client = _api.CreateClient();
        _driver = new CampaignDriver(_api.Clock, _client);
        // Every step happens on one day: validToday is read from the clock, not from an edition (ADR-028).
        _driver.At(2005, 1, 10);
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task ARecordedAsOfQueryWithNestedListsAnswersTheSameBytesAfterLaterEditions()
    {
        var asOfOne = new { asOf = new { number = 1 } };
        var recorded = await RawAsync(Nested, asOfOne);
        var currentBefore = await RawAsync(Nested);

        // Edition 2: Qiaoyuan's 2002 value corrected and a 2003 value added (latestObservations moves to 2003).
        await _driver.MutateAsync(CampaignDriver.Admin, "recordObservations", "batch { corrected edition { number } }", new
        {
            observations = new object[]
            {
                new { indicator = "waste-sorting-participation", community = "YX-QIAOYUAN", year = 2002, value = 63.5, provenance = "OFFICIAL_RECORD", sourceDocument = "Yuexiu EPB recount, February 2004" },
                new { indicator = "waste-sorting-participation", community = "YX-QIAOYUAN", year = 2003, value = 70.5, provenance = "SELF_REPORTED", sourceDocument = "Community year-end self-report 2003 (sample)" },
            },
        });

        // Edition 3: Qiaoyuan's title revoked.
        var qiaoyuanAward = JsonNode.Parse(recorded)!["qiaoyuan"]!["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await _driver.MutateAsync(CampaignDriver.Admin, "revokeAward", "award { id }", new { award = qiaoyuanAward, reason = "Penalty case, January 2005." });

        // Edition 4: a new district-level award for Wushan, published through the workflow.
        var campaign = await _driver.CreateCampaignAsync(2005, "DISTRICT");
        var application = await _driver.DistrictApplicationUnderReviewAsync(campaign, "TH-WUSHAN");
        await _driver.ReviewAsync(CampaignDriver.Tianhe, application, new { decision = "AWARD", score = 88.5 });
        await _driver.MutateAsync(CampaignDriver.Admin, "publishResults", "campaign { id }", new { campaign });

        // The recorded query gives the same bytes; the current read shows every change, nested lists included.
        Assert.Equal(recorded, await RawAsync(Nested, asOfOne));
        var now = JsonNode.Parse(await RawAsync(Nested))!;
        var before = JsonNode.Parse(currentBefore)!;
        Assert.NotNull(now["qiaoyuan"]!["awards"]!["nodes"]![0]!["revocation"]);
        Assert.Null(before["qiaoyuan"]!["awards"]!["nodes"]![0]!["revocation"]);
        Assert.Contains(now["qiaoyuan"]!["latestObservations"]!.AsArray(), o => o!["year"]!.GetValue<int>() == 2003);
        Assert.DoesNotContain(before["qiaoyuan"]!["latestObservations"]!.AsArray(), o => o!["year"]!.GetValue<int>() == 2003);
        Assert.Equal(before["wushan"]!["awards"]!["totalCount"]!.GetValue<int>() + 1, now["wushan"]!["awards"]!["totalCount"]!.GetValue<int>());
        Assert.NotNull(now["awards"]!["nodes"]![0]!["community"]!["awards"]!["nodes"]![0]!["revocation"]);

        // Under asOf, nested objects carry the edition in their IDs, and node(id:) answers them as that edition stood.
        var pastQiaoyuan = JsonNode.Parse(recorded)!["qiaoyuan"]!;
        Assert.NotEqual(pastQiaoyuan["id"]!.GetValue<string>(), now["qiaoyuan"]!["id"]!.GetValue<string>());
        var node = (await _client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id ... on Community { awards { nodes { revocation { reason } } } } } }", new { id = pastQiaoyuan["id"]!.GetValue<string>() })).AssertData()["node"]!;
        Assert.Equal(pastQiaoyuan["id"]!.GetValue<string>(), node["id"]!.GetValue<string>());
        Assert.Null(node["awards"]!["nodes"]![0]!["revocation"]);
    }

    [Fact]
    public async Task CommunityAsOfAnEditionThatDoesNotExistIsABadUserInput()
    {
        var response = await _client.PostGraphQLAsync("{ community(code: \"YX-QIAOYUAN\", asOf: { number: 999 }) { id } }");
        Assert.Equal("BAD_USER_INPUT", response.ErrorCodes.Single());
    }

    // The bytes of the response's data member exactly as the server sent them (the extensions beside it report the
    // caller's remaining budget, which every request changes).
    private async Task<string> RawAsync(string query, object? variables = null)
    {
        using var request = GraphQLClient.RawPost(JsonSerializer.Serialize(new { query, variables }), "application/json");
        using var response = await _client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(bytes);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            Assert.Fail(errors.GetRawText());
        }

        return document.RootElement.GetProperty("data").GetRawText();
    }
}
