using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Reviews;

/// <summary>The campaign-wide meeting (集体复议) at which all panels report and the candidate list is fixed.</summary>
public sealed class CollectiveReview : Entity
{
    private readonly List<CollectiveReviewDecision> _decisions = [];

    private CollectiveReview()
    {
    }

    /// <summary>Records a collective review held on a day.</summary>
    public CollectiveReview(int campaignId, DateOnly heldOn)
    {
        CampaignId = campaignId;
        HeldOn = heldOn;
    }

    /// <summary>The campaign.</summary>
    public int CampaignId { get; private set; }

    /// <summary>The day of the meeting.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>One decision per application reviewed.</summary>
    public IReadOnlyList<CollectiveReviewDecision> Decisions => _decisions;

    /// <summary>Records whether an application is a candidate, with the reasons.</summary>
    public CollectiveReviewDecision Decide(int applicationId, bool candidate, string reasons)
    {
        _decisions.RemoveAll(d => d.ApplicationId == applicationId);
        var decision = new CollectiveReviewDecision(applicationId, candidate, reasons);
        _decisions.Add(decision);
        return decision;
    }
}

/// <summary>The collective review's decision on one application.</summary>
public sealed class CollectiveReviewDecision : Entity
{
    private CollectiveReviewDecision()
    {
        Reasons = string.Empty;
    }

    internal CollectiveReviewDecision(int applicationId, bool candidate, string reasons)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reasons);
        ApplicationId = applicationId;
        Candidate = candidate;
        Reasons = reasons;
    }

    /// <summary>The review.</summary>
    public int CollectiveReviewId { get; private set; }

    /// <summary>The application decided on.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>True when the application goes on the candidate list.</summary>
    public bool Candidate { get; private set; }

    /// <summary>Why.</summary>
    public string Reasons { get; private set; }
}
