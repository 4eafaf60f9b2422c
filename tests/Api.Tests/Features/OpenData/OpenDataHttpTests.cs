using System.Net;
using System.Net.Http.Headers;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// The open-data files as HTTP resources: HEAD, validators and conditional requests (so a mirror or a newsroom's
/// script polls cheaply), and CORS that lets a browser app read them and the headers that describe them.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class OpenDataHttpTests(ApiFactory api)
{
    public static TheoryData<string> Resources => new()
    {
        "/downloads/awards.csv?edition=1",
        "/downloads/awards.csv",
        "/downloads/communities.parquet",
        "/downloads/gate-verdicts.ndjson?edition=1",
        "/downloads/observations.csv",
        "/downloads/dictionary.json",
        "/downloads/datapackage.json",
        "/downloads/datapackage.json?edition=1",
        "/feeds/publications.atom",
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody(string path)
    {
        using var client = api.CreateClient();
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.LastModified, head.Content.Headers.LastModified);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task AMatchingETagGets304WithoutABodyAndAnotherGetsTheFile(string path)
    {
        using var client = api.CreateClient();
        using var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Headers.CacheControl);
        Assert.True(first.Headers.CacheControl.Public);

        using var same = new HttpRequestMessage(HttpMethod.Get, path);
        same.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(same);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var modified = await client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await modified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/downloads/awards.csv")]
    [InlineData("/feeds/publications.atom")]
    public async Task IfModifiedSinceIsAnsweredFromLastModified(string path)
    {
        using var client = api.CreateClient();
        using var first = await client.GetAsync(path);
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var since = new HttpRequestMessage(HttpMethod.Get, path);
        since.Headers.IfModifiedSince = lastModified;
        using var notModified = await client.SendAsync(since);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var before = new HttpRequestMessage(HttpMethod.Get, path);
        before.Headers.IfModifiedSince = lastModified.Value.AddSeconds(-1);
        using var modified = await client.SendAsync(before);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    [Theory]
    [InlineData("/downloads/awards.csv?edition=1")]
    [InlineData("/downloads/datapackage.json")]
    [InlineData("/feeds/publications.atom")]
    public async Task ABrowserAppOnAnyOriginMayReadTheFileAndItsDescribingHeaders(string path)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://newsroom.example.org");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single().Split(',');
        Assert.Superset(new HashSet<string>(["X-GreenCommunity-Edition", "X-GreenCommunity-Content-Hash", "X-GreenCommunity-License", "Content-Disposition", "Link", "ETag"]), new HashSet<string>(exposed));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task APreflightForAConditionalGetIsAllowed()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/downloads/observations.csv");
        request.Headers.Add("Origin", "https://research.example.edu");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("If-None-Match", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMutationCannotBeSentToADownloadRoute()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync("/downloads/awards.csv", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

/// <summary>Validators follow publications: a server of its own, since the test publishes an edition.</summary>
public sealed class OpenDataValidatorTests : IDisposable
{
    private const string RevokeMutation = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { errors { ... on Error { code } } } }";

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ANewEditionChangesTheTagsOfTheLatestFilesAndKeepsAnAwardEditionsTag()
    {
        using var client = _api.CreateClient();
        var latestAwards = (await client.GetAsync("/downloads/awards.csv")).Headers.ETag;
        var latestObservations = (await client.GetAsync("/downloads/observations.csv?edition=1")).Headers.ETag;
        var firstAwards = (await client.GetAsync("/downloads/awards.csv?edition=1")).Headers.ETag;
        var feed = (await client.GetAsync("/feeds/publications.atom")).Headers.ETag;

        var award = (await client.PostGraphQLAsync("{ awards(first: 1, where: { revoked: false, year: { eq: 2002 } }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var revoke = await client.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());

        Assert.NotEqual(latestAwards, (await client.GetAsync("/downloads/awards.csv")).Headers.ETag);
        Assert.NotEqual(feed, (await client.GetAsync("/feeds/publications.atom")).Headers.ETag);

        // An edition's indicator values name later corrections, so their tag follows the latest edition too; the
        // awards of edition 1 are what they were.
        Assert.NotEqual(latestObservations, (await client.GetAsync("/downloads/observations.csv?edition=1")).Headers.ETag);
        Assert.Equal(firstAwards, (await client.GetAsync("/downloads/awards.csv?edition=1")).Headers.ETag);
    }
}
