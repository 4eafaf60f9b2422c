using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Http;

/// <summary>Anonymous queries over published data are answered from a cache that every write invalidates.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class PublicResultCacheTests : IDisposable
{
    private const string Revoked = "{ awards(first: 100, where: { revoked: true }) { totalCount nodes { id revocation { reason } } } }";
    private readonly ApiFactory _api = new();

    [Fact]
    public async Task AnswersARepeatedAnonymousQueryWithoutTheDatabase()
    {
        var client = _api.CreateClient();
        var first = await client.PostGraphQLAsync(Revoked);
        var before = _api.Commands.Count;
        var second = await client.PostGraphQLAsync(Revoked);
        Assert.Equal(before, _api.Commands.Count);
        Assert.Equal(WithoutBudget(first.Body!), WithoutBudget(second.Body!)); // the same answer and cost; the budget left differs
        Assert.Equal(
            first.Body!["extensions"]!["cost"]!["throttleStatus"]!["currentlyAvailable"]!.GetValue<int>() - second.Body!["extensions"]!["cost"]!["charged"]!.GetValue<int>(),
            second.Body!["extensions"]!["cost"]!["throttleStatus"]!["currentlyAvailable"]!.GetValue<int>());

        var other = await client.PostGraphQLAsync(Revoked, accept: "application/json");
        Assert.Equal("application/json", other.MediaType);
        Assert.True(_api.Commands.Count > before, "Another media type is another cache entry.");
    }

    [Fact]
    public async Task NeverCachesSignedInRequests()
    {
        var client = _api.CreateClient();
        await client.PostGraphQLAsync(Revoked, token: TestTokens.CityAdmin());
        var before = _api.Commands.Count;
        await client.PostGraphQLAsync(Revoked, token: TestTokens.CityAdmin());
        Assert.True(_api.Commands.Count > before);
    }

    [Fact]
    public async Task AWriteMakesTheNextAnonymousReadSeeIt()
    {
        var client = _api.CreateClient();
        var before = (await client.PostGraphQLAsync(Revoked)).AssertData()["awards"]!["totalCount"]!.GetValue<int>();
        var awardId = (await client.PostGraphQLAsync("{ awards(first: 1, where: { revoked: false, year: { eq: 2002 } }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var revoke = await client.PostGraphQLAsync(
            "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { errors { ... on Error { code } } } }",
            new { input = new { award = awardId, reason = "Penalty case." } },
            token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());

        var after = (await client.PostGraphQLAsync(Revoked)).AssertData()["awards"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task ConcurrentMissesComputeTheAnswerOnce()
    {
        var client = _api.CreateClient();
        var cache = _api.Services.GetRequiredService<PublicResultCache>();
        const string Query = "{ awards(first: 50, where: { year: { eq: 2002 } }) { totalCount nodes { id community { name { en } } } } }";
        await cache.InvalidateAsync(default);
        var before = _api.Commands.Count;
        var alone = await client.PostGraphQLAsync(Query);
        var once = _api.Commands.Count - before;
        Assert.True(once > 0);

        // A publication empties the cache while many readers ask for the same list at once.
        await cache.InvalidateAsync(default);
        before = _api.Commands.Count;
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.PostGraphQLAsync(Query)));

        // One computation for sixteen requests (the counter sees requests' commands only, not background work).
        var concurrent = _api.Commands.Count - before;
        Assert.True(concurrent == once, $"16 concurrent misses sent {concurrent} SQL commands; one computation sends {once}.");
        Assert.All(answers, a => Assert.Equal(alone.AssertData().ToJsonString(), a.AssertData().ToJsonString()));
    }

    public void Dispose() => _api.Dispose();

    private static string WithoutBudget(System.Text.Json.Nodes.JsonNode body)
    {
        var copy = body.DeepClone();
        copy["extensions"]!["cost"]!.AsObject().Remove("throttleStatus");
        return copy.ToJsonString();
    }
}
