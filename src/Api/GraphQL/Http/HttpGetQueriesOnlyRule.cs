using GraphQL.Validation;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Limits;

namespace GreenCommunity.Api.GraphQL.Http;

/// <summary>
/// Refuses a mutation when the transport allows queries only (HTTP GET, <see cref="GraphQLRequestState.QueriesOnly"/>),
/// before execution, so a link or image tag can never change data. A subscription is refused on any HTTP method by
/// <see cref="SubscriptionTransportRule"/>.
/// </summary>
public sealed class HttpGetQueriesOnlyRule : ValidationRuleBase
{
    /// <summary>The shared instance.</summary>
    public static readonly HttpGetQueriesOnlyRule Instance = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (GraphQLRequestState.From(context.UserContext) is { QueriesOnly: true } && context.Operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                $"Only queries may be sent with GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} with POST.",
                context.Operation)
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        }

        return default;
    }
}
