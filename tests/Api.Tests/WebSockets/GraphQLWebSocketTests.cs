using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.WebSockets;

/// <summary>The graphql-transport-ws protocol, frame by frame, and live events reaching only those who may see them.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class GraphQLWebSocketTests : IDisposable
{
    private readonly LiveFactory _api = new();

    [Fact]
    public async Task AcknowledgesInitAndAnswersPing()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }

    // Only this test shortens the init timeout, in a server of its own: the others must be free to take longer than
    // half a second between connecting and sending connection_init on a loaded machine.
    [Fact]
    public async Task ClosesWith4408WithoutInitInTime()
    {
        using var api = new ShortInitFactory();
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), default);
        Assert.Equal(4408, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task ClosesWith4429OnASecondInit()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init" });
        await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal(4429, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task ClosesWith4401OnSubscribeBeforeAck()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription { publicityNoticeOpened { id } }" } });
        Assert.Equal(4401, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task ClosesWith4409WhenAnIdIsInUse()
    {
        using var socket = await InitializedAsync(null);
        var subscribe = new { id = "same", type = "subscribe", payload = new { query = "subscription { publicityNoticeOpened { id } }" } };
        await SendAsync(socket, subscribe);
        await SendAsync(socket, subscribe);
        Assert.Equal(4409, await ClosedWithAsync(socket));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"unknown\"}")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\"}")]
    public async Task ClosesWith4400OnMalformedMessages(string message)
    {
        using var socket = await InitializedAsync(null);
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, default);
        Assert.Equal(4400, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task ClosesWith4403OnARefusedToken()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + TestTokens.Mint("x", ["CityAdmin"], key: new byte[32]) } });
        Assert.Equal(4403, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task RefusesASignedInSubscriptionToAnonymousCallersWithAnError()
    {
        using var socket = await InitializedAsync(null);
        await SendAsync(socket, new { id = "a", type = "subscribe", payload = new { query = "subscription { applicationStatusChanged { to } }" } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("ACCESS_DENIED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeliversStatusChangesOnlyToThoseWhoMaySeeThem()
    {
        var client = _api.CreateClient();
        var schemeId = (await client.PostGraphQLAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }")).AssertData()["criteriaScheme"]!["id"]!.GetValue<string>();
        var campaign = (await client.PostGraphQLAsync(
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }",
            new { input = new { year = 2004, level = "DISTRICT", batchNumber = 4, scheme = schemeId, name = new { zh = "2004年区级", en = "2004 district" }, timetable = new { applicationsOpen = "2004-01-01", applicationsClose = "2004-03-31", evaluationStart = "2004-04-01", evaluationEnd = "2004-05-31", publicityDays = 7 } } },
            token: TestTokens.CityAdmin())).AssertData()["createCampaign"]!["campaign"]!["id"]!.GetValue<string>();
        var community = (await client.PostGraphQLAsync("{ community(code: \"HZ-RUIBAO\") { id } }")).AssertData()["community"]!["id"]!.GetValue<string>();

        using var reviewer = await InitializedAsync(TestTokens.Reviewer("440105"));
        using var outsider = await InitializedAsync(TestTokens.Reviewer("440106"));
        const string Subscription = "subscription { applicationStatusChanged { to by application { community { code } } } }";
        await SendAsync(reviewer, new { id = "r", type = "subscribe", payload = new { query = Subscription } });
        await SendAsync(outsider, new { id = "o", type = "subscribe", payload = new { query = Subscription } });
        await Task.Delay(200);

        var created = await client.PostGraphQLAsync(
            "mutation($input: CreateApplicationInput!) { createApplication(input: $input) { errors { ... on Error { code } } } }",
            new { input = new { campaign, community } },
            token: TestTokens.Applicant("HZ-RUIBAO"));
        Assert.Empty(created.AssertData()["createApplication"]!["errors"]!.AsArray());

        var next = await ReceiveAsync(reviewer);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("r", next["id"]!.GetValue<string>());
        Assert.Equal("DRAFT", next["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
        Assert.Equal("HZ-RUIBAO", next["payload"]!["data"]!["applicationStatusChanged"]!["application"]!["community"]!["code"]!.GetValue<string>());

        await SendAsync(outsider, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(outsider))["type"]!.GetValue<string>());

        await SendAsync(reviewer, new { id = "r", type = "complete" });
        await SendAsync(reviewer, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(reviewer))["type"]!.GetValue<string>());
    }

    public void Dispose() => _api.Dispose();

    private async Task<WebSocket> ConnectAsync()
    {
        var client = _api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(_api.Server.BaseAddress, "graphql"), default);
    }

    private async Task<WebSocket> InitializedAsync(string? token)
    {
        var socket = await ConnectAsync();
        await GraphQLSocket.InitializeAsync(socket, token);
        return socket;
    }

    private static Task SendAsync(WebSocket socket, object message) => GraphQLSocket.SendAsync(socket, message);

    private static Task<JsonNode> ReceiveAsync(WebSocket socket) => GraphQLSocket.ReceiveAsync(socket);

    private static async Task<int?> ClosedWithAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int?)result.CloseStatus;
            }
        }
    }

    private sealed class LiveFactory : ApiFactory
    {
        private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2004, 2, 1, 9, 0, 0, TimeSpan.Zero));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);
    }

    private sealed class ShortInitFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("WebSockets:ConnectionInitTimeoutSeconds", "0.5");
        }
    }
}
