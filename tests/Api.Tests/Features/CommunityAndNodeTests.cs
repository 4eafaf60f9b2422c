using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>The civic app's community profile, global IDs and the reference data around it.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class CommunityAndNodeTests(ApiFactory factory)
{
    private const string Profile = """
        query($code: String, $id: ID) {
          community(code: $code, id: $id) {
            id code name { zh en } kind gated coBuiltWith commercialEstate households occupancyRate
            location { latitude longitude }
            street { code district { code } }
            district { code name { en } }
            awards { totalCount nodes { level year districtAtAward { code } } }
            latestObservations { indicator { code } year value provenance }
            sample
          }
        }
        """;

    [Fact]
    public async Task ServesACommunityProfileByCodeAndByTheSameGlobalId()
    {
        var byCode = (await Query(Profile, new { code = "YX-QIAOYUAN" }))["community"]!;
        Assert.Equal("侨苑社区", byCode["name"]!["zh"]!.GetValue<string>());
        Assert.Equal("440104", byCode["district"]!["code"]!.GetValue<string>());
        Assert.True(byCode["sample"]!.GetValue<bool>());
        var levels = byCode["awards"]!["nodes"]!.AsArray().Select(a => a!["level"]!.GetValue<string>()).ToList();
        Assert.Contains("CITY", levels);
        Assert.Contains("DISTRICT", levels);
        Assert.NotEmpty(byCode["latestObservations"]!.AsArray());

        var byId = (await Query(Profile, new { id = byCode["id"]!.GetValue<string>() }))["community"]!;
        Assert.Equal(byCode.ToJsonString(), byId.ToJsonString());
    }

    [Fact]
    public async Task ReturnsNullForAnUnknownCode()
    {
        var data = await Query("{ community(code: \"NO-SUCH\") { id } }");
        Assert.Null(data["community"]);
    }

    [Fact]
    public async Task ResolvesEveryKindOfGlobalIdThroughNode()
    {
        var data = await Query("""
            {
              awards(first: 1) { nodes { id campaign { id } scheme { id sections { id indicators { id } } } community { id street { id } district { id } } } }
              indicators { id }
              observations(first: 1) { nodes { id } }
              publicityNotices(first: 1) { nodes { id } }
            }
            """);
        var ids = Ids(data).Distinct().ToList();
        Assert.True(ids.Count >= 10, "Expected IDs of many types, got " + ids.Count);
        var nodes = (await Query("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new { ids }))["nodes"]!.AsArray();
        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
        var typeNames = nodes.Select(n => n!["__typename"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "Award", "Campaign", "CriteriaScheme", "CriteriaSection", "CriteriaIndicator", "Community", "Street", "District", "IndicatorDefinition", "Observation", "PublicityNotice" }, typeNames);
        Assert.Equal(11, typeNames.Count);
    }

    [Fact]
    public async Task AMalformedIdInNodesNullsOnlyItsOwnEntry()
    {
        var districts = (await Query("{ districts { id } }"))["districts"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).Take(2).ToList();

        var response = await factory.CreateClient().PostGraphQLAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = new[] { districts[0], "not-an-id", districts[1] } });

        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal(districts[0], nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal(districts[1], nodes[2]!["id"]!.GetValue<string>());
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("[\"nodes\",1]", GraphQLClient.Show(error["path"]));
    }

    [Fact]
    public async Task ListsDistrictsWithFormerOnesOnRequest()
    {
        var current = (await Query("{ districts { code former } }"))["districts"]!.AsArray();
        var all = (await Query("{ districts(includeFormer: true) { code former succeededBy { code } streets { code } } }"))["districts"]!.AsArray();
        Assert.DoesNotContain(current, d => d!["former"]!.GetValue<bool>());
        var dongshan = Assert.Single(all, d => d!["code"]!.GetValue<string>() == "440102")!;
        Assert.Equal("440104", dongshan["succeededBy"]!["code"]!.GetValue<string>());
        Assert.Empty(dongshan["streets"]!.AsArray());
    }

    [Fact]
    public async Task FiltersCommunitiesByKindAndDistrict()
    {
        var data = await Query("""{ communities(first: 100, where: { kind: { eq: FARMERS_NEW_VILLAGE }, district: { eq: "440106" } }) { totalCount nodes { kind district { code } } } }""");
        var nodes = data["communities"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, c =>
        {
            Assert.Equal("FARMERS_NEW_VILLAGE", c!["kind"]!.GetValue<string>());
            Assert.Equal("440106", c["district"]!["code"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task ServesCriteriaSchemesWithTheFiveSignsAndTheGates()
    {
        var data = await Query("{ criteriaSchemes { code maximumScore sections { maximumPoints indicators { maximumPoints } } gates { kind threshold } passMarks { level minimumScore } } }");
        var scheme = Assert.Single(data["criteriaSchemes"]!.AsArray())!;
        var sections = scheme["sections"]!.AsArray();
        Assert.Equal(5, sections.Count);
        Assert.Equal(scheme["maximumScore"]!.GetValue<double>(), sections.Sum(s => s!["maximumPoints"]!.GetValue<double>()), 3);
        Assert.Equal(3, scheme["gates"]!.AsArray().Count);
        Assert.Equal(0.6, scheme["gates"]!.AsArray().Single(g => g!["kind"]!.GetValue<string>() == "MINIMUM_OCCUPANCY")!["threshold"]!.GetValue<double>(), 3);
    }

    [Fact]
    public async Task ServesTheReportsProgrammeMetrics()
    {
        var data = await Query("{ programmeMetrics(fromYear: 2001, toYear: 2002) { funding { year source amountYuan sample } training { kind batches attendance } publicity { kind quantity } } }");
        var funding = data["programmeMetrics"]!["funding"]!.AsArray();
        Assert.Contains(funding, f => f!["year"]!.GetValue<int>() == 2001 && f["amountYuan"]!.GetValue<double>() == 1_000_000 && !f["sample"]!.GetValue<bool>());
        Assert.Contains(funding, f => f!["year"]!.GetValue<int>() == 2002 && f["amountYuan"]!.GetValue<double>() == 2_900_000 && !f["sample"]!.GetValue<bool>());
        var training = data["programmeMetrics"]!["training"]!.AsArray();
        Assert.Contains(training, t => t!["kind"]!.GetValue<string>() == "MANAGER_TRAINING" && t["batches"]!.GetValue<int>() == 9);
        Assert.Contains(training, t => t!["kind"]!.GetValue<string>() == "RESIDENT_SESSION" && t["batches"]!.GetValue<int>() == 23);
        Assert.Contains(data["programmeMetrics"]!["publicity"]!.AsArray(), p => p!["kind"]!.GetValue<string>() == "POSTERS" && p["quantity"]!.GetValue<int>() == 40_000);
    }

    private static IEnumerable<string> Ids(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "id" && p.Value is JsonValue v ? [v.GetValue<string>()] : Ids(p.Value)),
        JsonArray a => a.SelectMany(Ids),
        _ => [],
    };

    private async Task<JsonNode> Query(string query, object? variables = null) =>
        (await factory.CreateClient().PostGraphQLAsync(query, variables)).AssertData();
}
