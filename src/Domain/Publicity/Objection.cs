using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Publicity;

/// <summary>How the city resolved an objection.</summary>
public enum ObjectionResolution
{
    /// <summary>Not yet resolved.</summary>
    Pending,

    /// <summary>Upheld: the candidate is removed.</summary>
    Upheld,

    /// <summary>Dismissed: the candidate stays.</summary>
    Dismissed,
}

/// <summary>An objection raised during a publicity period. The objector's identity and contact are never public.</summary>
public sealed class Objection : Entity
{
    private Objection()
    {
        Reasons = string.Empty;
    }

    /// <summary>Files an objection against a candidate.</summary>
    public Objection(int publicityNoticeId, int applicationId, string reasons, string? evidence, string? objectorContact, DateTime filedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reasons);
        PublicityNoticeId = publicityNoticeId;
        ApplicationId = applicationId;
        Reasons = reasons;
        Evidence = evidence;
        ObjectorContact = objectorContact;
        FiledAt = filedAt;
        Resolution = ObjectionResolution.Pending;
    }

    /// <summary>The notice objected to.</summary>
    public int PublicityNoticeId { get; private set; }

    /// <summary>The candidate objected to.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>The objector's reasons.</summary>
    public string Reasons { get; private set; }

    /// <summary>Evidence offered.</summary>
    public string? Evidence { get; private set; }

    /// <summary>How to reach the objector; personal data, never published.</summary>
    public string? ObjectorContact { get; private set; }

    /// <summary>When it was filed.</summary>
    public DateTime FiledAt { get; private set; }

    /// <summary>The city's resolution.</summary>
    public ObjectionResolution Resolution { get; private set; }

    /// <summary>The city's reasons for its resolution.</summary>
    public string? ResolutionNote { get; private set; }

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>When it was resolved.</summary>
    public DateTime? ResolvedAt { get; private set; }

    /// <summary>Records the city's resolution.</summary>
    public void Resolve(ObjectionResolution resolution, string note, DateTime at)
    {
        if (resolution == ObjectionResolution.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Resolve with Upheld or Dismissed.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Resolution = resolution;
        ResolutionNote = note;
        ResolvedAt = at;
        Version++;
    }
}
