using System.ComponentModel.DataAnnotations;

namespace GreenCommunity.Api.GraphQL.WebSockets;

/// <summary>
/// The bounds of live connections (configuration section <c>WebSockets</c>), checked at start: a value out of its
/// range stops the API with the setting's name. Defaults suit one replica of the public API; see docs/deployment.md
/// for the memory each connection and subscription takes.
/// </summary>
public sealed class WebSocketSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WebSockets";

    /// <summary>Seconds a client has to send <c>connection_init</c> (else close 4408).</summary>
    [Range(0.1, 60)]
    public double ConnectionInitTimeoutSeconds { get; set; } = 3;

    /// <summary>Open connections per replica; an upgrade beyond it is refused with 503 and <c>Retry-After</c>.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>
    /// Open connections per client on a replica: per network address before <c>connection_init</c> (an upgrade beyond
    /// it is refused with 429), and per signed-in subject or API key after it (close 4429).
    /// </summary>
    [Range(1, 100_000)]
    public int MaxConnectionsPerClient { get; set; } = 50;

    /// <summary>Operations running at once on one connection; one more is answered with an <c>error</c> message (<c>TOO_MANY_SUBSCRIPTIONS</c>).</summary>
    [Range(1, 10_000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 50;

    /// <summary>
    /// Seconds between the server's WebSocket pings; a peer that does not answer within as long again is dropped
    /// (a dead client or network, not an idle one).
    /// </summary>
    [Range(1, 3600)]
    public double KeepAliveSeconds { get; set; } = 15;

    /// <summary>Seconds a connection may stay open with no operation running and no message received; then it is closed (1000) to free the slot.</summary>
    [Range(1, 86_400)]
    public double IdleTimeoutSeconds { get; set; } = 120;
}
