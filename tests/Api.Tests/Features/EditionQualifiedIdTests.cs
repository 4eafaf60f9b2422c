using System.Diagnostics;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Api.Tests.Schema;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>
/// An award read with asOf has an ID of its own (ADR-025), so a normalised client cache holding a citable past list
/// and the current one keeps each as it was published: checked through the API, and with Apollo Client's default
/// InMemoryCache over a real port.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EditionQualifiedIdTests(ITestOutputHelper output) : IDisposable
{
    private const string Past = "{ awards(first: 100, asOf: { number: 1 }, where: { year: { eq: 2002 } }) { nodes { id revocation { reason } } } }";
    private const string Current = "{ awards(first: 100, where: { year: { eq: 2002 } }) { nodes { id revocation { reason } } } }";
    private const string RevokeMutation = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { award { id revocation { reason } } errors { ... on Error { code } } } }";

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task AnAsOfReadNamesEachAwardWithItsEditionAndNodeAnswersIt()
    {
        var client = _api.CreateClient();
        var past = Ids(await client.PostGraphQLAsync(Past));
        var current = Ids(await client.PostGraphQLAsync(Current));
        Assert.Equal(past.Count, current.Count);
        Assert.Empty(past.Intersect(current));

        var node = (await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id ... on Award { year revocation { reason } } } }", new { id = past[0] })).AssertData()["node"]!;
        Assert.Equal(past[0], node["id"]!.GetValue<string>());
        Assert.Equal(2002, node["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task APastListKeepsItsStateUnderItsOwnIdsAfterARevocation()
    {
        var client = _api.CreateClient();
        var past = Ids(await client.PostGraphQLAsync(Past));
        var revoke = await client.PostGraphQLAsync(RevokeMutation, new { input = new { award = past[0], reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        var payload = revoke.AssertData()["revokeAward"]!;
        Assert.Empty(payload["errors"]!.AsArray());

        // The mutation acts on the award itself and answers it as it is now, under its current ID.
        Assert.DoesNotContain(payload["award"]!["id"]!.GetValue<string>(), past);
        Assert.NotNull(payload["award"]!["revocation"]);

        var asPublished = (await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Award { revocation { reason } } } }", new { id = past[0] })).AssertData()["node"]!;
        Assert.Null(asPublished["revocation"]);
        var now = (await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Award { revocation { reason } } } }", new { id = payload["award"]!["id"]!.GetValue<string>() })).AssertData()["node"]!;
        Assert.NotNull(now["revocation"]);
    }

    [Theory]
    [InlineData("Award:1@999")] // an edition that does not exist
    [InlineData("Award:1@0")] // not an edition number
    [InlineData("District:1@1")] // reference data is never read as of an edition (ADR-028)
    public async Task AQualifiedIdThatWasNeverIssuedIsNullOrInvalid(string raw)
    {
        var client = _api.CreateClient();
        var id = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(raw));
        var response = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        if (raw == "Award:1@999")
        {
            Assert.Null(response.AssertData()["node"]);
        }
        else
        {
            Assert.Equal("INVALID_ID", response.Body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    [SkippableFact]
    public async Task ApolloClientsDefaultCacheKeepsTheCitableListAsPublished()
    {
        Prerequisite.Require(!File.Exists(Path.Combine(GraphQLJsIntrospectionTests.ClientDirectory, "node_modules", "@apollo", "client", "package.json"))
            ? "Apollo Client is not installed (run: npm ci --prefix tests/apollo-client)."
            : null);

        using var database = TestDatabase.Create();
        using var api = ApiProcess.Start(database, new Dictionary<string, string> { ["Database__SeedSampleData"] = "true" });
        await api.WaitUntilLiveAsync();

        var result = await RunNodeAsync("editions.mjs", $"http://127.0.0.1:{api.Port}/graphql", TestTokens.CityAdmin());

        Assert.True(result["pastCount"]!.GetValue<int>() > 0);
        Assert.Null(result["revokeErrors"] is JsonArray { Count: > 0 } errors ? errors : null);
        Assert.Equal(1, result["revokedNow"]!.GetValue<int>());
        Assert.Equal(0, result["sharedIds"]!.GetValue<int>());
        Assert.Null(result["cachedPastRevocation"]);
        Assert.Equal(result["pastRevoked"]!.GetValue<int>(), result["cachedPastRevoked"]!.GetValue<int>());
    }

    private static List<string> Ids(GraphQLResponse response) =>
        [.. response.AssertData()["awards"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    private async Task<JsonNode> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = GraphQLJsIntrospectionTests.ClientDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout;
        output.WriteLine($"$ node {arguments[0]} -> exit {process.ExitCode}\n{text}{await stderr}");
        Assert.Equal(0, process.ExitCode);
        return JsonNode.Parse(text.Trim().Split('\n')[^1])!;
    }
}
