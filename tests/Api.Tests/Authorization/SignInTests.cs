using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Authorization;

/// <summary>Only valid tokens sign in; a bad token is refused outright, never treated as anonymous.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SignInTests(ApiFactory factory)
{
    private const string Viewer = "{ viewer { subject roles districts } }";

    public static TheoryData<string, string> RefusedTokens()
    {
        var now = DateTime.UtcNow;
        return new TheoryData<string, string>
        {
            { "expired", TestTokens.Mint("a", ["CityAdmin"], notBefore: now.AddHours(-3), expires: now.AddHours(-2)) },
            { "not yet valid", TestTokens.Mint("a", ["CityAdmin"], notBefore: now.AddHours(2), expires: now.AddHours(3)) },
            { "wrongly signed", TestTokens.Mint("a", ["CityAdmin"], key: new byte[32]) },
            { "wrong audience", TestTokens.Mint("a", ["CityAdmin"], audience: "another-api") },
            { "alg none", TestTokens.WithoutSignature() },
            { "garbage", "not.a.token" },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task RefusesBadTokensWith401(string why, string token)
    {
        var response = await factory.CreateClient().PostGraphQLAsync(Viewer, token: token);
        Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{why}: got {(int)response.Status}");
        Assert.Equal(["INVALID_TOKEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task ReadsRolesAndScopeFromAValidToken()
    {
        var viewer = (await factory.CreateClient().PostGraphQLAsync(Viewer, token: TestTokens.Reviewer("440106", "440105"))).AssertData()["viewer"]!;
        Assert.Equal("reviewer-440106-440105", viewer["subject"]!.GetValue<string>());
        Assert.Equal(["DistrictReviewer"], viewer["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["440105", "440106"], viewer["districts"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task AnonymousCallersHaveNoViewerAndStillReadPublicData()
    {
        var data = (await factory.CreateClient().PostGraphQLAsync("{ viewer { subject } districts { code } }")).AssertData();
        Assert.Null(data["viewer"]);
        Assert.NotEmpty(data["districts"]!.AsArray());
    }

    [Theory]
    [InlineData("{ applications { totalCount } }", null, HttpStatusCode.Unauthorized)]
    [InlineData("{ districtQueue { totalCount } }", "applicant", HttpStatusCode.Forbidden)]
    [InlineData("{ campaignProgress(campaign: \"Q2FtcGFpZ246MQ\") { count } }", "reviewer", HttpStatusCode.Forbidden)]
    [InlineData("query { ...Q } fragment Q on Query { panelAssignments { totalCount } }", "reviewer", HttpStatusCode.Forbidden)]
    [InlineData("{ awards(first: 1) { nodes { panel { members { subject } } } } }", null, HttpStatusCode.Unauthorized)]
    [InlineData("{ node(id: \"QXdhcmQ6MQ\") { ... on Application { status } } }", null, HttpStatusCode.Unauthorized)]
    public async Task RefusesFieldsOutsideTheCallersRoleBeforeExecution(string query, string? who, HttpStatusCode status)
    {
        var token = who switch
        {
            "applicant" => TestTokens.Applicant("YX-QIAOYUAN"),
            "reviewer" => TestTokens.Reviewer("440106"),
            _ => null,
        };
        var client = factory.CreateClient(); // starts the host (and its seeding) before counting
        var before = factory.Commands.Count;
        var response = await client.PostGraphQLAsync(query, token: token);
        Assert.Equal(status, response.Status);
        Assert.Contains("ACCESS_DENIED", response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
        Assert.Equal(before, factory.Commands.Count);
    }

    [Fact]
    public async Task SkippedFieldsAreNotChecked()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("query($no: Boolean!) { districts { code } districtQueue @include(if: $no) { totalCount } }", new { no = false });
        response.AssertData();
    }
}
