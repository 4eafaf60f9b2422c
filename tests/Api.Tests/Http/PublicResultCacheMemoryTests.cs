using System.Globalization;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Http;

/// <summary>
/// The public result cache's memory (issue #18, part 5): a write drops the answers it made stale instead of leaving
/// them to fill the bound; the answers kept never exceed <c>Caching:MemoryLimitMegabytes</c>, however many distinct
/// queries arrive; and the settings are checked at start. Through HTTP, observed through the cache's own counts.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class PublicResultCacheMemoryTests(ITestOutputHelper output)
{
    private const string RevokeMutation = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { errors { ... on Error { code } } } }";

    [Fact]
    public async Task AWriteDropsTheAnswersItMadeStaleFromMemory()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();
        var cache = api.Services.GetRequiredService<PublicResultCache>();
        for (var first = 1; first <= 12; first++)
        {
            (await client.PostGraphQLAsync($"{{ awards(first: {first}) {{ totalCount nodes {{ id year }} }} }}")).AssertData();
        }

        var filled = cache.Statistics;
        Assert.True(filled.Entries >= 12, $"Twelve distinct answers should be kept: {filled}");
        Assert.True(filled.Bytes > 0);

        var award = (await client.PostGraphQLAsync("{ awards(first: 1, where: { revoked: false, year: { eq: 2002 } }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        Assert.True(cache.Statistics.Entries >= 13);
        var revoke = await client.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());

        // Gone from memory, not merely unreachable.
        var after = cache.Statistics;
        output.WriteLine($"before the write: {filled}; after: {after}");
        Assert.Equal(0, after.Entries);
        Assert.Equal(0, after.Bytes);
        Assert.True(after.DroppedStale - filled.DroppedStale >= 13, $"Expected the 13 answers counted as dropped: {after}");

        // A read then computes and keeps the answer of the new generation. The revocation's resultsPublished event,
        // relayed in the background, advances the generation once more, so allow for one more drop.
        var kept = false;
        for (var attempt = 0; attempt < 50 && !kept; attempt++)
        {
            (await client.PostGraphQLAsync("{ awards(first: 3) { totalCount nodes { id year } } }")).AssertData();
            kept = cache.Statistics.Entries == 1;
            if (!kept)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(kept, $"A read after the write should be kept: {cache.Statistics}");
    }

    [Fact]
    public async Task NeverHoldsMoreThanItsByteBoundUnderManyDistinctQueries()
    {
        using var api = new BoundedApiFactory();
        var client = api.CreateClient();
        var cache = api.Services.GetRequiredService<PublicResultCache>();
        var limit = api.Services.GetRequiredService<IOptions<PublicResultCacheOptions>>().Value.MemoryLimitBytes;
        Assert.Equal(1024 * 1024, limit);

        // Distinct documents (the alias differs) whose answers, together, are three times the bound.
        static string Name(int i) => "q" + i.ToString(CultureInfo.InvariantCulture);
        static string Query(int i) => $"{{ {Name(i)}: awards(first: 100) {{ totalCount nodes {{ id year score community {{ code name {{ zh en }} }} }} }} }}";
        Assert.NotNull((await client.PostGraphQLAsync(Query(0))).AssertData()[Name(0)]);
        var each = cache.Statistics.Bytes;
        Assert.True(each > 0, "The answer should be kept: it is below Caching:PublicResultsMaxBytes.");
        var queries = (int)(3 * limit / each) + 1;
        var largest = each;
        for (var i = 1; i < queries; i++)
        {
            Assert.NotNull((await client.PostGraphQLAsync(Query(i))).AssertData()[Name(i)]);
            var now = cache.Statistics;
            Assert.True(now.Bytes <= limit, $"After {i + 1} queries the cache holds {now.Bytes} bytes, over its bound of {limit}.");
            largest = Math.Max(largest, now.Bytes);
        }

        var final = cache.Statistics;
        output.WriteLine($"{queries} distinct queries of {each} bytes each; largest size seen {largest} of {limit} bytes; {final}");
        Assert.True(final.Stored >= queries, $"Every answer should have been offered to the cache: {final}");
        Assert.True(final.Entries < queries, $"Some answers must have been evicted to stay in bounds: {final}");
        Assert.True(final.Entries > 0);

        // A kept answer is still served as computed.
        var firstAnswer = (await client.PostGraphQLAsync(Query(0))).AssertData()[Name(0)]!.ToJsonString();
        Assert.Equal(firstAnswer, (await client.PostGraphQLAsync(Query(queries - 1))).AssertData()[Name(queries - 1)]!.ToJsonString());
    }

    [Fact]
    public async Task AnAnswerAboveTheMaximumIsServedButNotKept()
    {
        using var api = new SettingsApiFactory(new Dictionary<string, string> { ["Caching:PublicResultsMaxBytes"] = "1024" });
        var client = api.CreateClient();
        var cache = api.Services.GetRequiredService<PublicResultCache>();
        const string Large = "{ awards(first: 100) { totalCount nodes { id year score awardedOn community { code name { zh en } street { name { zh en } } district { code name { zh en } } } } } }";
        const string Small = "{ districts { code } }";

        var first = await client.PostGraphQLAsync(Large);
        var second = await client.PostGraphQLAsync(Large);
        (await client.PostGraphQLAsync(Small)).AssertData();

        Assert.Equal(first.AssertData().ToJsonString(), second.AssertData().ToJsonString());
        var statistics = cache.Statistics;
        Assert.True(statistics.TooLarge >= 2, $"The large answer exceeds Caching:PublicResultsMaxBytes: {statistics}");
        Assert.Equal(1, statistics.Entries);
    }

    [Theory]
    [InlineData("Caching:MemoryLimitMegabytes", "0", "Caching:MemoryLimitMegabytes must be between 1 and")]
    [InlineData("Caching:PublicResultsSeconds", "0", "Caching:PublicResultsSeconds must be between 1 and")]
    [InlineData("Caching:PublicResultsMaxBytes", "100000000", "Caching:PublicResultsMaxBytes must be between 1 and a quarter of Caching:MemoryLimitMegabytes")]
    public void AnImpossibleSettingStopsTheStartNamingIt(string setting, string value, string message)
    {
        using var api = new SettingsApiFactory(new Dictionary<string, string> { [setting] = value });
        var failure = Record.Exception(() => api.CreateClient());
        var validation = Assert.IsType<OptionsValidationException>(Flatten(failure).OfType<OptionsValidationException>().FirstOrDefault());
        Assert.Contains(validation.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
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

    private sealed class BoundedApiFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Caching:MemoryLimitMegabytes"] = "1",
            ["Caching:PublicResultsMaxBytes"] = "262144",
        };
    }

    private sealed class SettingsApiFactory(IReadOnlyDictionary<string, string> settings) : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => settings;
    }
}
