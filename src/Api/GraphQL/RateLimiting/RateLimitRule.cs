using GraphQL.Validation;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Limits;

namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Reserves the operation's requested cost (computed by <see cref="CostLimitRule"/>, which must come first) from the
/// client's budget, once the operation has passed every other check and before it runs; after execution
/// <see cref="Execution.RequestGuard"/> gives back what the operation did not actually incur (ADR-022). When the
/// budget cannot pay the requested cost, the operation is refused with <c>RATE_LIMITED</c> (HTTP 429 with
/// Retry-After) and nothing is taken.
/// </summary>
public sealed class RateLimitRule(IRateLimitStore store) : ValidationRuleBase
{
    /// <inheritdoc />
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HasErrors || GraphQLRequestState.From(context.UserContext) is not { Cost: { } cost } state)
        {
            return null;
        }

        var decision = await store.TryTakeAsync(state.Client, cost, context.CancellationToken);
        state.Budget = decision;
        if (!decision.Allowed)
        {
            var error = new ValidationError(
                context.Document.Source,
                null,
                $"This operation costs {cost} points and your budget has {decision.Remaining} of {decision.Limit} left until {decision.ResetAt:yyyy-MM-ddTHH:mm:ssZ}. Ask for less, or wait.",
                context.Operation)
            {
                Code = ErrorCodes.RateLimited,
            };
            error.Extensions = new Dictionary<string, object?> { ["cost"] = cost, ["remaining"] = decision.Remaining, ["resetAt"] = decision.ResetAt.ToUnixTimeSeconds() };
            context.ReportError(error);
        }

        return null;
    }
}
