using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Http;
using GreenCommunity.Api.GraphQL.Limits;
using GreenCommunity.Api.GraphQL.RateLimiting;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// The one place the per-request rules are set, for every execution whatever the transport: it runs first
/// (<see cref="SortOrder"/> 0, before persisted operations and the document cache) and overwrites what a caller of
/// the engine may have put in the options, so no transport can run a document with fewer rules:
/// <list type="bullet">
/// <item>the identity is the request state's <see cref="Caller"/>;</item>
/// <item>the validation rules are the specification's, then authorization, queries-only (HTTP GET), subscriptions over the WebSocket only, cost and rate
/// limit; the same per-request rules run again for a document the cache already holds
/// (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>), because they depend on who calls and with which
/// variables;</item>
/// <item>the execution timeout (<see cref="RequestLimits.ExecutionTimeout"/>);</item>
/// <item>after a query or mutation ran, the settlement: the budget keeps the <see cref="ActualCost"/> and gets back the
/// rest of the requested cost that <see cref="RateLimitRule"/> reserved (ADR-022).</item>
/// </list>
/// An execution without request state did not come through <see cref="GraphQLExecutor"/> and is refused (fail closed).
/// </summary>
public sealed class RequestGuard(RequestLimits limits, IRateLimitStore budgets) : IConfigureExecution
{
    private readonly IValidationRule[] _perRequestRules = [new AuthorizationValidationRule(), HttpGetQueriesOnlyRule.Instance, SubscriptionTransportRule.Instance, new CostLimitRule(limits), new RateLimitRule(budgets)];

    /// <summary>The rules every request is held to, in order.</summary>
    public IReadOnlyList<IValidationRule> PerRequestRules => _perRequestRules;

    /// <inheritdoc />
    public float SortOrder => 0;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (GraphQLRequestState.From(options.UserContext) is not { } state)
        {
            return new ExecutionResult(GraphQLErrors.WithCode(ErrorCodes.InternalServerError, "The request did not come through the GraphQL executor; nothing was run."));
        }

        options.User = state.Caller.User;
        options.ValidationRules = [.. DocumentValidator.CoreRules, .. _perRequestRules];
        options.CachedDocumentValidationRules = _perRequestRules;
        options.Timeout = limits.ExecutionTimeout;
        var result = await next(options);
        await SettleAsync(state, result);
        return result;
    }

    private async Task SettleAsync(GraphQLRequestState state, ExecutionResult result)
    {
        if (state.Budget is not { Allowed: true } || state.Cost is not { } requested || !result.Executed
            || result.Data is not ExecutionNode root || result.Operation is not { Operation: OperationType.Query or OperationType.Mutation } definition)
        {
            return;
        }

        var operation = definition.Operation;
        var actual = Math.Min(requested, ActualCost.Of(root, operation, limits));
        state.ActualCost = actual;
        if (actual < requested)
        {
            // Not the request's token: a client that went away still gets its unused reservation back.
            state.Budget = await budgets.RefundAsync(state.Client, requested - actual, CancellationToken.None);
        }
    }
}
