using System.Net;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>Liveness and readiness probes.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class HealthTests(ApiFactory factory)
{
    [Fact]
    public async Task LiveAnswersWithoutTouchingTheDatabase()
    {
        var client = factory.CreateClient();
        var before = factory.Commands.Count;
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal(before, factory.Commands.Count);
    }

    [Fact]
    public async Task ReadyReportsTheDatabaseReachableAndMigrated()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["migrations"]!["status"]!.GetValue<string>());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
