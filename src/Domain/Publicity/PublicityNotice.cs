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
