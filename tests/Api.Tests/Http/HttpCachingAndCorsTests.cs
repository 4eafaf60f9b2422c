using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Http;

/// <summary>An API host with one configured browser origin for credentialed calls.</summary>
public sealed class CorsApiFactory : ApiFactory
{
    /// <summary>The configured origin.</summary>
    public const string CityOrigin = "https://apps.city.example";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Cors:AllowedOrigins:0"] = CityOrigin,
    };
}

/// <summary>Cache headers with ETag and 304 for public GETs; CORS open for public reads, closed for credentials.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class HttpCachingAndCorsTests(CorsApiFactory factory) : IClassFixture<CorsApiFactory>
{
    private static readonly Dictionary<string, string> PublicQuery = new() { ["query"] = "{ districts { code name { en } } }" };

    [Fact]
    public async Task LetsCachesKeepPublicGetsAndAnswersRevalidationWith304()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(PublicQuery);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("public, max-age=60", first.Header("Cache-Control"));
        var etag = first.Header("ETag");
        Assert.NotNull(etag);

        var again = await client.GetAsync(PublicQuery, new Dictionary<string, string> { ["If-None-Match"] = etag! });
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Text);
        Assert.Equal(etag, again.Header("ETag"));
        Assert.NotNull(again.Header("X-RateLimit-Remaining"));

        var stale = await client.GetAsync(PublicQuery, new Dictionary<string, string> { ["If-None-Match"] = "\"something-else\"" });
        Assert.Equal(HttpStatusCode.OK, stale.Status);
    }

    [Fact]
    public async Task KeepsPostsErrorsAndSignedInReadsOutOfCaches()
    {
        var client = factory.CreateClient();
        Assert.Equal("no-store", (await client.PostAsync(new { query = "{ districts { code } }" })).Header("Cache-Control"));
        Assert.Equal("no-store", (await client.GetAsync(new Dictionary<string, string> { ["query"] = "{ nonsense }" })).Header("Cache-Control"));
        var signedIn = await client.GetAsync(PublicQuery, new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.CityAdmin()}" });
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Equal("no-store", signedIn.Header("Cache-Control"));
        Assert.Null(signedIn.Header("ETag"));
    }

    [Fact]
    public async Task AllowsPublicReadsFromAnyOriginWithoutCredentials()
    {
        var preflight = await Preflight("https://someone.example", "content-type");
        Assert.Equal("*", preflight.Header("Access-Control-Allow-Origin"));
        Assert.Null(preflight.Header("Access-Control-Allow-Credentials"));

        var read = await factory.CreateClient().PostAsync(new { query = "{ districts { code } }" }, new Dictionary<string, string> { ["Origin"] = "https://someone.example" });
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("*", read.Header("Access-Control-Allow-Origin"));
        Assert.Contains("X-RateLimit-Remaining", read.Header("Access-Control-Expose-Headers")!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AllowsCredentialsOnlyFromConfiguredOrigins()
    {
        var foreign = await Preflight("https://someone.example", "authorization,content-type");
        Assert.DoesNotContain("authorization", foreign.Header("Access-Control-Allow-Headers") ?? string.Empty, StringComparison.OrdinalIgnoreCase);

        var city = await Preflight(CorsApiFactory.CityOrigin, "authorization,content-type");
        Assert.Equal(CorsApiFactory.CityOrigin, city.Header("Access-Control-Allow-Origin"));
        Assert.Equal("true", city.Header("Access-Control-Allow-Credentials"));
        Assert.Contains("authorization", city.Header("Access-Control-Allow-Headers")!, StringComparison.OrdinalIgnoreCase);

        var headers = new Dictionary<string, string> { ["Origin"] = "https://someone.example", ["Authorization"] = $"Bearer {TestTokens.CityAdmin()}" };
        var refused = await factory.CreateClient().PostAsync(new { query = "{ viewer { subject } }" }, headers);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(["ORIGIN_NOT_ALLOWED"], refused.ErrorCodes);

        headers["Origin"] = CorsApiFactory.CityOrigin;
        var allowed = await factory.CreateClient().PostAsync(new { query = "{ viewer { subject } }" }, headers);
        Assert.Equal("city-admin", allowed.Json!["data"]!["viewer"]!["subject"]!.GetValue<string>());
    }

    private Task<RawResponse> Preflight(string origin, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return factory.CreateClient().SendRawAsync(request);
    }
}
