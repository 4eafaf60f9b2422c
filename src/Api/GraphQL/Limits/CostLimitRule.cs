using GraphQL.Validation;
using GreenCommunity.Api.GraphQL.Errors;

namespace GreenCommunity.Api.GraphQL.Limits;

/// <summary>
/// Computes the operation's cost and depth (<see cref="CostAnalysis"/>) once variables and arguments are known, and
/// refuses it before execution when either is over the limit: <c>DEPTH_LIMIT_EXCEEDED</c> or
/// <c>COST_LIMIT_EXCEEDED</c> with the cost in <c>extensions.cost</c>. Runs on cached documents too: the cost
/// depends on the variables.
/// </summary>
public sealed class CostLimitRule(RequestLimits limits) : ValidationRuleBase
{
    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = CostAnalysis.Run(context, limits);
        var cost = (int)Math.Min(int.MaxValue, Math.Ceiling(analysis.Cost));
        if (GraphQLRequestState.From(context.UserContext) is { } state)
        {
            state.Cost = cost;
            state.Depth = analysis.Depth;
        }

        if (analysis.Depth > limits.MaxDepth)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, $"The operation nests fields more than {limits.MaxDepth} levels deep.", context.Operation)
            {
                Code = ErrorCodes.DepthLimitExceeded,
            });
        }
        else if (analysis.Truncated || cost > limits.MaxCost)
        {
            var error = new ValidationError(
                context.Document.Source,
                null,
                $"The operation's cost is {(analysis.Truncated ? "at least " : string.Empty)}{cost}; at most {limits.MaxCost} is allowed. Ask for fewer items (first/last) or fewer nested lists.",
                context.Operation)
            {
                Code = ErrorCodes.CostLimitExceeded,
            };
            error.Extensions = new Dictionary<string, object?> { ["cost"] = cost, ["maximumCost"] = limits.MaxCost };
            context.ReportError(error);
        }

        return default;
    }
}
