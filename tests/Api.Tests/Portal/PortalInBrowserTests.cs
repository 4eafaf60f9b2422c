using System.Diagnostics;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Portal;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Portal;

/// <summary>
/// The built portal in headless Chromium (Debian's, driven by puppeteer-core: src/Portal/e2e/portal.mjs) against a real
/// Kestrel server whose clock stands in the 2002 publicity period: the list, search in both languages, the map, a
/// community's history, practices and funding in one request (and a community without either), an objection filed and
/// then refused by the rate limit, the open-data page, the language switch, axe-core on every page (the community's
/// also on a phone and in Chinese), and the first page's JavaScript against its budget. Needs Chromium, Node.js, the portal's
/// packages and its build; without them it is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
[Collection(ApiTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class PortalInBrowserTests(ITestOutputHelper output)
{
    /// <summary>The most JavaScript the first page may load, in bytes as served (README, docs/portal.md).</summary>
    public const int FirstPageScriptBudget = 80 * 1024;

    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where the portal's source is (src/Portal).</summary>
    public static string PortalDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GreenCommunity.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "Portal");
                }
            }

            throw new InvalidOperationException("The repository's root was not found.");
        }
    }

    [SkippableFact]
    public async Task AResidentFindsTitlesOnTheListAndTheMapReadsAHistoryAndFilesAnObjection()
    {
        RequirePrerequisites();
        await using var api = new PublicityPeriodFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var facts = await RunAsync(address);

        // The list: this year is 2002, whose 31 city-level titles are all shown, grouped by district.
        var home = facts["home"]!;
        Assert.Contains("2002", home["heading"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(31, home["cityTitles"]!.GetValue<int>());
        Assert.Equal(["2002"], home["cityYears"]!.AsArray().Select(y => y!.GetValue<string>()));

        // Its GraphQL requests: persisted operations by documentId over GET, cacheable by anyone.
        var requests = home["graphql"]!.AsArray();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("GET", r!["method"]!.GetValue<string>());
            Assert.Equal(200, r["status"]!.GetValue<int>());
            Assert.StartsWith("sha256:", r["documentId"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(r["hasQuery"]!.GetValue<bool>());
            Assert.Equal("public, max-age=60", r["cacheControl"]!.GetValue<string>());
        });

        // Its JavaScript: fingerprinted, immutable, within the budget.
        var scriptBytes = home["scriptBytes"]!.GetValue<int>();
        output.WriteLine($"First page: {scriptBytes} bytes of JavaScript (budget {FirstPageScriptBudget}); {requests.Count} GraphQL requests.");
        Assert.InRange(scriptBytes, 1, FirstPageScriptBudget);
        Assert.All(home["scripts"]!.AsArray(), s => Assert.Equal(PortalEndpoints.ImmutableCacheControl, s!["cacheControl"]!.GetValue<string>()));

        // Search by name in Chinese and in English finds Qiaoyuan.
        foreach (var term in new[] { "侨苑", "Qiaoyuan" })
        {
            var found = facts["search"]![term]!.AsArray();
            Assert.NotEmpty(found);
            Assert.All(found, f => Assert.Equal("YX-QIAOYUAN", f!["code"]!.GetValue<string>()));
        }

        // The map of 2002: a point per title, on the districts of the time (Dongshan and Fangcun), flagged approximate.
        var map = facts["map"]!;
        Assert.Equal(53, map["points"]!.GetValue<int>());
        var districts = map["districts"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        Assert.Contains("Dongshan", districts);
        Assert.Contains("Fangcun", districts);
        Assert.Contains("approximate", map["approximateNote"]!.GetValue<string>(), StringComparison.Ordinal);

        // Qiaoyuan's history: both titles were awarded in Dongshan, though it is in Yuexiu today; its values as a chart.
        var community = facts["community"]!;
        var history = community["history"]!.AsArray().Select(r => r!.AsArray().Select(c => c!.GetValue<string>()).ToArray()).ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(["2002", "City level", "Dongshan District"], history[0][..3]);
        Assert.Equal(["2001", "District level", "Dongshan District"], history[1][..3]);
        Assert.Equal(1, community["chart"]!.GetValue<int>());

        // The whole page is one GraphQL request: a GET of the persisted PortalCommunity, practices and funding included.
        var communityRequest = Assert.Single(community["graphql"]!.AsArray());
        Assert.Equal("GET", communityRequest!["method"]!.GetValue<string>());
        Assert.Equal("PortalCommunity", communityRequest["operationName"]!.GetValue<string>());
        Assert.StartsWith("sha256:", communityRequest["documentId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(communityRequest["hasQuery"]!.GetValue<bool>());

        // Qiaoyuan's published practices (the report names three) and the city's 2002 money, with its before and after.
        Assert.Equal(1, community["extras"]!.GetValue<int>());
        Assert.Equal("Published practices of Qiaoyuan Community", community["practicesCaption"]!.GetValue<string>());
        Assert.Equal(["Practice", "Kind", "Dates", "Evidence"], Strings(community["practicesHeaders"]!));
        var practices = Rows(community["practices"]!);
        Assert.Equal(["Residents' forum", "Waste sorting", "Noise-monitoring display"], practices.Select(p => p[1]));
        Assert.All(practices, p =>
        {
            Assert.Equal("Since 1 Jan 2002", p[2]);
            Assert.StartsWith("Named in the city's 2002 year-end report.", p[3], StringComparison.Ordinal);
        });
        Assert.StartsWith("Waste sorting with sorted bins", practices[1][0], StringComparison.Ordinal);
        Assert.Equal(["Year", "Payer", "Purpose", "Amount (yuan)", "Note"], Strings(community["fundingHeaders"]!));
        var funding = Assert.Single(Rows(community["funding"]!));
        Assert.Equal(["2002", "City Environmental Protection Bureau", "Environmental culture"], funding[..3]);
        Assert.Matches("^[0-9]{2,3},[0-9]{3}$", funding[3]);
        Assert.EndsWith("Sample data", funding[4], StringComparison.Ordinal); // the split by community is ours
        var change = Assert.Single(community["change"]!.AsArray());
        Assert.Equal("Indicator values the year before and the year of the 2002 funding", change!["caption"]!.GetValue<string>());
        Assert.Contains(Rows(change["rows"]!), r => r.SequenceEqual(["Waste-sorting participation (percent)", "48", "62", "+14"]));
        Assert.Equal("\"Year: \"", community["phone"]!["firstFundingCell"]!.GetValue<string>());
        Assert.True(community["phone"]!["scrollWidth"]!.GetValue<int>() <= community["phone"]!["width"]!.GetValue<int>(), community["phone"]!.ToJsonString());
        Assert.Equal("实践与资金", community["zh"]!["extras"]!.GetValue<string>());
        Assert.Equal(["居民环保论坛", "垃圾分类", "噪声监测显示屏"], Strings(community["zh"]!["practiceKinds"]!));
        Assert.Equal(["年份", "出资方", "用途", "金额（元）", "说明"], Strings(community["zh"]!["fundingHeaders"]!));
        Assert.Equal("环境文化", community["zh"]!["fundingPurpose"]!.GetValue<string>());

        // Shamian has a district title but no practice or money published: the page says so, without empty tables.
        var empty = facts["emptyCommunity"]!;
        Assert.StartsWith("Shamian Community", empty["heading"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("No published practices.", empty["practices"]!.GetValue<string>());
        Assert.Equal("No published funding.", empty["funding"]!.GetValue<string>());
        Assert.Equal(0, empty["tables"]!.GetValue<int>());

        // The 2002 notice is open on this clock: an empty form is answered, an objection is filed, the next is refused.
        var publicity = facts["publicity"]!;
        var notice = Assert.Single(publicity["notices"]!.AsArray());
        Assert.True(notice!["open"]!.GetValue<bool>());
        Assert.True(notice["candidates"]!.GetValue<int>() > 30);
        Assert.Equal("Please give your reasons.", publicity["emptyAnswer"]!.GetValue<string>());
        Assert.True(publicity["answer"]!["ok"]!.GetValue<bool>(), publicity["answer"]!.ToJsonString());
        Assert.StartsWith("Objection received. Reference: ", publicity["answer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(publicity["secondAnswer"]!["ok"]!.GetValue<bool>());
        Assert.Equal("Too many objections from this address: please try again later.", publicity["secondAnswer"]!["text"]!.GetValue<string>());
        await AssertTheObjectionWasRecordedAsync(address);

        // Open data: every download of the latest edition, its hash and how to cite it.
        var openData = facts["openData"]!;
        Assert.Contains("/downloads/awards.csv?edition=1", openData["downloads"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("GreenCommunity open data, edition 1 (2003-02-10), CC BY 4.0", openData["citations"]![0]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{64}$", openData["hashes"]![0]!.GetValue<string>());

        // The language switch: Chinese everywhere, kept across a reload.
        var language = facts["language"]!;
        Assert.Equal("en", language["before"]!["lang"]!.GetValue<string>());
        Assert.Equal("zh-CN", language["after"]!["lang"]!.GetValue<string>());
        Assert.StartsWith("绿色社区称号", language["after"]!["heading"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("称号", language["after"]!["nav"]!.GetValue<string>());
        Assert.EndsWith("社区", language["after"]!["firstTitle"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("zh-CN", language["keptAfterReload"]!.GetValue<string>());

        // Readable on a phone: nothing wider than a 375-pixel screen.
        Assert.True(facts["phone"]!["scrollWidth"]!.GetValue<int>() <= facts["phone"]!["width"]!.GetValue<int>(), facts["phone"]!.ToJsonString());

        // axe-core: no serious or critical violation on any page, in either language.
        foreach (var (page, violations) in facts["axe"]!.AsObject())
        {
            Assert.True(violations!.AsArray().Count == 0, $"axe-core on {page}: {violations.ToJsonString()}");
        }

        Assert.Empty(facts["errors"]!.AsArray());
    }

    private static string[] Strings(JsonNode array) => [.. array.AsArray().Select(s => s!.GetValue<string>())];

    private static List<string[]> Rows(JsonNode rows) => [.. rows.AsArray().Select(r => Strings(r!))];

    private async Task<JsonNode> RunAsync(Uri address)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = PortalDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine("e2e", "portal.mjs"));
        start.ArgumentList.Add(address.ToString());
        start.Environment["CHROMIUM_PATH"] = ChromiumPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout;
        output.WriteLine($"exit {process.ExitCode}\n{text}{await stderr}");
        Assert.Equal(0, process.ExitCode);
        return JsonNode.Parse(text.Trim().Split('\n')[^1])!;
    }

    private static async Task AssertTheObjectionWasRecordedAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        var notice = (await client.PostGraphQLAsync("{ publicityNotices(first: 1) { nodes { id } } }")).AssertData()["publicityNotices"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var objections = (await client.PostGraphQLAsync("query($notice: ID!) { objections(notice: $notice) { reasons } }", new { notice }, token: TestTokens.CityAdmin()))
            .AssertData()["objections"]!.AsArray();
        // The sample data holds objections of its own; the browser's first is recorded, its second (refused) is not.
        Assert.Single(objections, o => o!["reasons"]!.GetValue<string>().Contains("waste-sorting bins", StringComparison.Ordinal));
        Assert.DoesNotContain(objections, o => o!["reasons"]!.GetValue<string>().Contains("second objection", StringComparison.Ordinal));
    }

    private static void RequirePrerequisites()
    {
        var missing = !File.Exists(ChromiumPath)
            ? $"{ChromiumPath} is not installed (apt-get install chromium)."
            : !File.Exists(Path.Combine(PortalDirectory, "node_modules", "puppeteer-core", "package.json"))
                ? "the portal's packages are not installed (install Node.js, then: npm ci --prefix src/Portal)."
                : !File.Exists(Path.Combine(PortalDirectory, "..", "Api", "wwwroot", "portal", "index.html"))
                    ? "the portal is not built (npm run build --prefix src/Portal)."
                    : null;
        Prerequisite.Require(missing);
    }

    /// <summary>The API on 12 December 2002, during the 2002 city-level publicity period; one anonymous objection an hour.</summary>
    private sealed class PublicityPeriodFactory : ApiFactory
    {
        private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2002, 12, 12, 2, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Objections:AnonymousPerHour", "1");
        }

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);
    }
}
