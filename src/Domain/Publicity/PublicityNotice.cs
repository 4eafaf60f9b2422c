using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Publicity;

/// <summary>The public announcement (公示) of a campaign's candidate list, open to objection until a deadline.</summary>
public sealed class PublicityNotice : Entity
{
    private readonly List<PublicityCandidate> _candidates = [];

    private PublicityNotice()
    {
        Title = null!;
    }

    /// <summary>Opens a notice on <paramref name="openedOn"/> for <paramref name="publicityDays"/> days.</summary>
    public PublicityNotice(int campaignId, LocalizedText title, DateOnly openedOn, int publicityDays, DateTime publishedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(publicityDays, 1);
        CampaignId = campaignId;
        Title = title;
        OpenedOn = openedOn;
        ObjectionDeadline = openedOn.AddDays(publicityDays - 1);
        PublishedAt = publishedAt;
    }

    /// <summary>The campaign.</summary>
    public int CampaignId { get; private set; }

    /// <summary>The notice's title.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>First day of the publicity period.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>Last day on which objections are accepted.</summary>
    public DateOnly ObjectionDeadline { get; private set; }

    /// <summary>When the notice was made public.</summary>
    public DateTime PublishedAt { get; private set; }

    /// <summary>The candidates announced.</summary>
    public IReadOnlyList<PublicityCandidate> Candidates => _candidates;

    /// <summary>True while objections may be filed on <paramref name="day"/>.</summary>
    public bool IsOpenOn(DateOnly day) => OpenedOn <= day && day <= ObjectionDeadline;

    /// <summary>
    /// Files an objection against a listed candidate while the notice is open. Reasons are required; the
    /// objector's contact is kept for the city only.
    /// </summary>
    public (Objection? Objection, DomainError? Error) FileObjection(int applicationId, string reasons, string? evidence, string? contact, DateTime now)
    {
        if (!IsOpenOn(DateOnly.FromDateTime(now)))
        {
            return (null, new DomainError(DomainErrorCodes.DeadlinePassed, $"Objections are accepted from {OpenedOn:yyyy-MM-dd} to {ObjectionDeadline:yyyy-MM-dd}.", "publicityNoticeId"));
        }

        if (!_candidates.Exists(c => c.ApplicationId == applicationId))
        {
            return (null, new DomainError(DomainErrorCodes.NotFound, "That candidate is not on this notice.", "candidateId"));
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            return (null, new DomainError(DomainErrorCodes.InvalidInput, "Give the reasons for the objection.", "reasons"));
        }

        return (new Objection(Id, applicationId, reasons.Trim(), evidence, contact, now), null);
    }

    /// <summary>True once the objection period is over on <paramref name="day"/>.</summary>
    public bool HasClosedBy(DateOnly day) => day > ObjectionDeadline;

    /// <summary>Lists a candidate application and its community.</summary>
    public void List(int applicationId, int communityId)
    {
        if (_candidates.Exists(c => c.ApplicationId == applicationId))
        {
            return;
        }

        _candidates.Add(new PublicityCandidate(applicationId, communityId));
    }
}

/// <summary>A candidate listed on a publicity notice.</summary>
public sealed class PublicityCandidate : Entity
{
    private PublicityCandidate()
    {
    }

    internal PublicityCandidate(int applicationId, int communityId)
    {
        ApplicationId = applicationId;
        CommunityId = communityId;
    }

    /// <summary>The notice.</summary>
    public int PublicityNoticeId { get; private set; }

    /// <summary>The candidate application.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>The candidate community.</summary>
    public int CommunityId { get; private set; }
}
