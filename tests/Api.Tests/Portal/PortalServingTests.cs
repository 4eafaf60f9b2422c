using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Portal;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GreenCommunity.Api.Tests.Portal;

/// <summary>
/// How the API serves the portal (src/Api/Features/Portal): its page at <c>/</c>, its fingerprinted files cached
/// immutably, a page saying how to build it when it is not built, and its operations as persisted operations that are
/// GETs a shared cache may keep. None of these need Node.js: a stand-in build is written to a web root of the test's own.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class PortalServingTests(ApiFactory factory)
{
    [Fact]
    public async Task ServesTheBuiltPortalAtTheRootAndItsFingerprintedFilesImmutably()
    {
        using var webRoot = new WebRoot();
        webRoot.Write("portal/index.html", "<!doctype html><title>Portal</title><script type=\"module\" src=\"/portal/assets/index-Ab12Cd34.js\"></script>");
        webRoot.Write("portal/assets/index-Ab12Cd34.js", "console.log('portal');");
        await using var api = new WebRootFactory(webRoot.Path);
        var client = api.CreateClient();

        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/portal/assets/index-Ab12Cd34.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl!.NoCache, "The page must be revalidated, so a new build shows at once.");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);

        using var script = await client.GetAsync("/portal/assets/index-Ab12Cd34.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(PortalEndpoints.ImmutableCacheControl, script.Headers.CacheControl!.ToString());

        using var missing = await client.GetAsync("/portal/assets/index-00000000.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task SaysHowToBuildThePortalWhenItIsNotBuiltAndTheApiStillWorks()
    {
        using var webRoot = new WebRoot();
        await using var api = new WebRootFactory(webRoot.Path);
        var client = api.CreateClient();

        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains(PortalEndpoints.NotBuiltText, text, StringComparison.Ordinal);
        Assert.Contains("npm run build --prefix src/Portal", text, StringComparison.Ordinal);

        var answer = await client.PostGraphQLAsync("{ districts { code } }");
        Assert.NotEmpty(answer.AssertData()["districts"]!.AsArray());
    }

    [Fact]
    public void ShipsEveryPortalOperationInTheBuiltInManifest()
    {
        var portal = PortalManifest();
        Assert.Contains(portal, o => o.Value.StartsWith("query PortalTitles", StringComparison.Ordinal));
        Assert.Contains(portal, o => o.Value.StartsWith("mutation PortalFileObjection", StringComparison.Ordinal));
        var builtIn = new PersistedOperations().Operations;
        foreach (var (id, document) in portal)
        {
            Assert.Equal(PersistedOperations.IdOf(document), id);
            Assert.Equal(document, builtIn[id]);
        }
    }

    [Fact]
    public async Task AnswersThePortalsListAsACacheableGetByDocumentId()
    {
        var id = PortalManifest().Single(o => o.Value.StartsWith("query PortalTitles", StringComparison.Ordinal)).Key;
        var variables = JsonSerializer.Serialize(new { where = new { year = new { eq = 2002 }, level = new { eq = "CITY" } } });
        var client = factory.CreateClient();
        using var response = await client.GetAsync($"/graphql?operationName=PortalTitles&variables={Uri.EscapeDataString(variables)}&documentId={id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl!.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(31, body["data"]!["awards"]!["totalCount"]!.GetValue<int>());

        using var again = new HttpRequestMessage(HttpMethod.Get, response.RequestMessage!.RequestUri);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    /// <summary>The portal's generated manifest, src/Portal/src/gql/persisted-documents.json.</summary>
    internal static Dictionary<string, string> PortalManifest() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(PortalInBrowserTests.PortalDirectory, "src", "gql", "persisted-documents.json")))!;

    private sealed class WebRoot : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("greencommunity-webroot-");

        public string Path => _directory.FullName;

        public void Write(string relative, string content)
        {
            var file = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }

        public void Dispose() => _directory.Delete(recursive: true);
    }

    private sealed class WebRootFactory(string webRoot) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseWebRoot(webRoot);
        }
    }
}
