using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>Anonymous objections are rate limited per address; signed-in callers are not.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class ObjectionRateLimitTests : IDisposable
{
    private readonly LimitedFactory _api = new();

    [Fact]
    public async Task RefusesAnonymousObjectionsOverTheHourlyBudget()
    {
        var client = _api.CreateClient();
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await FileAsync(client, token: null));
        }

        Assert.Equal(["NOT_FOUND", "NOT_FOUND", "RATE_LIMITED"], codes);
        Assert.Equal("NOT_FOUND", await FileAsync(client, TestTokens.Applicant("YX-QIAOYUAN")));
    }

    public void Dispose() => _api.Dispose();

    private static async Task<string> FileAsync(HttpClient client, string? token)
    {
        var input = new { notice = GlobalId.Encode("PublicityNotice", 999_999), community = GlobalId.Encode("Community", 1), reasons = "Test." };
        var response = await client.PostGraphQLAsync("mutation($input: FileObjectionInput!) { fileObjection(input: $input) { errors { ... on Error { code } } } }", new { input }, token: token);
        return response.AssertData()["fileObjection"]!["errors"]![0]!["code"]!.GetValue<string>();
    }

    private sealed class LimitedFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Objections:AnonymousPerHour", "2");
        }
    }
}
