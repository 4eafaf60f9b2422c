using System.Security.Claims;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Domain.Access;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// Who is calling, established once by the transport (per HTTP request; per WebSocket connection at
/// <c>connection_init</c>) and then the only identity anything downstream sees: the validation rules, the resolvers,
/// the mutations (<see cref="CurrentCaller"/>) and the rate limit.
/// </summary>
/// <param name="User">The authenticated principal; an empty identity for anonymous callers.</param>
/// <param name="Client">Whose budget pays.</param>
/// <param name="Address">The client's network address, for per-address limits.</param>
public sealed record Caller(ClaimsPrincipal User, RateLimitClient Client, string Address)
{
    /// <summary>The signed-in actor, or null for anonymous callers.</summary>
    public Actor? Actor { get; } = ActorClaims.From(User);

    /// <summary>An anonymous caller charged as <paramref name="client"/>.</summary>
    public static Caller Anonymous(RateLimitClient client, string address) => new(new ClaimsPrincipal(new ClaimsIdentity()), client, address);
}

/// <summary>
/// The caller of the operation running in this service scope, set by <see cref="GraphQLExecutor"/> before execution.
/// Services that act for the caller (mutations) read it here rather than from the HTTP context, which a WebSocket
/// operation does not have in any meaningful sense.
/// </summary>
public sealed class CurrentCaller
{
    private Caller? _caller;

    /// <summary>The caller; fails when read outside an operation started by the executor.</summary>
    public Caller Value
    {
        get => _caller ?? throw new InvalidOperationException("No caller: the operation did not come through the GraphQL executor.");
        set => _caller = _caller is null || ReferenceEquals(_caller, value) ? value : throw new InvalidOperationException("The caller of a service scope is set once.");
    }
}
