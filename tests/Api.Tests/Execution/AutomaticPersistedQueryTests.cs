using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Api.Tests.Schema;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Execution;

/// <summary>
/// Apollo's automatic persisted queries (ADR-023): an unknown hash is answered <c>PersistedQueryNotFound</c>, the
/// document sent with its hash is checked and kept, and then the hash alone is served, always through the same
/// validation, cost and budget. Driven by hand, and by Apollo Client's PersistedQueryLink over a real port.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class AutomaticPersistedQueryTests(ApiFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task AnUnknownHashIsNotFoundThenTheDocumentIsKeptAndServedByItsHash()
    {
        var client = factory.CreateClient();
        var document = $"{{ districts {{ code }} __typename }} # {Guid.NewGuid():N}";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = AutomaticPersistedQueries.HashOf(document) } };

        var miss = await PostAsync(client, new { extensions });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("PersistedQueryNotFound", miss["errors"]![0]!["message"]!.GetValue<string>());

        var registered = await PostAsync(client, new { query = document, extensions });
        Assert.NotEmpty(registered["data"]!["districts"]!.AsArray());

        var hit = await PostAsync(client, new { extensions });
        Assert.Equal(registered["data"]!.ToJsonString(), hit["data"]!.ToJsonString());

        // GET with the hash alone, as useGETForHashedQueries sends it.
        using var get = await client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(extensions)));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(registered["data"]!.ToJsonString(), JsonNode.Parse(await get.Content.ReadAsStringAsync())!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task AHashThatIsNotTheDocumentsIsRefusedAndNothingIsKept()
    {
        var client = factory.CreateClient();
        var document = $"{{ districts {{ code }} }} # {Guid.NewGuid():N}";
        var other = AutomaticPersistedQueries.HashOf(document + " ");
        var mismatch = await PostAsync(client, new { query = document, extensions = new { persistedQuery = new { version = 1, sha256Hash = other } } });
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", mismatch["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var notKept = await PostAsync(client, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = other } } });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", notKept["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"version\":2,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}", "PERSISTED_QUERY_NOT_SUPPORTED")]
    [InlineData("{\"version\":1,\"sha256Hash\":\"not-a-hash\"}", "BAD_REQUEST")]
    [InlineData("\"a string\"", "BAD_REQUEST")]
    public async Task AMalformedPersistedQueryGetsItsCode(string persistedQuery, string code)
    {
        var client = factory.CreateClient();
        using var content = new StringContent("{\"extensions\":{\"persistedQuery\":" + persistedQuery + "}}", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"HTTP {(int)response.StatusCode}");
        Assert.Equal(code, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AKeptDocumentIsStillValidatedAndCostedEveryTime()
    {
        var client = factory.CreateClient();
        var mutation = $"mutation {{ revokeAward(input: {{ award: \"x\", reason: \"r\" }}) {{ errors {{ __typename }} }} }} # {Guid.NewGuid():N}";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = AutomaticPersistedQueries.HashOf(mutation) } };
        var registered = await PostAsync(client, new { query = mutation, extensions });
        Assert.Equal("ACCESS_DENIED", registered["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // By hash over GET, a mutation is still refused: GET runs queries only.
        using var get = await client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(extensions)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        var byHash = await PostAsync(client, new { extensions });
        Assert.Equal("ACCESS_DENIED", byHash["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ApolloClientsPersistedQueryLinkWorks(bool useGet)
    {
        Prerequisite.Require(!File.Exists(Path.Combine(GraphQLJsIntrospectionTests.ClientDirectory, "node_modules", "@apollo", "client", "package.json"))
            ? "Apollo Client is not installed (run: npm ci --prefix tests/apollo-client)."
            : null);

        using var database = TestDatabase.Create();
        using var api = ApiProcess.Start(database, new Dictionary<string, string> { ["Database__SeedSampleData"] = "true" });
        await api.WaitUntilLiveAsync();

        var start = new ProcessStartInfo("node") { WorkingDirectory = GraphQLJsIntrospectionTests.ClientDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in useGet ? new[] { "apq.mjs", $"http://127.0.0.1:{api.Port}/graphql", "--get" } : ["apq.mjs", $"http://127.0.0.1:{api.Port}/graphql"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout;
        output.WriteLine($"exit {process.ExitCode}\n{text}{await stderr}");
        Assert.Equal(0, process.ExitCode);
        var result = JsonNode.Parse(text.Trim().Split('\n')[^1])!;

        Assert.Equal(5, result["districts"]!.GetValue<int>()); // the districts of today
        Assert.True(result["same"]!.GetValue<bool>());
        var requests = result["requests"]!.AsArray();

        // First client: the hash alone (not found), then the document with its hash; second client: the hash alone, served.
        Assert.Equal(3, requests.Count);
        Assert.False(requests[0]!["withQuery"]!.GetValue<bool>());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", requests[0]!["codes"]![0]!.GetValue<string>());
        Assert.True(requests[1]!["withQuery"]!.GetValue<bool>());
        Assert.False(requests[2]!["withQuery"]!.GetValue<bool>());
        Assert.True(requests[2]!["withHash"]!.GetValue<bool>());
        Assert.Equal(200, requests[2]!["status"]!.GetValue<int>());
        Assert.Equal(useGet ? "GET" : "POST", requests[2]!["method"]!.GetValue<string>());
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, object body)
    {
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
