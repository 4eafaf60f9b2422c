using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
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
/// <item>the execution timeout (<see cref="RequestLimits.ExecutionTimeout"/>).</item>
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
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (GraphQLRequestState.From(options.UserContext) is not { } state)
        {
            return Task.FromResult(new ExecutionResult(GraphQLErrors.WithCode(ErrorCodes.InternalServerError, "The request did not come through the GraphQL executor; nothing was run.")));
        }

        options.User = state.Caller.User;
        options.ValidationRules = [.. DocumentValidator.CoreRules, .. _perRequestRules];
        options.CachedDocumentValidationRules = _perRequestRules;
        options.Timeout = limits.ExecutionTimeout;
        return next(options);
    }
}
