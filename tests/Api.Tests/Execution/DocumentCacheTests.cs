using System.Net;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Execution;

/// <summary>Parsed documents are cached, and a cached document is still authorized, costed and method-checked per request.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class DocumentCacheTests(ApiFactory factory)
{
    [Fact]
    public async Task CachesADocumentOnceItPassedValidation()
    {
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        var query = $"{{ districts {{ code }} }} # {Guid.NewGuid()}";
        var before = cache.Count;
        (await factory.CreateClient().PostGraphQLAsync(query)).AssertData();
        Assert.Equal(before + 1, cache.Count);
        (await factory.CreateClient().PostGraphQLAsync(query)).AssertData();
        Assert.Equal(before + 1, cache.Count);

        await factory.CreateClient().PostGraphQLAsync($"{{ nonsense }} # {Guid.NewGuid()}");
        Assert.Equal(before + 1, cache.Count);
    }

    [Fact]
    public async Task StillAuthorizesEachCallerOfACachedDocument()
    {
        var query = $"{{ viewer {{ subject }} applications(first: 1) {{ totalCount }} }} # {Guid.NewGuid()}";
        (await factory.CreateClient().PostGraphQLAsync(query, token: TestTokens.CityAdmin())).AssertData();
        var anonymous = await factory.CreateClient().PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(["ACCESS_DENIED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task StillRefusesAMutationOverGetWhenTheDocumentIsCached()
    {
        var mutation = $"mutation {{ fileObjection(input: {{ notice: \"x\", community: \"y\", reasons: \"z\" }}) {{ errors {{ __typename }} }} }} # {Guid.NewGuid()}";
        await factory.CreateClient().PostGraphQLAsync(mutation);
        var overGet = await factory.CreateClient().GetAsync(new Dictionary<string, string> { ["query"] = mutation });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
    }

    [Fact]
    public async Task CostsACachedDocumentWithEachRequestsVariables()
    {
        var query = $"query($n: Int) {{ communities(first: $n) {{ nodes {{ awards(first: $n) {{ nodes {{ score }} }} }} }} }} # {Guid.NewGuid()}";
        var cheap = await factory.CreateClient().PostGraphQLAsync(query, new { n = 2 });
        cheap.AssertData();
        var costly = await factory.CreateClient().PostGraphQLAsync(query, new { n = 100 });
        Assert.Equal(["COST_LIMIT_EXCEEDED"], costly.ErrorCodes);
    }
}
