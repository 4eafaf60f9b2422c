using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Limits;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// Runs a GraphQL request for any transport (HTTP GET and POST, WebSocket <c>subscribe</c>, persisted operations):
/// the transport frames messages, establishes the <see cref="Caller"/> and maps results to its status codes; this
/// class holds the request to the size limits, makes the caller the identity of the service scope
/// (<see cref="CurrentCaller"/>) and of the engine, and executes. <see cref="RequestGuard"/> sets the validation
/// rules and the timeout inside the engine's pipeline, so they apply to every execution, cached documents included.
/// </summary>
public sealed class GraphQLExecutor(IDocumentExecuter<ISchema> executer, RequestLimits limits, AutomaticPersistedQueries automaticPersistedQueries)
{
    /// <summary>
    /// Why <paramref name="request"/> cannot run at all (no document, a document or a variable list over the limits),
    /// or null; transports may ask first to answer with their own status code.
    /// </summary>
    public ExecutionError? Refuse(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId) && request.Extensions?.ContainsKey("persistedQuery") != true)
        {
            return GraphQLErrors.WithCode(ErrorCodes.BadRequest, "The request has no 'query' (or 'documentId' of a persisted operation).");
        }

        if (request.Query?.Length > limits.MaxDocumentLength)
        {
            return GraphQLErrors.WithCode(ErrorCodes.DocumentTooLarge, $"The document is {request.Query.Length} characters long; at most {limits.MaxDocumentLength} are allowed.");
        }

        return DocumentLimits.CheckVariables(request.Variables, limits);
    }

    /// <summary>Executes <paramref name="request"/> for the caller in <paramref name="state"/>, in <paramref name="services"/>' scope.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLRequestState state, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(services);
        if (Refuse(request) is { } refused)
        {
            return new ExecutionResult(refused);
        }

        // An automatic persisted query by hash becomes its document here, before anything else sees the request, so
        // what runs is checked exactly as a document sent in full.
        (request, var unresolved) = automaticPersistedQueries.Resolve(request);
        unresolved ??= Refuse(request);
        if (unresolved is not null)
        {
            return new ExecutionResult(unresolved);
        }

        services.GetRequiredService<CurrentCaller>().Value = state.Caller;
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = string.IsNullOrEmpty(request.Query) ? null : request.Query,
            DocumentId = string.IsNullOrEmpty(request.DocumentId) ? null : request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = state.Caller.User,
            UserContext = GraphQLRequestState.NewUserContext(state),
            CancellationToken = cancellationToken,
        });
    }
}
