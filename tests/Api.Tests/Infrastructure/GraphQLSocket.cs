using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>graphql-transport-ws frames over any <see cref="WebSocket"/> (test server or real one), for the subscription tests.</summary>
public static class GraphQLSocket
{
    /// <summary>Sends <paramref name="message"/> as one JSON text frame.</summary>
    public static Task SendAsync(WebSocket socket, object message)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.SendAsync(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, default);
    }

    /// <summary>The next text frame as JSON; fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonNode> ReceiveAsync(WebSocket socket, int seconds = 10)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return JsonNode.Parse(buffer.AsSpan(0, result.Count))!;
    }

    /// <summary>Sends <c>connection_init</c> (with the token, if any) and expects the acknowledgement.</summary>
    public static async Task InitializeAsync(WebSocket socket, string? token = null)
    {
        await SendAsync(socket, token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = (object)new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }

    /// <summary>Subscribes with <paramref name="query"/> and waits until the subscription is in place.</summary>
    public static async Task SubscribeAsync(WebSocket socket, string id, string query)
    {
        await SendAsync(socket, new { id, type = "subscribe", payload = new { query } });
        await PongAsync(socket);
    }

    /// <summary>A ping answered by a pong as the very next frame: nothing else arrived first.</summary>
    public static async Task PongAsync(WebSocket socket)
    {
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }
}
