using System.Net;
using System.Net.WebSockets;
using GreenCommunity.Api.GraphQL.WebSockets;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Tests.WebSockets;

/// <summary>Live connections are bounded: per address, per caller, per replica, per connection, and in idle time.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class WebSocketLimitsTests : IDisposable
{
    private const string Notices = "subscription { publicityNoticeOpened { id } }";
    private readonly BoundedFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RefusesAnUpgradeBeyondTheCapPerAddressWith429()
    {
        var held = new List<WebSocket>();
        for (var i = 0; i < 3; i++)
        {
            held.Add(await InitializedAsync("10.0.0.1", null));
        }

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync("10.0.0.1"));
        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        using (var elsewhere = await InitializedAsync("10.0.0.2", null))
        {
            await GraphQLSocket.PongAsync(elsewhere);
        }

        await CloseAsync(held[0]);
        using var again = await InitializedAsync("10.0.0.1", null);
        await GraphQLSocket.PongAsync(again);
        held.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task ClosesWith4429BeyondTheCapPerSignedInCaller()
    {
        var token = TestTokens.Reviewer("440105");
        var held = new List<WebSocket>();
        for (var i = 0; i < 3; i++)
        {
            held.Add(await InitializedAsync($"10.0.1.{i}", token));
        }

        using var fourth = await ConnectAsync("10.0.1.9");
        await GraphQLSocket.SendAsync(fourth, new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal(4429, await ClosedWithAsync(fourth));
        held.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task RefusesAnUpgradeBeyondTheCapPerReplicaWith503()
    {
        var held = new List<WebSocket>();
        for (var i = 0; i < 5; i++)
        {
            held.Add(await InitializedAsync($"10.0.2.{i}", null));
        }

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync("10.0.2.9"));
        Assert.Contains("503", refused.Message, StringComparison.Ordinal);
        Assert.Equal(5, _api.Services.GetRequiredService<WebSocketConnections>().Count);
        held.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task AnswersAnOperationBeyondTheCapPerConnectionWithAnErrorAndKeepsTheConnection()
    {
        using var socket = await InitializedAsync("10.0.3.1", null);
        await GraphQLSocket.SubscribeAsync(socket, "a", Notices);
        await GraphQLSocket.SubscribeAsync(socket, "b", Notices);
        await GraphQLSocket.SendAsync(socket, new { id = "c", type = "subscribe", payload = new { query = Notices } });
        var error = await GraphQLSocket.ReceiveAsync(socket);
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("c", error["id"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await GraphQLSocket.SendAsync(socket, new { id = "a", type = "complete" });
        await GraphQLSocket.SubscribeAsync(socket, "c", Notices);
    }

    [Fact]
    public async Task ClosesAConnectionThatStaysIdleButKeepsOneThatSubscribes()
    {
        using var api = new BoundedFactory(idleSeconds: 1);
        using var idle = await Transports.ConnectAsync(api);
        await GraphQLSocket.InitializeAsync(idle);
        using var busy = await Transports.ConnectAsync(api);
        await GraphQLSocket.InitializeAsync(busy);
        await GraphQLSocket.SubscribeAsync(busy, "notices", Notices);
        Assert.Equal(1000, await ClosedWithAsync(idle));
        await GraphQLSocket.PongAsync(busy);
    }

    [Theory]
    [InlineData("MaxConnections", "0")]
    [InlineData("MaxConnectionsPerClient", "-1")]
    [InlineData("MaxSubscriptionsPerConnection", "0")]
    [InlineData("IdleTimeoutSeconds", "0")]
    public void RefusesABoundOutOfRangeAtStart(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"WebSockets:{setting}"] = value }).Build();
        using var services = new ServiceCollection().AddOptions<WebSocketSettings>().Bind(configuration.GetSection(WebSocketSettings.Section)).ValidateDataAnnotations().Services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebSocketSettings>>().Value);
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    private Task<WebSocket> ConnectAsync(string address) =>
        Transports.ConnectAsync(_api, request => request.HttpContext.Connection.RemoteIpAddress = IPAddress.Parse(address));

    private async Task<WebSocket> InitializedAsync(string address, string? token)
    {
        var socket = await ConnectAsync(address);
        await GraphQLSocket.InitializeAsync(socket, token);
        return socket;
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", default);
        await Task.Delay(100);
    }

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

    private sealed class BoundedFactory(double idleSeconds = 120) : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["WebSockets:MaxConnections"] = "5",
            ["WebSockets:MaxConnectionsPerClient"] = "3",
            ["WebSockets:MaxSubscriptionsPerConnection"] = "2",
            ["WebSockets:IdleTimeoutSeconds"] = idleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
