using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Authorization;

/// <summary>Roles are exact names from a fixed list, and a token must name its subject; over every transport.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class StrictClaimsTests(ApiFactory factory)
{
    public static TheoryData<string, Transport> LooseRoles()
    {
        var data = new TheoryData<string, Transport>();
        foreach (var role in new[] { "Evaluator,DistrictReviewer", "3", "+3", " CityAdmin ", "cityadmin", "CityAdmin,", "CITYADMIN" })
        {
            data.Add(role, Transport.Http);
            data.Add(role, Transport.WebSocket);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LooseRoles))]
    public async Task RoleClaimsThatAreNotExactlyARoleNameGiveNoRole(string role, Transport transport)
    {
        var token = TestTokens.Mint("loose-role", [role]);
        var viewer = await factory.ExecuteAsync(transport, "{ viewer { subject roles } }", token: token);
        Assert.Empty(viewer.AssertData()["viewer"]!["roles"]!.AsArray());

        var admin = await factory.ExecuteAsync(transport, "{ applications(first: 1) { totalCount } campaignProgress(campaign: \"x\") { count } }", token: token);
        Assert.Contains("ACCESS_DENIED", admin.ErrorCodes);
        Assert.Null(admin.Data);
    }

    [Fact]
    public async Task AnExactRoleNameStillCounts()
    {
        var viewer = await factory.CreateClient().PostGraphQLAsync("{ viewer { roles } }", token: TestTokens.Mint("exact", ["CityAdmin"]));
        Assert.Equal("CityAdmin", viewer.AssertData()["viewer"]!["roles"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ASignedTokenWithoutASubjectIsRefusedOverHttp()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("{ districts { code } }", token: TestTokens.Mint(null, ["CityAdmin"]));
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["INVALID_TOKEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task ASignedTokenWithoutASubjectClosesTheWebSocketWith4403()
    {
        var response = await factory.ExecuteAsync(Transport.WebSocket, "{ districts { code } }", token: TestTokens.Mint(null, ["CityAdmin"]));
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["CLOSED_4403"], response.ErrorCodes);
    }
}
