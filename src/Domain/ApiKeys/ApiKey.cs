using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.ApiKeys;

/// <summary>
/// A registered application's key for the public API: identified by its <see cref="Prefix"/> (public), checked by
/// the SHA-256 <see cref="Hash"/> of the whole key. The key itself is shown once, when issued, and never stored.
/// </summary>
public sealed class ApiKey : Entity
{
    /// <summary>The longest application name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Issues a key for <paramref name="name"/>.</summary>
    public ApiKey(string prefix, string hash, string name, string? contact, string issuedBy, DateTime issuedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Prefix = prefix;
        Hash = hash;
        Name = name;
        Contact = contact;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
    }

    private ApiKey()
    {
        Prefix = Hash = Name = IssuedBy = string.Empty;
    }

    /// <summary>The key's public identifier: the part after <c>gck_</c> and before the secret.</summary>
    public string Prefix { get; private set; }

    /// <summary>SHA-256 of the whole key, lowercase hexadecimal.</summary>
    public string Hash { get; private set; }

    /// <summary>The application the key is for.</summary>
    public string Name { get; private set; }

    /// <summary>Who to contact about the application (kept for the city, never published).</summary>
    public string? Contact { get; private set; }

    /// <summary>The subject of the city administrator who issued it.</summary>
    public string IssuedBy { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAt { get; private set; }

    /// <summary>When it was revoked (UTC); null while it is valid.</summary>
    public DateTime? RevokedAt { get; private set; }

    /// <summary>The subject of the city administrator who revoked it.</summary>
    public string? RevokedBy { get; private set; }

    /// <summary>True while the key may be used.</summary>
    public bool IsActive => RevokedAt is null;

    /// <summary>Revokes the key; a key is revoked once.</summary>
    public Outcome Revoke(string by, DateTime at)
    {
        if (RevokedAt is not null)
        {
            return new DomainError(DomainErrorCodes.WrongState, $"The key was already revoked on {RevokedAt:yyyy-MM-dd}.", "apiKey");
        }

        RevokedAt = at;
        RevokedBy = by;
        return Outcome.Ok;
    }
}
