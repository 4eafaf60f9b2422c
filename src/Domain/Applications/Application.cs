using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Applications;

/// <summary>A community's request for a title in a campaign, with its evidence, gate facts and history.</summary>
public sealed partial class Application : Entity
{
    private readonly List<Evidence> _evidence = [];
    private readonly List<ApplicationEvent> _history = [];
    private readonly List<GateVerdict> _gateVerdicts = [];

    private Application()
    {
    }

    /// <summary>Opens a draft application.</summary>
    public Application(int campaignId, int communityId, string createdBy, DateTime createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        CampaignId = campaignId;
        CommunityId = communityId;
        Status = ApplicationStatus.Draft;
        CreatedAt = createdAt;
        _history.Add(new ApplicationEvent(null, ApplicationStatus.Draft, createdBy, createdAt, "Application opened."));
    }

    /// <summary>The campaign applied to.</summary>
    public int CampaignId { get; private set; }

    /// <summary>The campaign applied to.</summary>
    public Campaign? Campaign { get; private set; }

    /// <summary>The applying community.</summary>
    public int CommunityId { get; private set; }

    /// <summary>The applying community.</summary>
    public Community? Community { get; private set; }

    /// <summary>The current workflow state.</summary>
    public ApplicationStatus Status { get; private set; }

    /// <summary>When the application was opened.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>The community's own score against the scheme, when it has assessed itself.</summary>
    public decimal? SelfAssessedScore { get; private set; }

    /// <summary>The recorded facts the gates are judged on.</summary>
    public GateFacts? GateFacts { get; private set; }

    /// <summary>The deadline to resubmit, when returned for revision.</summary>
    public DateOnly? RevisionDeadline { get; private set; }

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>Documents and records attached.</summary>
    public IReadOnlyList<Evidence> Evidence => _evidence;

    /// <summary>Every step taken, oldest first.</summary>
    public IReadOnlyList<ApplicationEvent> History => _history;

    /// <summary>Gate verdicts, each kept with its evidence.</summary>
    public IReadOnlyList<GateVerdict> GateVerdicts => _gateVerdicts;

    /// <summary>Records the facts the gates are judged on.</summary>
    public void RecordGateFacts(GateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        GateFacts = facts;
        Version++;
    }

    /// <summary>Records the community's self-assessed score.</summary>
    public void RecordSelfAssessment(decimal score)
    {
        if (score < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score cannot be negative.");
        }

        SelfAssessedScore = score == 0m ? 0m : score;
        Version++;
    }

    /// <summary>Attaches a piece of evidence.</summary>
    public Evidence AttachEvidence(string title, string kind, Uri? location, DateTime at)
    {
        var evidence = new Evidence(title, kind, location, at);
        _evidence.Add(evidence);
        Version++;
        return evidence;
    }

    /// <summary>Keeps a gate verdict.</summary>
    public void KeepVerdict(GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        _gateVerdicts.Add(verdict);
        Version++;
    }

    /// <summary>
    /// Moves the application to <paramref name="to"/> and records who did it. The caller (the workflow)
    /// decides whether the move is legal; this only records it.
    /// </summary>
    public void MoveTo(ApplicationStatus to, string by, DateTime at, string? comment, DateOnly? revisionDeadline = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        _history.Add(new ApplicationEvent(Status, to, by, at, comment));
        Status = to;
        RevisionDeadline = to == ApplicationStatus.ReturnedForRevision ? revisionDeadline : null;
        Version++;
    }
}

/// <summary>The recorded facts the gates are judged on.</summary>
/// <param name="OccupancyRate">The occupancy rate at the time of recording.</param>
/// <param name="PenaltyCases">Number of penalty cases on record against the community.</param>
/// <param name="ComplaintsReceived">Residents' pollution complaints received.</param>
/// <param name="ComplaintsAnsweredInTime">Of those, complaints handled and answered within the deadline.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record GateFacts(Percentage OccupancyRate, int PenaltyCases, int ComplaintsReceived, int ComplaintsAnsweredInTime, string Source);

/// <summary>One step in an application's history.</summary>
public sealed class ApplicationEvent : Entity
{
    private ApplicationEvent()
    {
        By = string.Empty;
    }

    internal ApplicationEvent(ApplicationStatus? from, ApplicationStatus to, string by, DateTime at, string? comment)
    {
        From = from;
        To = to;
        By = by;
        At = at;
        Comment = comment;
    }

    /// <summary>The application.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>The state before the step; null for the first.</summary>
    public ApplicationStatus? From { get; private set; }

    /// <summary>The state after the step.</summary>
    public ApplicationStatus To { get; private set; }

    /// <summary>Who took the step (the subject of the caller's token).</summary>
    public string By { get; private set; }

    /// <summary>When.</summary>
    public DateTime At { get; private set; }

    /// <summary>Comment or reasons given.</summary>
    public string? Comment { get; private set; }
}

/// <summary>A document or record attached to an application.</summary>
public sealed class Evidence : Entity
{
    private Evidence()
    {
        Title = string.Empty;
        Kind = string.Empty;
    }

    internal Evidence(string title, string kind, Uri? location, DateTime attachedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Title = title;
        Kind = kind;
        Location = location;
        AttachedAt = attachedAt;
    }

    /// <summary>The application.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>What the document is.</summary>
    public string Title { get; private set; }

    /// <summary>The sort of document (report, photo, minutes, survey...).</summary>
    public string Kind { get; private set; }

    /// <summary>Where the document is kept, when online.</summary>
    public Uri? Location { get; private set; }

    /// <summary>When it was attached.</summary>
    public DateTime AttachedAt { get; private set; }

    /// <summary>When it was withdrawn; null while it stands.</summary>
    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>Why it was withdrawn.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>Marks the evidence withdrawn: it stays on file, so the trail and earlier verdicts can still name it.</summary>
    internal void Withdraw(string reason, DateTime at)
    {
        WithdrawnAt = at;
        WithdrawalReason = reason;
    }
}
