using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>A replica runs the public API's representative operations before it takes its first request.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class WarmUpTests
{
    [Fact]
    public async Task EveryWarmUpOperationAnswersBeforeTheFirstRequest()
    {
        using var api = new WarmFactory();
        using var client = api.CreateClient();
        var warmUp = api.Services.GetRequiredService<WarmUp>();
        Assert.Equal(WarmUp.Operations.Count, warmUp.Succeeded);
        var response = await client.PostGraphQLAsync("{ __typename }");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public void NothingRunsWhenTheWarmUpIsOff()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        Assert.Null(api.Services.GetRequiredService<WarmUp>().Succeeded);
    }

    private sealed class WarmFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["WarmUp:Enabled"] = "true" };
    }
}
