using System.Net;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.RateLimiting;

/// <summary>The city issues and revokes API keys; a key buys the larger budget; only its hash is stored.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class ApiKeyTests(SmallBudgetApiFactory factory) : IClassFixture<SmallBudgetApiFactory>
{
    private const string Issue = "mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { key apiKey { id prefix name revokedAt } errors { ... on Error { code } } } }";
    private const string Revoke = "mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } errors { ... on Error { code } } } }";

    [Fact]
    public async Task IssuesAKeyThatBuysTheLargerBudgetAndStoresOnlyItsHash()
    {
        var (key, id) = await IssueAsync("Civic map");
        Assert.StartsWith("gck_", key, StringComparison.Ordinal);

        var response = await factory.CreateClient().PostAsync(new { query = "{ districts { code } }" }, new Dictionary<string, string> { [ApiKeyCredentials.Header] = key });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("1000", response.Header("X-RateLimit-Limit"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "Civic map");
        Assert.Equal(ApiKeyCredentials.Hash(key), stored.Hash);
        // The secret is what follows "gck_<prefix>_"; it may itself contain '_' (base64url).
        var secret = key[(key.IndexOf('_', 4) + 1)..];
        Assert.NotEmpty(secret);
        Assert.DoesNotContain(secret, stored.Hash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        Assert.NotEmpty(id);
    }

    [Fact]
    public async Task RefusesARevokedKeyAndRevokesOnce()
    {
        var (key, id) = await IssueAsync("Old app");
        var revoked = (await factory.CreateClient().PostGraphQLAsync(Revoke, new { input = new { apiKey = id } }, token: TestTokens.CityAdmin())).AssertData()["revokeApiKey"]!;
        Assert.Empty(revoked["errors"]!.AsArray());
        Assert.NotNull(revoked["apiKey"]!["revokedAt"]);

        var again = (await factory.CreateClient().PostGraphQLAsync(Revoke, new { input = new { apiKey = id } }, token: TestTokens.CityAdmin())).AssertData()["revokeApiKey"]!;
        Assert.Equal("WRONG_STATE", again["errors"]![0]!["code"]!.GetValue<string>());

        var refused = await factory.CreateClient().PostAsync(new { query = "{ districts { code } }" }, new Dictionary<string, string> { [ApiKeyCredentials.Header] = key });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["INVALID_API_KEY"], refused.ErrorCodes);
    }

    [Theory]
    [InlineData("gck_000000000000_notarealkey")]
    [InlineData("not-a-key")]
    public async Task RefusesUnknownOrMalformedKeys(string key)
    {
        var response = await factory.CreateClient().PostAsync(new { query = "{ districts { code } }" }, new Dictionary<string, string> { [ApiKeyCredentials.Header] = key });
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["INVALID_API_KEY"], response.ErrorCodes);
        Assert.NotNull(response.Header("X-RateLimit-Limit"));
    }

    public static TheoryData<string?, HttpStatusCode> Callers() => new()
    {
        { null, HttpStatusCode.Unauthorized },
        { TestTokens.Reviewer("440106"), HttpStatusCode.Forbidden },
        { TestTokens.Applicant("YX-QIAOYUAN"), HttpStatusCode.Forbidden },
        { TestTokens.Evaluator("evaluator-01"), HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task LetsOnlyTheCityIssueOrRevokeKeys(string? token, HttpStatusCode status)
    {
        var issue = await factory.CreateClient().PostGraphQLAsync(Issue, new { input = new { name = "Sneaky" } }, token: token);
        var revoke = await factory.CreateClient().PostGraphQLAsync(Revoke, new { input = new { apiKey = "QXBpS2V5OjE" } }, token: token);
        Assert.Equal(status, issue.Status);
        Assert.Equal(["ACCESS_DENIED"], issue.ErrorCodes);
        Assert.Equal(status, revoke.Status);
    }

    [Fact]
    public async Task RefusesAKeyWithoutAName()
    {
        var payload = (await factory.CreateClient().PostGraphQLAsync(Issue, new { input = new { name = "  " } }, token: TestTokens.CityAdmin())).AssertData()["issueApiKey"]!;
        Assert.Null(payload["key"]);
        Assert.Equal("INVALID_INPUT", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownKeyRecord()
    {
        var payload = (await factory.CreateClient().PostGraphQLAsync(Revoke, new { input = new { apiKey = "QXBpS2V5Ojk5OTk" } }, token: TestTokens.CityAdmin())).AssertData()["revokeApiKey"]!;
        Assert.Equal("NOT_FOUND", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    private async Task<(string Key, string Id)> IssueAsync(string name)
    {
        var payload = (await factory.CreateClient().PostGraphQLAsync(Issue, new { input = new { name, contact = "dev@example.org" } }, token: TestTokens.CityAdmin())).AssertData()["issueApiKey"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return (payload["key"]!.GetValue<string>(), payload["apiKey"]!["id"]!.GetValue<string>());
    }
}
