using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.WebSockets;

/// <summary>The execution timeout bounds the start of a subscription, not its life: events keep coming after it.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SubscriptionLifetimeTests : IDisposable
{
    private readonly ShortTimeoutFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task DeliversAnEventThatComesAfterTheExecutionTimeout()
    {
        var client = _api.CreateClient();
        var scheme = (await client.PostGraphQLAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }")).AssertData()["criteriaScheme"]!["id"]!.GetValue<string>();
        var campaign = (await client.PostGraphQLAsync(
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }",
            new { input = new { year = 2004, level = "DISTRICT", batchNumber = 4, scheme, name = new { zh = "2004年区级", en = "2004 district" }, timetable = new { applicationsOpen = "2004-01-01", applicationsClose = "2004-03-31", evaluationStart = "2004-04-01", evaluationEnd = "2004-05-31", publicityDays = 7 } } },
            token: TestTokens.CityAdmin())).AssertData()["createCampaign"]!["campaign"]!["id"]!.GetValue<string>();
        var community = (await client.PostGraphQLAsync("{ community(code: \"HZ-RUIBAO\") { id } }")).AssertData()["community"]!["id"]!.GetValue<string>();

        using var reviewer = await Transports.ConnectAsync(_api);
        await GraphQLSocket.InitializeAsync(reviewer, TestTokens.Reviewer("440105"));
        await GraphQLSocket.SubscribeAsync(reviewer, "r", "subscription { applicationStatusChanged { to } }");
        await Task.Delay(TimeSpan.FromSeconds(5));

        var created = await client.PostGraphQLAsync(
            "mutation($input: CreateApplicationInput!) { createApplication(input: $input) { errors { ... on Error { code } } } }",
            new { input = new { campaign, community } },
            token: TestTokens.Applicant("HZ-RUIBAO"));
        Assert.Empty(created.AssertData()["createApplication"]!["errors"]!.AsArray());
        var next = await GraphQLSocket.ReceiveAsync(reviewer);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("DRAFT", next["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
    }

    // An execution timeout of four seconds (room for a cold first query on a busy machine), and the clock of a 2004 campaign.
    private sealed class ShortTimeoutFactory : ApiFactory
    {
        private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2004, 2, 1, 9, 0, 0, TimeSpan.Zero));

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Limits:ExecutionTimeout"] = "00:00:04",
        };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);
    }
}
