namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>How a client is told apart.</summary>
public enum RateLimitClientKind
{
    /// <summary>Not signed in and no API key: counted per IP address.</summary>
    Anonymous,

    /// <summary>Signed in with a bearer token: counted per subject.</summary>
    SignedIn,

    /// <summary>A registered application: counted per API key.</summary>
    ApiKey,
}

/// <summary>The client a request is charged to, and its budget per window.</summary>
/// <param name="Key">The store's key, e.g. <c>ip:203.0.113.7</c>, <c>sub:city-admin</c>, <c>key:3f9a1c2b</c>.</param>
/// <param name="Kind">How the client was identified.</param>
/// <param name="Limit">Cost points per window.</param>
public sealed record RateLimitClient(string Key, RateLimitClientKind Kind, int Limit);

/// <summary>A client's budget after a request was (or was not) charged.</summary>
/// <param name="Allowed">Whether the points asked for were taken.</param>
/// <param name="Limit">Points per window.</param>
/// <param name="Remaining">Points left in this window.</param>
/// <param name="ResetAt">When the window ends and the budget is full again.</param>
public sealed record RateLimitDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt);
