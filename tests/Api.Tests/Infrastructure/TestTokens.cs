using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// Real JWTs for the tests, signed with a key the test host trusts through the same settings
/// <c>dotnet user-jwts</c> writes (<c>Authentication:Schemes:Bearer</c>).
/// </summary>
public static class TestTokens
{
    /// <summary>The issuer the test host trusts.</summary>
    public const string Issuer = "greencommunity-tests";

    /// <summary>The audience the test host expects.</summary>
    public const string Audience = "greencommunity-api";

    /// <summary>The signing key, new for each test run.</summary>
    public static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The settings that make the API trust <see cref="Key"/>.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
    };

    /// <summary>A valid token for a city administrator.</summary>
    public static string CityAdmin(string subject = "city-admin") => Mint(subject, ["CityAdmin"]);

    /// <summary>A valid token for a district reviewer.</summary>
    public static string Reviewer(params string[] districts) => Mint($"reviewer-{string.Join("-", districts)}", ["DistrictReviewer"], districts: districts);

    /// <summary>A valid token for a community applicant.</summary>
    public static string Applicant(string community) => Mint($"applicant-{community}", ["CommunityApplicant"], communities: [community]);

    /// <summary>A valid token for an evaluator.</summary>
    public static string Evaluator(string subject) => Mint(subject, ["Evaluator"]);

    /// <summary>A valid token with no role at all.</summary>
    public static string RoleLess(string subject = "resident") => Mint(subject, []);

    /// <summary>A token with the given claims (no <c>sub</c> when <paramref name="subject"/> is null); the optional arguments make it invalid in one way each.</summary>
    public static string Mint(
        string? subject,
        IEnumerable<string> roles,
        IEnumerable<string>? communities = null,
        IEnumerable<string>? districts = null,
        DateTime? expires = null,
        DateTime? notBefore = null,
        byte[]? key = null,
        string audience = Audience)
    {
        var claims = subject is null ? new List<Claim>() : [new("sub", subject)];
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        claims.AddRange((communities ?? []).Select(c => new Claim("community", c)));
        claims.AddRange((districts ?? []).Select(d => new Claim("district", d)));
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Key), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) claiming to be a city administrator.</summary>
    public static string WithoutSignature()
    {
        static string Encode(object value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"{Encode(new { alg = "none", typ = "JWT" })}.{Encode(new Dictionary<string, object> { ["sub"] = "intruder", ["roles"] = "CityAdmin", ["iss"] = Issuer, ["aud"] = Audience, ["nbf"] = now - 60, ["exp"] = now + 3600 })}.";
    }
}
