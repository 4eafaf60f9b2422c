using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Tells who a request is charged to: the registered application of a valid <c>X-Api-Key</c>, else the signed-in
/// subject, else the caller's IP address. A key that is malformed, unknown or revoked is refused, never ignored.
/// </summary>
public sealed class RateLimitClientResolver(RateLimitOptions options)
{
    /// <summary>The client, or null when the request carries an API key that is not valid.</summary>
    public async Task<RateLimitClient?> ResolveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.TryGetValue(ApiKeyCredentials.Header, out var keys))
        {
            var key = keys.Count == 1 ? keys[0] : null;
            var prefix = ApiKeyCredentials.PrefixOf(key);
            if (prefix is null)
            {
                return null;
            }

            var db = context.RequestServices.GetRequiredService<GreenCommunityDbContext>();
            var stored = await db.ApiKeys.Where(k => k.Prefix == prefix && k.RevokedAt == null).Select(k => k.Hash).FirstOrDefaultAsync(context.RequestAborted);
            return stored is not null && ApiKeyCredentials.Matches(key!, stored)
                ? new RateLimitClient($"key:{prefix}", RateLimitClientKind.ApiKey, options.ApiKeyPerWindow)
                : null;
        }

        if (ActorClaims.From(context.User) is { } actor)
        {
            return new RateLimitClient($"sub:{actor.Subject}", RateLimitClientKind.SignedIn, options.SignedInPerWindow);
        }

        return ResolveAnonymous(context);
    }

    /// <summary>The caller as an anonymous client, counted by IP address (for requests refused before identification).</summary>
    public RateLimitClient ResolveAnonymous(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is { IsIPv4MappedToIPv6: true })
        {
            address = address.MapToIPv4();
        }

        return new RateLimitClient($"ip:{address?.ToString() ?? "unknown"}", RateLimitClientKind.Anonymous, options.AnonymousPerWindow);
    }
}
