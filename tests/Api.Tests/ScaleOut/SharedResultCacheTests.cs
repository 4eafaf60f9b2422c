using System.Diagnostics;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.ScaleOut;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// The public result cache with Redis as its second level, on two API hosts sharing the test Redis: an answer one
/// replica computed is served by the other from Redis and kept in its memory, and a write on the first makes the
/// second drop what it keeps in memory as soon as it hears of the new generation (issue #18, part 5).
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class SharedResultCacheTests(ITestOutputHelper output)
{
    private const string RevokeMutation = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { errors { ... on Error { code } } } }";

    [SkippableFact]
    public async Task AnotherReplicasAnswerIsServedFromRedisAndDroppedFromMemoryWhenTheFirstWrites()
    {
        RedisServer.Require();

        await using var a = new RedisApiFactory();
        await using var b = new RedisApiFactory();
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var cacheB = b.Services.GetRequiredService<PublicResultCache>();
        var generationA = a.Services.GetRequiredService<ICacheGeneration>();
        var generationB = b.Services.GetRequiredService<ICacheGeneration>();
        await WaitAsync(() => generationA.Current is not null && generationA.Current == generationB.Current, "both replicas read the shared generation");
        await using var redis = await RedisServer.ConnectAsync();
        var server = redis.GetServers()[0];
        var pattern = $"{RedisResultStore.KeyPrefix}results:{generationA.Current}:*";
        var before = server.Keys(pattern: pattern).Count();

        // A computes the answer (a document no other test sends) and shares it in the background.
        var query = $"{{ {RedisServer.UniqueName("shared")}: awards(first: 7) {{ totalCount nodes {{ id year }} }} }}";
        var computed = (await clientA.PostGraphQLAsync(query)).AssertData().ToJsonString();
        await WaitAsync(() => server.Keys(pattern: pattern).Count() > before, "A's answer reached Redis");

        var served = (await clientB.PostGraphQLAsync(query)).AssertData().ToJsonString();
        Assert.Equal(computed, served);
        var kept = cacheB.Statistics;
        Assert.Equal(1, kept.RedisHits);
        Assert.True(kept.Entries >= 1, $"B keeps the answer in memory: {kept}");
        Assert.Equal(served, (await clientB.PostGraphQLAsync(query)).AssertData().ToJsonString());
        Assert.Equal(1, cacheB.Statistics.MemoryHits);

        // A write on A: B drops what it keeps as soon as the announcement arrives, without a request of its own.
        var award = (await clientA.PostGraphQLAsync("{ awards(first: 1, where: { revoked: false, year: { eq: 2002 } }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var revoke = await clientA.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());
        await WaitAsync(() => cacheB.Statistics.Entries == 0, "B dropped its stale answers");
        var dropped = cacheB.Statistics;
        output.WriteLine($"B before the write: {kept}; after: {dropped}");
        Assert.True(dropped.DroppedStale >= kept.Entries);
        Assert.Equal(0, dropped.Bytes);
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Waited 5 s for this: {what}.");
            await Task.Delay(20);
        }
    }
}
