using System.Diagnostics;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.Tests.Infrastructure;
using StackExchange.Redis;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// Budgets counted in Redis: two stores on two connections stand for two replicas. The budget is one across them,
/// concurrent takes never overspend it, and an unreachable Redis degrades to per-replica counting instead of failing.
/// </summary>
public sealed class RedisRateLimitStoreTests
{
    private static RedisRateLimitStore Replica(IConnectionMultiplexer redis, TimeSpan window, CollectingLogger<RedisRateLimitStore>? logger = null) =>
        new(redis, new RateLimitOptions { Window = window }, TimeProvider.System, logger ?? new CollectingLogger<RedisRateLimitStore>());

    private static RateLimitClient Client(int limit) => new($"sub:{RedisServer.UniqueName("budget")}", RateLimitClientKind.SignedIn, limit);

    [SkippableFact]
    public async Task SharesOneBudgetBetweenReplicasAndRefusesWhenItIsSpent()
    {
        RedisServer.Require();

        await using var redisA = await RedisServer.ConnectAsync();
        await using var redisB = await RedisServer.ConnectAsync();
        var a = Replica(redisA, TimeSpan.FromMinutes(1));
        var b = Replica(redisB, TimeSpan.FromMinutes(1));
        var client = Client(10);
        try
        {
            var before = DateTimeOffset.UtcNow;
            var first = await a.TryTakeAsync(client, 4, CancellationToken.None);
            Assert.Equal(new RateLimitDecision(true, 10, 6, first.ResetAt), first);
            Assert.InRange(first.ResetAt, before.AddSeconds(59), DateTimeOffset.UtcNow.AddMinutes(1).AddSeconds(1));

            var seenByB = await b.PeekAsync(client, CancellationToken.None);
            Assert.True(seenByB.Allowed);
            Assert.Equal(6, seenByB.Remaining);
            Assert.InRange(seenByB.ResetAt - first.ResetAt, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(1)); // one window, not one each

            var tooMuch = await b.TryTakeAsync(client, 7, CancellationToken.None);
            Assert.False(tooMuch.Allowed);
            Assert.Equal(6, tooMuch.Remaining); // a refusal takes nothing

            var rest = await b.TryTakeAsync(client, 6, CancellationToken.None);
            Assert.True(rest.Allowed);
            Assert.Equal(0, rest.Remaining);

            var refused = await a.TryTakeAsync(client, 1, CancellationToken.None);
            Assert.False(refused.Allowed);
            Assert.Equal(0, refused.Remaining);
            Assert.Equal(10, (int)await redisA.GetDatabase().StringGetAsync(RedisRateLimitStore.KeyPrefix + client.Key));
        }
        finally
        {
            await redisA.GetDatabase().KeyDeleteAsync(RedisRateLimitStore.KeyPrefix + client.Key);
        }
    }

    [SkippableFact]
    public async Task FillsTheBudgetAgainWhenTheWindowEnds()
    {
        RedisServer.Require();

        await using var redisA = await RedisServer.ConnectAsync();
        await using var redisB = await RedisServer.ConnectAsync();
        var a = Replica(redisA, TimeSpan.FromMilliseconds(400));
        var b = Replica(redisB, TimeSpan.FromMilliseconds(400));
        var client = Client(3);
        try
        {
            Assert.True((await a.TryTakeAsync(client, 3, CancellationToken.None)).Allowed);
            var spent = await b.TryTakeAsync(client, 1, CancellationToken.None);
            Assert.False(spent.Allowed);
            Assert.InRange(spent.ResetAt, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMilliseconds(450));

            var wait = spent.ResetAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(150);
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);

            var next = await b.TryTakeAsync(client, 1, CancellationToken.None);
            Assert.True(next.Allowed, $"The window should have ended at {spent.ResetAt:O}; now {DateTimeOffset.UtcNow:O}.");
            Assert.Equal(2, next.Remaining);
            Assert.True(next.ResetAt > spent.ResetAt);
        }
        finally
        {
            await redisA.GetDatabase().KeyDeleteAsync(RedisRateLimitStore.KeyPrefix + client.Key);
        }
    }

    [SkippableFact]
    public async Task NeverOverspendsUnderConcurrentTakesFromTwoReplicas()
    {
        RedisServer.Require();

        await using var redisA = await RedisServer.ConnectAsync();
        await using var redisB = await RedisServer.ConnectAsync();
        var replicas = new[] { Replica(redisA, TimeSpan.FromMinutes(1)), Replica(redisB, TimeSpan.FromMinutes(1)) };
        var client = Client(50);
        try
        {
            var decisions = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => await replicas[i % 2].TryTakeAsync(client, 1, CancellationToken.None))));

            Assert.Equal(50, decisions.Count(d => d.Allowed));
            Assert.All(decisions.Where(d => !d.Allowed), d => Assert.Equal(0, d.Remaining));
            Assert.Equal(50, (int)await redisA.GetDatabase().StringGetAsync(RedisRateLimitStore.KeyPrefix + client.Key));
            Assert.Equal(0, (await replicas[1].PeekAsync(client, CancellationToken.None)).Remaining);
        }
        finally
        {
            await redisA.GetDatabase().KeyDeleteAsync(RedisRateLimitStore.KeyPrefix + client.Key);
        }
    }

    [SkippableFact]
    public async Task CountsInThisReplicaWhenRedisIsUnreachableAndWarnsOnce()
    {
        await using var unreachable = await RedisServer.ConnectUnreachableAsync();
        var logger = new CollectingLogger<RedisRateLimitStore>();
        var store = Replica(unreachable, TimeSpan.FromMinutes(1), logger);
        var client = Client(3);

        var started = Stopwatch.GetTimestamp();
        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 10; i++)
        {
            decisions.Add(await store.TryTakeAsync(client, 1, CancellationToken.None));
        }

        // Each call would wait for the command timeout (500 ms) if the store did not notice the connection is down.
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(3), $"Took {Stopwatch.GetElapsedTime(started)}.");
        Assert.Equal([true, true, true, false, false, false, false, false, false, false], decisions.Select(d => d.Allowed));
        Assert.Equal([2, 1, 0], decisions.Take(3).Select(d => d.Remaining));
        Assert.Equal(0, (await store.PeekAsync(client, CancellationToken.None)).Remaining);
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains("per replica", warning, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CountsInThisReplicaWhenRedisRefusesTheCommand()
    {
        RedisServer.Require();

        await using var redis = await RedisServer.ConnectAsync();
        var logger = new CollectingLogger<RedisRateLimitStore>();
        var store = Replica(redis, TimeSpan.FromMinutes(1), logger);
        var client = Client(5);
        var key = RedisRateLimitStore.KeyPrefix + client.Key;
        try
        {
            // A key of the wrong type, inside a window, makes the script fail with a server error (WRONGTYPE) on a
            // live connection.
            await redis.GetDatabase().HashSetAsync(key, "not", "a counter");
            await redis.GetDatabase().KeyExpireAsync(key, TimeSpan.FromMinutes(1));

            var decision = await store.TryTakeAsync(client, 2, CancellationToken.None);

            Assert.Equal(new RateLimitDecision(true, 5, 3, decision.ResetAt), decision);
            Assert.Contains("WRONGTYPE", Assert.Single(logger.Warnings), StringComparison.Ordinal);
        }
        finally
        {
            await redis.GetDatabase().KeyDeleteAsync(key);
        }
    }
}
