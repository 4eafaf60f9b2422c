using System.Security.Cryptography;
using System.Text;

namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// The shape of an API key: <c>gck_</c>, a public prefix of 12 hexadecimal characters, <c>_</c>, and a secret of
/// 32 random bytes in base64url. Only the SHA-256 of the whole key is stored; the prefix finds the record.
/// </summary>
public static class ApiKeyCredentials
{
    /// <summary>The header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    private const string Scheme = "gck_";
    private const int PrefixLength = 12;

    /// <summary>A new key, its prefix and its hash.</summary>
    public static (string Key, string Prefix, string Hash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"{Scheme}{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    /// <summary>SHA-256 of <paramref name="key"/>, lowercase hexadecimal.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The prefix of a well-formed key; null for anything else.</summary>
    public static string? PrefixOf(string? key)
    {
        if (key is null || key.Length > 100 || !key.StartsWith(Scheme, StringComparison.Ordinal) || key.Length < Scheme.Length + PrefixLength + 2
            || key[Scheme.Length + PrefixLength] != '_')
        {
            return null;
        }

        var prefix = key.Substring(Scheme.Length, PrefixLength);
        return prefix.All(char.IsAsciiHexDigitLower) ? prefix : null;
    }

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, in constant time.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
