using System.Net;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.RateLimiting;

/// <summary>An API host with small budgets, so the tests can spend them.</summary>
public sealed class SmallBudgetApiFactory : ApiFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:AnonymousPerWindow"] = "60",
        ["RateLimits:SignedInPerWindow"] = "200",
        ["RateLimits:ApiKeyPerWindow"] = "1000",
    };
}

/// <summary>Budgets in cost points per client: headers on every response, 429 with Retry-After when spent.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class RateLimitTests(SmallBudgetApiFactory factory) : IClassFixture<SmallBudgetApiFactory>
{
    private const string Districts = "{ districts { code name { en } } }";

    public static TheoryData<string, string> Requests() => new()
    {
        { "POST", "{\"query\":\"{ districts { code } }\"}" },
        { "POST", "{ not json" },
        { "POST", "{\"query\":\"{ nonsense }\"}" },
        { "PUT", "{}" },
        { "GET", "query=" + Uri.EscapeDataString("{ districts { code } }") },
        { "GET", "query=" + Uri.EscapeDataString("mutation { x }") },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task PutsTheBudgetOnEveryResponse(string method, string payload)
    {
        var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?" + payload)
            : new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
        var response = await factory.CreateClient().SendRawAsync(request, new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint($"headers-{Guid.NewGuid():N}", [])}" });
        Assert.Equal("200", response.Header("X-RateLimit-Limit"));
        Assert.True(int.Parse(response.Header("X-RateLimit-Remaining")!, System.Globalization.CultureInfo.InvariantCulture) < 200);
        Assert.True(long.Parse(response.Header("X-RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task ChargesTheCostAndRefusesWith429WhenTheBudgetIsSpent()
    {
        var token = TestTokens.Mint($"spender-{Guid.NewGuid():N}", []);
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        var client = factory.CreateClient();
        var first = await client.PostAsync(new { query = "{ awards(first: 20) { nodes { community { code } } } }" }, headers);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("159", first.Header("X-RateLimit-Remaining")); // 200 - (1 + 20 × 2)

        RawResponse last;
        var spent = 41;
        do
        {
            last = await client.PostAsync(new { query = "{ awards(first: 20) { nodes { community { code } } } }" }, headers);
            spent += 41;
        }
        while (last.Status == HttpStatusCode.OK && spent < 1000);

        Assert.Equal(HttpStatusCode.TooManyRequests, last.Status);
        Assert.Equal(["RATE_LIMITED"], last.ErrorCodes);
        Assert.Equal("36", last.Header("X-RateLimit-Remaining")); // 200 - 4 × 41: a fifth does not fit, nothing taken
        Assert.True(int.Parse(last.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var cheaper = await client.PostAsync(new { query = Districts }, headers);
        Assert.Equal(HttpStatusCode.OK, cheaper.Status);
    }

    [Fact]
    public async Task ChargesTheRowsReturnedNotThePageAskedFor()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint($"actual-{Guid.NewGuid():N}", [])}" };
        var client = factory.CreateClient();
        const string Query = "{ awards(first: 90, where: { year: { eq: 2002 } }) { nodes { community { code } } } }";

        var response = await client.PostAsync(new { query = Query }, headers);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var rows = response.Json!["data"]!["awards"]!["nodes"]!.AsArray().Count;
        Assert.InRange(rows, 1, 89);
        var cost = response.Json!["extensions"]!["cost"]!;
        Assert.Equal(1 + (90 * 2), cost["requested"]!.GetValue<int>()); // what 90 rows would cost gates the maximum
        Assert.Equal(cost["requested"]!.GetValue<int>(), cost["requestedQueryCost"]!.GetValue<int>());
        Assert.Equal(1 + (rows * 2), cost["actualQueryCost"]!.GetValue<int>()); // awards 1 + each row's node and community
        Assert.Equal(1 + (rows * 2), cost["charged"]!.GetValue<int>());
        Assert.Equal((200 - 1 - (rows * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Header("X-RateLimit-Remaining"));
        Assert.Equal(200, cost["throttleStatus"]!["maximumAvailable"]!.GetValue<int>());
        Assert.Equal(200 - 1 - (rows * 2), cost["throttleStatus"]!["currentlyAvailable"]!.GetValue<int>());
    }

    [Fact]
    public async Task IntrospectionDoesNotEatTheBudget()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint($"introspector-{Guid.NewGuid():N}", [])}" };
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsync(new { query = Introspection.Query }, headers);
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal(0, response.Json!["extensions"]!["cost"]!["charged"]!.GetValue<int>());
            Assert.Equal("200", response.Header("X-RateLimit-Remaining"));
        }
    }

    [Fact]
    public async Task CountsSignedInCallersBySubjectNotTogether()
    {
        var client = factory.CreateClient();
        var a = await client.PostAsync(new { query = Districts }, new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint($"a-{Guid.NewGuid():N}", [])}" });
        var b = await client.PostAsync(new { query = Districts }, new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint($"b-{Guid.NewGuid():N}", [])}" });
        Assert.Equal(a.Header("X-RateLimit-Remaining"), b.Header("X-RateLimit-Remaining"));
        Assert.Equal("200", a.Header("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task RefusesAnonymousCallersOnceTheirAddressSpentItsBudget()
    {
        // All anonymous test requests share one address; spend what is left of its 60 points.
        var client = factory.CreateClient();
        RawResponse response;
        var requests = 0;
        do
        {
            response = await client.PostAsync(new { query = "{ awards(first: 9) { nodes { community { code } } } }" });
            requests++;
        }
        while (response.Status == HttpStatusCode.OK && requests < 100);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal("60", response.Header("X-RateLimit-Limit"));
        Assert.NotNull(response.Header("Retry-After"));
    }

    [Fact]
    public async Task ResetsTheBudgetWhenTheWindowEnds()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = new InMemoryRateLimitStore(new RateLimitOptions { Window = TimeSpan.FromHours(1) }, clock);
        var client = new RateLimitClient("ip:192.0.2.1", RateLimitClientKind.Anonymous, 10);
        Assert.True((await store.TryTakeAsync(client, 10, default)).Allowed);
        var refused = await store.TryTakeAsync(client, 1, default);
        Assert.False(refused.Allowed);
        Assert.Equal(0, refused.Remaining);
        Assert.Equal(clock.GetUtcNow().AddHours(1), refused.ResetAt);
        clock.Advance(TimeSpan.FromMinutes(61));
        var renewed = await store.TryTakeAsync(client, 1, default);
        Assert.True(renewed.Allowed);
        Assert.Equal(9, renewed.Remaining);
    }

    [Fact]
    public async Task ForgetsEndedWindowsWhenTrackingTooManyClients()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = new InMemoryRateLimitStore(new RateLimitOptions { MaxTrackedClients = 100 }, clock);
        for (var i = 0; i < 1000; i++)
        {
            await store.TryTakeAsync(new RateLimitClient($"ip:{i}", RateLimitClientKind.Anonymous, 10), 1, default);
        }

        Assert.True(store.TrackedClients <= 100);
    }

    [Fact]
    public void ReadsTheClientFromTheApiKeyTheTokenOrTheAddress()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("::ffff:203.0.113.7");
        var client = new RateLimitClientResolver(new RateLimitOptions()).ResolveAnonymous(context);
        Assert.Equal("ip:203.0.113.7", client.Key);
        Assert.Equal(RateLimitClientKind.Anonymous, client.Kind);
    }
}
