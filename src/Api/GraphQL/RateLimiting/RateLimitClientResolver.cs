using System.Net;
using System.Security.Claims;
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
    /// <summary>The client of an HTTP request, or null when it carries an API key that is not valid.</summary>
    public Task<RateLimitClient?> ResolveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hasKey = context.Request.Headers.TryGetValue(ApiKeyCredentials.Header, out var keys);
        return ResolveAsync(hasKey ? (keys.Count == 1 ? keys[0] ?? string.Empty : string.Empty) : null, context.User, context.Connection.RemoteIpAddress, context.RequestServices, context.RequestAborted);
    }

    /// <summary>
    /// The client presenting <paramref name="apiKey"/> (null when none was presented) as <paramref name="user"/> from
    /// <paramref name="address"/>, or null when the key is not valid.
    /// </summary>
    public async Task<RateLimitClient?> ResolveAsync(string? apiKey, ClaimsPrincipal user, IPAddress? address, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (apiKey is not null)
        {
            var prefix = ApiKeyCredentials.PrefixOf(apiKey);
            if (prefix is null)
            {
                return null;
            }

            var db = services.GetRequiredService<GreenCommunityDbContext>();
            var stored = await db.ApiKeys.Where(k => k.Prefix == prefix && k.RevokedAt == null).Select(k => k.Hash).FirstOrDefaultAsync(cancellationToken);
            return stored is not null && ApiKeyCredentials.Matches(apiKey, stored)
                ? new RateLimitClient($"key:{prefix}", RateLimitClientKind.ApiKey, options.ApiKeyPerWindow)
                : null;
        }

        if (ActorClaims.From(user) is { } actor)
        {
            return new RateLimitClient($"sub:{actor.Subject}", RateLimitClientKind.SignedIn, options.SignedInPerWindow);
        }

        return ResolveAnonymous(address);
    }

    /// <summary>The caller as an anonymous client, counted by IP address (for requests refused before identification).</summary>
    public RateLimitClient ResolveAnonymous(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ResolveAnonymous(context.Connection.RemoteIpAddress);
    }

    /// <summary>An anonymous client at <paramref name="address"/>.</summary>
    public RateLimitClient ResolveAnonymous(IPAddress? address) =>
        new($"ip:{AddressOf(address)}", RateLimitClientKind.Anonymous, options.AnonymousPerWindow);

    /// <summary>How an address is written in budgets and per-address limits (IPv4-mapped IPv6 as IPv4).</summary>
    public static string AddressOf(IPAddress? address) =>
        (address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address)?.ToString() ?? "unknown";
}
