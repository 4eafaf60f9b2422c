using System.Xml.Linq;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// Absolute links (the Atom feed's) come from <c>OpenData:PublicBaseUrl</c>, never from the request's <c>Host</c>
/// header: a forged Host must not put another site's address into a feed that caches and aggregators pass on. The
/// setting is checked at start: missing (Production has no default) or not an absolute http(s) URL, the API stops.
/// </summary>
[Collection(SerialTestGroup.Name)]
public sealed class PublicBaseUrlTests
{
    private const string BaseUrl = "https://data.example.gov.cn/open";

    [Fact]
    public async Task TheFeedsLinksComeFromTheConfiguredBaseUrlWhateverTheHostHeaderSays()
    {
        using var api = new BaseUrlApiFactory(BaseUrl);
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/publications.atom");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", text, StringComparison.OrdinalIgnoreCase);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(text).Root!;
        var links = feed.Descendants(atom + "link").Where(l => l.Attribute("rel")!.Value != "license").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.Contains(BaseUrl + "/feeds/publications.atom", links);
        Assert.Contains(links, l => l.StartsWith(BaseUrl + "/downloads/awards.csv?edition=", StringComparison.Ordinal));
        Assert.True(links.Count > 2);
        Assert.All(links, l => Assert.StartsWith(BaseUrl + "/", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://data.example.gov.cn")]
    [InlineData("https://data.example.gov.cn/")]
    [InlineData("https://city.example.gov.cn/green-community/")]
    [InlineData("http://localhost:5080")]
    public void AnAbsoluteHttpOrHttpsUrlIsAValidBaseUrl(string url)
    {
        var options = new OpenDataOptions { PublicBaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) };
        Assert.True(new OpenDataOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(url.TrimEnd('/') + "/feeds/publications.atom", options.AbsoluteUrl("/feeds/publications.atom").AbsoluteUri);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "is required")]
    [InlineData("data.example.gov.cn", "must be an absolute http:// or https:// URL")]
    [InlineData("/open", "must be an absolute http:// or https:// URL")]
    [InlineData("ftp://data.example.gov.cn", "must be an absolute http:// or https:// URL")]
    [InlineData("https://data.example.gov.cn/?from=feed", "must have no query")]
    [InlineData("https://data.example.gov.cn/#top", "must have no query")]
    [InlineData("https://admin:secret@data.example.gov.cn", "must not contain a user name or password")]
    public void AnythingElseIsRefusedWithAMessageNamingTheSetting(string? url, string problem)
    {
        var options = new OpenDataOptions { PublicBaseUrl = url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute) };
        var result = new OpenDataOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        var message = Assert.Single(result.Failures!);
        Assert.StartsWith("OpenData:PublicBaseUrl ", message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://data.example.gov.cn", "must be an absolute http:// or https:// URL")]
    [InlineData("evil.example", "must be an absolute http:// or https:// URL")]
    [InlineData("https://data.example.gov.cn/?x=1", "must have no query")]
    [InlineData("http://", "OpenData:PublicBaseUrl")]
    public void AMisconfiguredBaseUrlStopsTheStart(string url, string problem)
    {
        using var api = new BaseUrlApiFactory(url);
        var failure = Record.Exception(() => api.CreateClient());
        Assert.NotNull(failure);
        Assert.Contains(Messages(failure), m => m.Contains("OpenData:PublicBaseUrl", StringComparison.Ordinal) && m.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ProductionWithoutABaseUrlStopsTheStartSayingWhatToSet()
    {
        using var api = new BaseUrlApiFactory(null, "Production");
        var failure = Record.Exception(() => api.CreateClient());
        var validation = Assert.IsType<OptionsValidationException>(Flatten(failure).OfType<OptionsValidationException>().FirstOrDefault());
        var message = Assert.Single(validation.Failures);
        Assert.Contains("OpenData:PublicBaseUrl is required", message, StringComparison.Ordinal);
        Assert.Contains("OpenData__PublicBaseUrl", message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> Messages(Exception failure) => Flatten(failure).Select(e => e.Message);

    /// <summary>An API host with its own database and settings.</summary>
    private sealed class BaseUrlApiFactory(string? baseUrl, string? environment = null) : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            baseUrl is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["OpenData:PublicBaseUrl"] = baseUrl };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (environment is not null)
            {
                builder.UseEnvironment(environment);
            }
        }
    }
}
