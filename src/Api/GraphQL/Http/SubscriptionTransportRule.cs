using GraphQL.Validation;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Limits;

namespace GreenCommunity.Api.GraphQL.Http;

/// <summary>
/// Refuses a subscription on any transport but the WebSocket (<see cref="GraphQLRequestState.WebSocket"/>), before
/// execution, with <c>SUBSCRIPTION_REQUIRES_WEBSOCKET</c> and the endpoint and protocol to use in
/// <c>extensions</c>: over HTTP a subscription would otherwise answer <c>{"data": null}</c> and say nothing.
/// </summary>
public sealed class SubscriptionTransportRule : ValidationRuleBase
{
    /// <summary>The shared instance.</summary>
    public static readonly SubscriptionTransportRule Instance = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation == OperationType.Subscription && GraphQLRequestState.From(context.UserContext) is { WebSocket: false })
        {
            var error = new ValidationError(
                context.Document.Source,
                null,
                $"Subscriptions run over a WebSocket: open ws(s)://<host>{GraphQLSetup.Path} with the '{WebSockets.GraphQLWebSocketHandler.SubProtocol}' sub-protocol (the graphql-ws client speaks it) and send this subscription there.",
                context.Operation)
            {
                Code = ErrorCodes.SubscriptionRequiresWebSocket,
            };
            error.Extensions = new Dictionary<string, object?> { ["endpoint"] = GraphQLSetup.Path, ["protocol"] = WebSockets.GraphQLWebSocketHandler.SubProtocol };
            context.ReportError(error);
        }

        return default;
    }
}
