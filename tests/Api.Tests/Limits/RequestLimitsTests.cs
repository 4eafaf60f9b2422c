using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Limits;

/// <summary>Each request limit refuses with its code while ordinary queries pass.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class RequestLimitsTests(ApiFactory factory)
{
    private const string Ordinary = "{ awards(first: 3, where: { year: { eq: 2002 } }) { totalCount nodes { community { code name { zh en } } score } } }";

    [Fact]
    public async Task PassesAnOrdinaryQueryAndReportsItsCost()
    {
        var response = await factory.CreateClient().PostAsync(new { query = Ordinary });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.ErrorCodes);
        // awards 1 + 3 × (nodes 1 + community 1 + name 1)
        Assert.Equal(10, response.Json!["extensions"]!["cost"]!["requested"]!.GetValue<int>());
        Assert.Equal(5000, response.Json!["extensions"]!["cost"]!["maximum"]!.GetValue<int>());
    }

    [Fact]
    public async Task RefusesACostlyOperationBeforeExecutionWithItsCost()
    {
        var client = factory.CreateClient();
        var commands = factory.Commands.Count;
        const string Costly = "{ communities(first: 100) { nodes { awards(first: 100) { nodes { community { name { en } } } } } } }";
        var response = await client.PostAsync(new { query = Costly });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = Assert.Single(response.Json!["errors"]!.AsArray());
        Assert.Equal("COST_LIMIT_EXCEEDED", error!["extensions"]!["code"]!.GetValue<string>());
        // communities 1 + 100 × (nodes 1 + awards 1 + 100 × (nodes 1 + community 1 + name 1))
        Assert.Equal(30_201, error["extensions"]!["cost"]!.GetValue<int>());
        Assert.Null(response.Json!["data"]);
        Assert.Equal(commands, factory.Commands.Count);
    }

    [Fact]
    public async Task CostsVariablesAsSent()
    {
        const string Query = "query($n: Int) { communities(first: $n) { nodes { awards(first: $n) { nodes { score } } } } }";
        var cheap = await factory.CreateClient().PostAsync(new { query = Query, variables = new { n = 5 } });
        var costly = await factory.CreateClient().PostAsync(new { query = Query, variables = new { n = 100 } });
        Assert.Equal(1 + (5 * (2 + 5)), cheap.Json!["extensions"]!["cost"]!["requested"]!.GetValue<int>());
        Assert.Equal(["COST_LIMIT_EXCEEDED"], costly.ErrorCodes);
    }

    [Fact]
    public async Task RefusesDeepNestingAsWrittenAndThroughFragments()
    {
        var deep = "{ " + string.Concat(Enumerable.Repeat("__schema { types { fields { type { ofType { ", 4)) + "name" + new string('}', 21);
        var written = await factory.CreateClient().PostAsync(new { query = deep });
        Assert.Contains("DEPTH_LIMIT_EXCEEDED", written.ErrorCodes);

        var fragments = string.Join("\n", Enumerable.Range(0, 10).Select(i => $"fragment F{i} on __Type {{ ofType {{ ofType {{ ...F{i + 1} }} }} }}")) + "\nfragment F10 on __Type { name }";
        var viaFragments = await factory.CreateClient().PostAsync(new { query = "{ __type(name: \"Award\") { ...F0 } }\n" + fragments });
        Assert.Equal(["DEPTH_LIMIT_EXCEEDED"], viaFragments.ErrorCodes);
    }

    [Fact]
    public async Task RefusesAliasBombsCheaply()
    {
        var client = factory.CreateClient();
        var commands = factory.Commands.Count;
        var bomb = "{ " + string.Join(" ", Enumerable.Range(0, 400).Select(i => $"a{i}: __typename")) + " }";
        var started = DateTime.UtcNow;
        var response = await client.PostAsync(new { query = bomb });
        Assert.Equal(["TOO_MANY_FIELDS"], response.ErrorCodes);
        var aliases = "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }";
        Assert.Equal(["TOO_MANY_ALIASES"], (await factory.CreateClient().PostAsync(new { query = aliases })).ErrorCodes);
        Assert.Equal(commands, factory.Commands.Count);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RefusesLongListsWrittenOrInVariables()
    {
        var ids = Enumerable.Range(1, 101).Select(i => $"\"id{i}\"").ToList();
        var written = await factory.CreateClient().PostAsync(new { query = $"{{ nodes(ids: [{string.Join(",", ids)}]) {{ id }} }}" });
        Assert.Equal(["LIST_INPUT_TOO_LONG"], written.ErrorCodes);
        var variable = await factory.CreateClient().PostAsync(new { query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = Enumerable.Range(1, 101).Select(i => $"id{i}") } });
        Assert.Equal(["LIST_INPUT_TOO_LONG"], variable.ErrorCodes);
        var ok = await factory.CreateClient().PostAsync(new { query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = new[] { "Q29tbXVuaXR5OjE" } } });
        Assert.Empty(ok.ErrorCodes);
    }

    [Fact]
    public async Task RefusesLargeBodiesAndLongDocuments()
    {
        var body = "{\"query\":\"{ districts { code } }\",\"variables\":{\"pad\":\"" + new string('x', 70 * 1024) + "\"}}";
        var large = await factory.CreateClient().PostAsync(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], large.ErrorCodes);

        var longDocument = "{ districts { code } }" + new string(' ', 17 * 1024);
        var tooLong = await factory.CreateClient().PostAsync(new { query = longDocument });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], tooLong.ErrorCodes);
    }

    [Fact]
    public async Task RefusesBatches()
    {
        var response = await factory.CreateClient().PostAsync("[{\"query\":\"{ districts { code } }\"},{\"query\":\"{ districts { code } }\"}]");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BATCH_NOT_SUPPORTED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AcceptsTheStandardIntrospectionQuery()
    {
        var response = await factory.CreateClient().PostAsync(new { query = Introspection.Query });
        Assert.True(response.ErrorCodes.Count == 0, response.Text[..Math.Min(500, response.Text.Length)]);
        Assert.True(response.Json!["data"]!["__schema"]!["types"]!.AsArray().Count > 50);
    }

    [Fact]
    public async Task ChargesMutationsMore()
    {
        var response = await factory.CreateClient().PostAsync(new { query = "mutation { fileObjection(input: { notice: \"x\", community: \"x\", reasons: \"x\" }) { errors { __typename } } }" });
        Assert.Equal(11, response.Json!["extensions"]!["cost"]!["requested"]!.GetValue<int>());
    }
}
