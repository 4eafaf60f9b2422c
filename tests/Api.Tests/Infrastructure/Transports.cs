using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>The ways into the API a test table runs over.</summary>
public enum Transport
{
    /// <summary>GraphQL over HTTP, POST.</summary>
    Http,

    /// <summary>GraphQL over WebSocket (graphql-transport-ws), one connection per call.</summary>
    WebSocket,
}

/// <summary>Runs one operation over a chosen transport and answers in the same shape whichever it was.</summary>
public static class Transports
{
    /// <summary>Both transports, for <c>[MemberData]</c>.</summary>
    public static TheoryData<Transport> All => [Transport.Http, Transport.WebSocket];

    /// <summary>
    /// Executes <paramref name="query"/> as the caller of <paramref name="token"/> (anonymous when null). Over WebSocket
    /// the result is what the <c>next</c> message carried, or the <c>error</c> message's errors; its status is 200,
    /// or 403 when the connection was refused with 4403.
    /// </summary>
    public static async Task<GraphQLResponse> ExecuteAsync(this WebApplicationFactory<Program> api, Transport transport, string query, object? variables = null, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        if (transport == Transport.Http)
        {
            return await api.CreateClient().PostGraphQLAsync(query, variables, token: token);
        }

        using var socket = await ConnectAsync(api);
        return await ExecuteAsync(socket, query, variables, token);
    }

    /// <summary>Executes the persisted operation <paramref name="documentId"/> as the caller of <paramref name="token"/>, over <paramref name="transport"/>.</summary>
    public static async Task<GraphQLResponse> ExecutePersistedAsync(this WebApplicationFactory<Program> api, Transport transport, string documentId, object? variables = null, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        if (transport == Transport.Http)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { documentId, variables }) };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            return await api.CreateClient().SendGraphQLAsync(request);
        }

        using var socket = await ConnectAsync(api);
        return await RunAsync(socket, new { documentId, variables }, token);
    }

    /// <summary>A new graphql-transport-ws connection, not yet initialised.</summary>
    public static async Task<WebSocket> ConnectAsync(WebApplicationFactory<Program> api, Action<Microsoft.AspNetCore.Http.HttpRequest>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (configure is not null)
        {
            client.ConfigureRequest = configure;
        }

        return await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), default);
    }

    /// <summary>Initialises <paramref name="socket"/> as <paramref name="token"/>'s caller and runs one operation on it.</summary>
    public static Task<GraphQLResponse> ExecuteAsync(WebSocket socket, string query, object? variables, string? token) =>
        RunAsync(socket, new { query, variables }, token);

    // Initialises the connection and sends one subscribe message with this payload.
    private static async Task<GraphQLResponse> RunAsync(WebSocket socket, object payload, string? token)
    {
        ArgumentNullException.ThrowIfNull(socket);
        await GraphQLSocket.SendAsync(socket, token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = (object)new { Authorization = "Bearer " + token } });
        var ack = await ReceiveOrCloseAsync(socket);
        if (ack is null)
        {
            return Refused(socket);
        }

        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        await GraphQLSocket.SendAsync(socket, new { id = "1", type = "subscribe", payload });
        var body = new JsonObject();
        while (await ReceiveOrCloseAsync(socket) is { } message)
        {
            switch (message["type"]!.GetValue<string>())
            {
                case "next":
                    body = message["payload"]!.AsObject().DeepClone().AsObject();
                    break;
                case "error":
                    body = new JsonObject { ["errors"] = message["payload"]!.DeepClone() };
                    return new GraphQLResponse(HttpStatusCode.OK, null, body);
                case "complete":
                    return new GraphQLResponse(HttpStatusCode.OK, null, body);
            }
        }

        return Refused(socket);
    }

    // The next message, or null once the server closed the connection.
    private static async Task<JsonNode?> ReceiveOrCloseAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[256 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(buffer.AsSpan(0, length));
    }

    private static GraphQLResponse Refused(WebSocket socket) =>
        new(
            socket.CloseStatus == (WebSocketCloseStatus)4403 ? HttpStatusCode.Forbidden : HttpStatusCode.BadGateway,
            null,
            new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = socket.CloseStatusDescription, ["extensions"] = new JsonObject { ["code"] = $"CLOSED_{(int?)socket.CloseStatus}" } }) });
}
