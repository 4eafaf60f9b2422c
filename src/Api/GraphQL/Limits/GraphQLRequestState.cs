using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.RateLimiting;

namespace GreenCommunity.Api.GraphQL.Limits;

/// <summary>
/// What one request learns on its way through the engine: who calls and is charged, what the operation costs and
/// whether the budget was charged. Carried in <see cref="global::GraphQL.ExecutionOptions.UserContext"/> so validation
/// rules can write it and the transport can report it in headers and <c>extensions.cost</c>.
/// </summary>
/// <param name="caller">Who calls.</param>
/// <param name="queriesOnly">True when the transport allows queries only (HTTP GET).</param>
/// <param name="webSocket">True when the transport is the WebSocket, the only one that carries subscriptions.</param>
public sealed class GraphQLRequestState(Caller caller, bool queriesOnly = false, bool webSocket = false)
{
    private const string Key = "greencommunity.request";

    /// <summary>Who calls.</summary>
    public Caller Caller { get; } = caller;

    /// <summary>The client whose budget pays for the request.</summary>
    public RateLimitClient Client => Caller.Client;

    /// <summary>True when the transport allows queries only (HTTP GET): anything else is refused before execution.</summary>
    public bool QueriesOnly { get; } = queriesOnly;

    /// <summary>True when the transport is the WebSocket: subscriptions are refused on any other.</summary>
    public bool WebSocket { get; } = webSocket;

    /// <summary>The operation's requested cost (the most it may incur); null until the cost analysis ran.</summary>
    public int? Cost { get; set; }

    /// <summary>The cost the operation actually incurred, what the budget keeps; null until it executed and was settled.</summary>
    public int? ActualCost { get; set; }

    /// <summary>The operation's selection depth, fragments expanded; null until the cost analysis ran.</summary>
    public int? Depth { get; set; }

    /// <summary>The client's budget after this request was charged; null until it was.</summary>
    public RateLimitDecision? Budget { get; set; }

    /// <summary>A new user context holding <paramref name="state"/>.</summary>
    public static Dictionary<string, object?> NewUserContext(GraphQLRequestState state) => new() { [Key] = state };

    /// <summary>The state in a user context, or null when there is none.</summary>
    public static GraphQLRequestState? From(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var value) ? value as GraphQLRequestState : null;
}
