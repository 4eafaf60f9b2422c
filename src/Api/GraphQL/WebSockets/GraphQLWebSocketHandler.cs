using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Http;
using GreenCommunity.Api.GraphQL.Limits;
using GreenCommunity.Api.GraphQL.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Primitives;

namespace GreenCommunity.Api.GraphQL.WebSockets;

/// <summary>
/// GraphQL over WebSocket with the <c>graphql-transport-ws</c> protocol (PROTOCOL.md of the npm package
/// <c>graphql-ws</c>): <c>connection_init</c> within the timeout (else 4408), <c>connection_ack</c>,
/// <c>ping</c>/<c>pong</c>, <c>subscribe</c> (4401 before the ack, 4409 for an id in use),
/// <c>next</c>/<c>error</c>/<c>complete</c>, 4400 for anything malformed and 4429 for a second init. One receive loop,
/// one serialized sender, one service scope per operation; everything is torn down on <c>complete</c> and on
/// disconnect.
/// <para>
/// One identity per connection (ADR-019), established at <c>connection_init</c> from the credentials the client
/// presents: <c>Authorization</c> and <c>X-Api-Key</c> in the init payload (what browser clients can send) and/or as
/// headers of the upgrade request. Every credential presented must be valid, and two bearer tokens must name the same
/// subject; otherwise the connection closes with 4403 and nothing runs. Credentials are accepted only from pages of
/// trusted origins (the API's own and <c>Cors:AllowedOrigins</c>): an upgrade carrying them from another origin is
/// refused with 403, and init-payload credentials from one close with 4403 (cross-site WebSocket hijacking). Every
/// operation then runs through <see cref="GraphQLExecutor"/> as that caller, under the same rules as HTTP.
/// </para>
/// </summary>
public sealed class GraphQLWebSocketHandler(
    GraphQLExecutor executor,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    RateLimitClientResolver clients,
    GraphQLCorsPolicyProvider cors,
    WebSocketSettings settings,
    WebSocketConnections connections,
    ILogger<GraphQLWebSocketHandler> logger)
{
    /// <summary>The only sub-protocol spoken.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    private const int MaxMessageBytes = 64 * 1024;

    private GraphQLExecutor Executor => executor;

    private WebSocketSettings Settings => settings;

    private WebSocketConnections Connections => connections;

    private IGraphQLTextSerializer Serializer => serializer;

    private IServiceScopeFactory Scopes => scopes;

    private ILogger Logger => logger;

    /// <summary>Serves one WebSocket connection until it closes.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!cors.AllowsCredentialsFrom(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(
                $"{{\"errors\":[{{\"message\":\"WebSocket upgrades with credentials are accepted only from the origins the city configured.\",\"extensions\":{{\"code\":\"{ErrorCodes.OriginNotAllowed}\"}}}}]}}",
                context.RequestAborted);
            return;
        }

        var address = RateLimitClientResolver.AddressOf(context.Connection.RemoteIpAddress);
        var slot = new Slot();
        var refusal = connections.TryEnter(slot, address);
        if (refusal != WebSocketConnections.Refusal.None)
        {
            var full = refusal == WebSocketConnections.Refusal.Full;
            context.Response.StatusCode = full ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = full ? "5" : "30";
            context.Response.ContentType = "application/json; charset=utf-8";
            var message = full
                ? "This server holds as many live connections as it may, or is restarting; retry shortly."
                : $"This address holds {settings.MaxConnectionsPerClient} live connections already; close one, or run several subscriptions on one connection.";
            await context.Response.WriteAsync(
                $"{{\"errors\":[{{\"message\":{JsonSerializer.Serialize(message)},\"extensions\":{{\"code\":\"{ErrorCodes.TooManyConnections}\"}}}}]}}",
                context.RequestAborted);
            return;
        }

        try
        {
            var supported = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                SubProtocol = supported ? SubProtocol : null,
                KeepAliveInterval = TimeSpan.FromSeconds(settings.KeepAliveSeconds),
                KeepAliveTimeout = TimeSpan.FromSeconds(settings.KeepAliveSeconds),
            });
            if (!supported)
            {
                await socket.CloseAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable", context.RequestAborted);
                return;
            }

            await using var connection = new Connection(this, socket, context);
            slot.Connection = connection;
            await connection.RunAsync();
        }
        finally
        {
            connections.Leave(slot, address);
        }
    }

    /// <summary>
    /// The caller a connection acts as, from the credentials in the init payload and on the upgrade request; null
    /// with the reason when any credential is refused.
    /// </summary>
    private async Task<(Caller? Caller, string Refusal)> EstablishCallerAsync(HttpContext upgrade, JsonObject? payload)
    {
        var request = upgrade.Request;
        if (!TryText(payload, "Authorization", out var bearer) || !TryText(payload, ApiKeyCredentials.Header, out var payloadKey))
        {
            return (null, "Credentials in the connection_init payload must be strings");
        }

        if ((bearer ?? payloadKey) is not null && !cors.IsTrustedOrigin(request))
        {
            return (null, "Credentials are accepted only from the origins the city configured");
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity());
        if (!StringValues.IsNullOrEmpty(request.Headers.Authorization))
        {
            if (upgrade.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is not { Succeeded: true })
            {
                return (null, "The upgrade's Authorization header holds no valid token");
            }

            user = upgrade.User;
        }

        if (bearer is not null)
        {
            var signedIn = await AuthenticateAsync(bearer);
            if (signedIn is null)
            {
                return (null, "The Authorization in connection_init holds no valid token");
            }

            if (user.Identity?.IsAuthenticated == true && ActorClaims.From(user)?.Subject != ActorClaims.From(signedIn)?.Subject)
            {
                return (null, "The upgrade and connection_init name two different callers");
            }

            user = signedIn;
        }

        string? headerKey = null;
        if (request.Headers.TryGetValue(ApiKeyCredentials.Header, out var keys))
        {
            headerKey = keys.Count == 1 ? keys[0] ?? string.Empty : string.Empty;
        }

        if (payloadKey is not null && headerKey is not null && payloadKey != headerKey)
        {
            return (null, "The upgrade and connection_init present two different API keys");
        }

        await using var scope = scopes.CreateAsyncScope();
        var address = upgrade.Connection.RemoteIpAddress;
        var client = await clients.ResolveAsync(payloadKey ?? headerKey, user, address, scope.ServiceProvider, upgrade.RequestAborted);
        return client is null
            ? (null, "The API key is not valid")
            : (new Caller(user, client, RateLimitClientResolver.AddressOf(address)), string.Empty);
    }

    private async Task<ClaimsPrincipal?> AuthenticateAsync(string authorization)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = authorization;
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded ? result.Principal : null;
    }

    // False when the property is there but not a string; text is null when it is absent or null.
    private static bool TryText(JsonObject? payload, string name, out string? text)
    {
        text = null;
        var node = payload?.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return node is null || ((node as JsonValue)?.TryGetValue(out text) ?? false);
    }

    // A connection's place in the registry, taken before the handshake; told to shut down once the connection runs.
    private sealed class Slot : WebSocketConnections.IShutdownListener
    {
        private volatile bool _shutDown;
        private Connection? _connection;

        public Connection? Connection
        {
            get => _connection;
            set
            {
                _connection = value;
                if (_shutDown)
                {
                    value?.ShutDown();
                }
            }
        }

        public void ShutDown()
        {
            _shutDown = true;
            _connection?.ShutDown();
        }
    }

    private sealed class Connection(GraphQLWebSocketHandler handler, WebSocket socket, HttpContext upgrade) : IAsyncDisposable
    {
        private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
        private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(upgrade.RequestAborted);
        private Caller? _caller;
        private string? _claim;
        private int _initReceived;
        private volatile bool _acknowledged;
        private long _lastActivity = Environment.TickCount64;

        private WebSocketSettings Settings => handler.Settings;

        public void ShutDown() => Close(1001, "Server restarting; reconnect");

        public async Task RunAsync()
        {
            var sender = SendLoopAsync();
            var initTimer = WatchAsync();
            try
            {
                await ReceiveLoopAsync();
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                // The client went away without a close handshake: a disconnect like any other.
            }
            finally
            {
                _outgoing.Writer.TryComplete();
                await _closing.CancelAsync();
                await Task.WhenAll(sender, initTimer).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var operation in _operations.Values)
            {
                await operation.DisposeAsync();
            }

            _operations.Clear();
            _closing.Dispose();
            if (_claim is not null)
            {
                handler.Connections.Release(_claim);
            }
        }

        // Closes a connection that was not initialised in time (4408), and one that stays idle: no operation running and
        // no message received for the idle timeout (1000).
        private async Task WatchAsync()
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Settings.ConnectionInitTimeoutSeconds), _closing.Token);
                if (Volatile.Read(ref _initReceived) == 0)
                {
                    Close(4408, "Connection initialisation timeout");
                    return;
                }

                var idle = TimeSpan.FromSeconds(Settings.IdleTimeoutSeconds);
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(Settings.IdleTimeoutSeconds / 4, 0.05, 5)));
                while (await timer.WaitForNextTickAsync(_closing.Token))
                {
                    if (_operations.IsEmpty && Environment.TickCount64 - Interlocked.Read(ref _lastActivity) > idle.TotalMilliseconds)
                    {
                        Close(1000, "Idle timeout");
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task ReceiveLoopAsync()
        {
            var buffer = ArrayPool<byte>.Shared.Rent(MaxMessageBytes);
            try
            {
                while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
                {
                    var length = 0;
                    ValueWebSocketReceiveResult result;
                    do
                    {
                        if (length == MaxMessageBytes)
                        {
                            Close(4400, "Message too big");
                            return;
                        }

                        result = await socket.ReceiveAsync(buffer.AsMemory(length, MaxMessageBytes - length), _closing.Token);
                        length += result.Count;
                    }
                    while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        // Complete the closing handshake, so the client sees a clean close rather than a dropped socket.
                        Close((int)WebSocketCloseStatus.NormalClosure, "Closed by the client");
                        return;
                    }

                    if (result.MessageType != WebSocketMessageType.Text)
                    {
                        Close(4400, "Binary messages are not part of the protocol");
                        return;
                    }

                    Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
                    await HandleMessageAsync(buffer.AsMemory(0, length));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private async Task HandleMessageAsync(ReadOnlyMemory<byte> text)
        {
            JsonObject message;
            try
            {
                message = JsonNode.Parse(text.Span) as JsonObject ?? throw new JsonException();
            }
            catch (Exception ex) when (ex is JsonException or DecoderFallbackException or ArgumentException)
            {
                Close(4400, "Invalid message received");
                return;
            }

            var type = (message["type"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t : null;
            switch (type)
            {
                case "connection_init":
                    await InitAsync(message["payload"]);
                    break;
                case "ping":
                    Send(new JsonObject { ["type"] = "pong" });
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(message);
                    break;
                case "complete":
                    if ((message["id"] as JsonValue)?.TryGetValue<string>(out var completed) == true && _operations.TryRemove(completed, out var operation))
                    {
                        await operation.DisposeAsync();
                    }

                    break;
                default:
                    Close(4400, type is null ? "Invalid message received" : $"Unexpected message type {type}");
                    break;
            }
        }

        private async Task InitAsync(JsonNode? payload)
        {
            if (Interlocked.Exchange(ref _initReceived, 1) == 1)
            {
                Close(4429, "Too many initialisation requests");
                return;
            }

            if (payload is not null and not JsonObject)
            {
                Close(4400, "The connection_init payload must be an object");
                return;
            }

            var (caller, refusal) = await handler.EstablishCallerAsync(upgrade, payload as JsonObject);
            if (caller is null)
            {
                Close(4403, "Forbidden: " + refusal);
                return;
            }

            if (caller.Client.Kind != RateLimitClientKind.Anonymous)
            {
                if (!handler.Connections.TryClaim(caller.Client.Key))
                {
                    Close(4429, "Too many connections for this caller");
                    return;
                }

                _claim = caller.Client.Key;
            }

            _caller = caller;
            _acknowledged = true;
            Send(new JsonObject { ["type"] = "connection_ack" });
        }

        private async Task SubscribeAsync(JsonObject message)
        {
            if (!_acknowledged || _caller is null)
            {
                Close(4401, "Unauthorized");
                return;
            }

            var id = (message["id"] as JsonValue)?.TryGetValue<string>(out var i) == true ? i : null;
            GraphQLRequest? request = null;
            try
            {
                request = message["payload"] is JsonObject payload ? handler.Serializer.Deserialize<GraphQLRequest>(payload.ToJsonString()) : null;
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
            {
            }

            if (string.IsNullOrEmpty(id) || request is null || (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId)))
            {
                Close(4400, "Invalid subscribe message");
                return;
            }

            if (_operations.Count >= Settings.MaxSubscriptionsPerConnection && !_operations.ContainsKey(id))
            {
                SendErrors(id, new ExecutionResult(GraphQLErrors.WithCode(
                    ErrorCodes.TooManySubscriptions,
                    $"A connection runs at most {Settings.MaxSubscriptionsPerConnection} operations at once; complete one first.")));
                return;
            }

            var operation = new Operation(handler.Scopes.CreateAsyncScope());
            if (!_operations.TryAdd(id, operation))
            {
                await operation.DisposeAsync();
                Close(4409, $"Subscriber for {id} already exists");
                return;
            }

            try
            {
                var state = new GraphQLRequestState(_caller, webSocket: true);
                var result = await handler.Executor.ExecuteAsync(request, state, operation.Scope.ServiceProvider, operation.Cancellation.Token);

                if (!result.Executed || result.Errors is { Count: > 0 } && result.Streams is null)
                {
                    SendErrors(id, result);
                    await RemoveAsync(id);
                }
                else if (result.Streams is { Count: > 0 } streams)
                {
                    operation.Subscription = streams.Values.First().Subscribe(new Forwarder(this, id));
                }
                else
                {
                    SendNext(id, result);
                    Send(new JsonObject { ["id"] = id, ["type"] = "complete" });
                    await RemoveAsync(id);
                }
            }
            catch (OperationCanceledException)
            {
                await RemoveAsync(id);
            }
        }

        private async Task RemoveAsync(string id)
        {
            if (_operations.TryRemove(id, out var operation))
            {
                await operation.DisposeAsync();
            }
        }

        private void SendNext(string id, ExecutionResult result) =>
            _outgoing.Writer.TryWrite(new Outgoing($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"next\",\"payload\":{handler.Serializer.Serialize(result)}}}", null));

        private void SendErrors(string id, ExecutionResult result)
        {
            var errors = JsonNode.Parse(handler.Serializer.Serialize(result))?["errors"]?.DeepClone() ?? new JsonArray();
            Send(new JsonObject { ["id"] = id, ["type"] = "error", ["payload"] = errors });
        }

        private void Send(JsonObject message) => _outgoing.Writer.TryWrite(new Outgoing(message.ToJsonString(), null));

        private void Close(int code, string reason)
        {
            _outgoing.Writer.TryWrite(new Outgoing(null, (code, reason)));
            _outgoing.Writer.TryComplete();
        }

        private async Task SendLoopAsync()
        {
            try
            {
                await foreach (var message in _outgoing.Reader.ReadAllAsync(upgrade.RequestAborted))
                {
                    if (message.Close is { } close)
                    {
                        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        {
                            // The peer has a moment to answer the close frame; one that does not is dropped.
                            using var answer = CancellationTokenSource.CreateLinkedTokenSource(upgrade.RequestAborted);
                            answer.CancelAfter(TimeSpan.FromSeconds(2));
                            await socket.CloseAsync((WebSocketCloseStatus)close.Code, close.Reason, answer.Token);
                        }

                        await _closing.CancelAsync();
                        return;
                    }

                    if (socket.State == WebSocketState.Open)
                    {
                        await socket.SendAsync(Encoding.UTF8.GetBytes(message.Text!), WebSocketMessageType.Text, true, upgrade.RequestAborted);
                    }
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                var reason = ex.GetType().Name;
                WebSocketLog.SendFailed(handler.Logger, reason);
            }
        }

        private sealed class Forwarder(Connection connection, string id) : IObserver<ExecutionResult>
        {
            public void OnCompleted()
            {
                connection.Send(new JsonObject { ["id"] = id, ["type"] = "complete" });
                _ = connection.RemoveAsync(id);
            }

            public void OnError(Exception error)
            {
                connection.SendErrors(id, new ExecutionResult { Errors = [new ExecutionError("The subscription failed.") { Code = "INTERNAL_SERVER_ERROR" }] });
                _ = connection.RemoveAsync(id);
            }

            public void OnNext(ExecutionResult value) => connection.SendNext(id, value);
        }
    }

    private sealed class Operation(AsyncServiceScope scope) : IAsyncDisposable
    {
        public AsyncServiceScope Scope { get; } = scope;

        public CancellationTokenSource Cancellation { get; } = new();

        public IDisposable? Subscription { get; set; }

        public async ValueTask DisposeAsync()
        {
            Subscription?.Dispose();
            await Cancellation.CancelAsync();
            Cancellation.Dispose();
            await Scope.DisposeAsync();
        }
    }

    private sealed record Outgoing(string? Text, (int Code, string Reason)? Close);
}

/// <summary>Log messages of the WebSocket transport.</summary>
internal static partial class WebSocketLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "A WebSocket send ended the connection ({Reason})")]
    public static partial void SendFailed(ILogger logger, string reason);
}
