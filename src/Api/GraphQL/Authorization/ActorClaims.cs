using System.Security.Claims;
using GreenCommunity.Domain.Access;

namespace GreenCommunity.Api.GraphQL.Authorization;

/// <summary>
/// Reads who is calling from the token: the subject (<c>sub</c>, or <c>oid</c> from Entra ID), the app roles
/// (<c>roles</c> from Entra ID, <c>role</c> from <c>dotnet user-jwts</c>), and the scope claims <c>community</c>
/// (community codes an applicant applies for) and <c>district</c> (district codes a reviewer reviews for).
/// Strict: a role claim counts only when its value is exactly one role's name (case-sensitive, no spaces, no lists,
/// no numbers); anything else is no role. A token without a subject is refused at sign-in (<see cref="SubjectOf"/>).
/// </summary>
public static class ActorClaims
{
    /// <summary>The claim naming a community an applicant acts for.</summary>
    public const string Community = "community";

    /// <summary>The claim naming a district a reviewer acts for.</summary>
    public const string District = "district";

    private static readonly string[] RoleClaims = ["roles", "role", ClaimTypes.Role];
    private static readonly string[] SubjectClaims = ["sub", "oid", ClaimTypes.NameIdentifier];
    private static readonly Dictionary<string, Role> RolesByName = Enum.GetValues<Role>().ToDictionary(r => r.ToString(), StringComparer.Ordinal);

    /// <summary>The role named exactly <paramref name="name"/>, or null.</summary>
    public static Role? RoleNamed(string? name) => name is not null && RolesByName.TryGetValue(name, out var role) ? role : null;

    /// <summary>The principal's subject (<c>sub</c>, else <c>oid</c>), or null when the token names none.</summary>
    public static string? SubjectOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SubjectClaims.Select(user.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }

    /// <summary>The actor behind a signed-in principal; null for anonymous callers.</summary>
    public static Actor? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = SubjectOf(user);
        if (subject is null)
        {
            return null;
        }

        var roles = user.Claims.Where(c => RoleClaims.Contains(c.Type))
            .Select(c => RoleNamed(c.Value))
            .OfType<Role>()
            .ToHashSet();
        return new Actor(subject, roles, Values(user, Community), Values(user, District));
    }

    private static HashSet<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type).SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
}
