using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Applications;

/// <summary>The application's workflow operations. Each checks everything before it changes anything.</summary>
public sealed partial class Application
{
    /// <summary>
    /// Opens a draft application of a community for a campaign, while the campaign accepts applications. A
    /// city-level application needs a district-level title valid today.
    /// </summary>
    public static (Application? Application, DomainError? Error) Open(Campaign campaign, int communityId, bool holdsValidDistrictTitle, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var today = DateOnly.FromDateTime(now);
        if (today < campaign.Timetable.ApplicationsOpen || today > campaign.Timetable.ApplicationsClose)
        {
            return (null, new DomainError(
                DomainErrorCodes.DeadlinePassed,
                $"The campaign accepts applications from {campaign.Timetable.ApplicationsOpen:yyyy-MM-dd} to {campaign.Timetable.ApplicationsClose:yyyy-MM-dd}.",
                "campaignId"));
        }

        if (campaign.Level == TitleLevel.City && !holdsValidDistrictTitle)
        {
            return (null, new DomainError(DomainErrorCodes.NotEligible, "Only holders of a valid district-level title may apply for the city-level title.", "communityId"));
        }

        return (new Application(campaign.Id, communityId, by, now), null);
    }

    /// <summary>Records the community's self-assessment and the facts the gates are judged on, while it may still edit.</summary>
    public Outcome UpdateSelfAssessment(CriteriaScheme scheme, decimal? score, GateFacts? facts)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.ReturnedForRevision))
        {
            return WrongState("update the self-assessment");
        }

        if (score is { } s && (s < 0 || s > scheme.MaximumScore))
        {
            return new DomainError(DomainErrorCodes.ScoreOutOfRange, $"A self-assessed score lies within 0..{scheme.MaximumScore}.", "selfAssessedScore");
        }

        if (facts is not null && (facts.PenaltyCases < 0 || facts.ComplaintsReceived < 0 || facts.ComplaintsAnsweredInTime < 0 || facts.ComplaintsAnsweredInTime > facts.ComplaintsReceived))
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "Counts cannot be negative, and no more complaints can be answered than were received.", "gateFacts");
        }

        if (score is { } value)
        {
            RecordSelfAssessment(value);
        }

        if (facts is not null)
        {
            RecordGateFacts(facts);
        }

        return Outcome.Ok;
    }

    /// <summary>Attaches evidence while the community may still edit.</summary>
    public Outcome Attach(string title, string kind, Uri? location, DateTime now)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.ReturnedForRevision))
        {
            return WrongState("attach evidence");
        }

        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(kind))
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "Evidence needs a title and a kind.", "title");
        }

        AttachEvidence(title, kind, location, now);
        return Outcome.Ok;
    }

    /// <summary>Withdraws a piece of evidence while the community may still edit; it stays on file, marked withdrawn.</summary>
    public Outcome WithdrawEvidence(int evidenceId, string reason, DateTime now)
    {
        if (Status is not (ApplicationStatus.Draft or ApplicationStatus.ReturnedForRevision))
        {
            return WrongState("withdraw evidence from");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "Say why the evidence is withdrawn.", "reason");
        }

        var evidence = _evidence.FirstOrDefault(e => e.Id == evidenceId);
        if (evidence is null)
        {
            return new DomainError(DomainErrorCodes.NotFound, "This application has no such evidence.", "evidence");
        }

        if (evidence.WithdrawnAt is not null)
        {
            return new DomainError(DomainErrorCodes.WrongState, "This evidence is already withdrawn.", "evidence");
        }

        evidence.Withdraw(reason.Trim(), now);
        Version++;
        return Outcome.Ok;
    }

    /// <summary>
    /// Submits (or resubmits) the application. The gates are judged from the recorded facts and the verdicts
    /// kept; a failed gate vetoes the application, which is then rejected whatever its score.
    /// </summary>
    public Outcome Submit(Campaign campaign, CriteriaScheme scheme, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(scheme);
        if (ApplicationWorkflow.Next(campaign.Level, Status, WorkflowAction.Submit) is not { } next)
        {
            return WrongState("submit");
        }

        var today = DateOnly.FromDateTime(now);
        var deadline = Status == ApplicationStatus.ReturnedForRevision ? RevisionDeadline ?? campaign.Timetable.ApplicationsClose : campaign.Timetable.ApplicationsClose;
        if (today > deadline)
        {
            return new DomainError(DomainErrorCodes.DeadlinePassed, $"The deadline to submit was {deadline:yyyy-MM-dd}.", "applicationId");
        }

        if (GateFacts is null)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "Record the gate facts (occupancy, penalty cases, complaints) before submitting.", "gateFacts");
        }

        var verdicts = GateRules.Judge(scheme, GateFacts, GateStage.Submission, now);
        foreach (var verdict in verdicts)
        {
            KeepVerdict(verdict);
        }

        var failed = verdicts.Where(v => !v.Passed).ToList();
        if (failed.Count > 0)
        {
            var reasons = string.Join(" ", failed.Select(v => $"{v.Gate}: {v.Evidence}"));
            Record(WorkflowAction.Veto, campaign.Level, by, now, "Vetoed at submission, failed gate(s). " + reasons);
            return Outcome.Vetoed(new DomainError(DomainErrorCodes.GateFailed, "A hard eligibility gate failed, which vetoes the application whatever its score. " + reasons, "gateFacts"));
        }

        MoveTo(next, by, now, "Submitted.");
        return Outcome.Ok;
    }

    /// <summary>The district begins its review.</summary>
    public Outcome BeginReview(Campaign campaign, string by, DateTime now) => Apply(campaign, WorkflowAction.BeginReview, by, now, "District review begun.");

    /// <summary>The district returns the application to the community, to resubmit by <paramref name="deadline"/>.</summary>
    public Outcome ReturnForRevision(Campaign campaign, DateOnly deadline, string reasons, string by, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reasons))
        {
            return ReasonsRequired();
        }

        if (deadline <= DateOnly.FromDateTime(now))
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "The revision deadline must be after today.", "revisionDeadline");
        }

        return Apply(campaign, WorkflowAction.ReturnForRevision, by, now, reasons, deadline);
    }

    /// <summary>The district rejects a district-level application.</summary>
    public Outcome Reject(Campaign campaign, string reasons, string by, DateTime now) =>
        string.IsNullOrWhiteSpace(reasons) ? ReasonsRequired() : Apply(campaign, WorkflowAction.Reject, by, now, reasons);

    /// <summary>The district grants the district-level title; a score, when given, must reach the pass mark.</summary>
    public Outcome AwardAtDistrictLevel(Campaign campaign, CriteriaScheme scheme, decimal? score, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (score is { } s)
        {
            if (s < 0 || s > scheme.MaximumScore)
            {
                return new DomainError(DomainErrorCodes.ScoreOutOfRange, $"A score lies within 0..{scheme.MaximumScore}.", "score");
            }

            if (scheme.PassMarkFor(TitleLevel.District) is { } passMark && s < passMark)
            {
                return new DomainError(DomainErrorCodes.BelowPassMark, $"{s} is below the district-level pass mark of {passMark}.", "score");
            }
        }

        return Apply(campaign, WorkflowAction.AwardAtDistrictLevel, by, now, "District-level title granted.");
    }

    /// <summary>The district recommends the community to the city, or declines to, with reasons.</summary>
    public Outcome Recommend(Campaign campaign, bool recommend, string reasons, string by, DateTime now) =>
        string.IsNullOrWhiteSpace(reasons)
            ? ReasonsRequired()
            : Apply(campaign, recommend ? WorkflowAction.Recommend : WorkflowAction.Decline, by, now, reasons);

    /// <summary>The city assigns a panel of the same campaign.</summary>
    public Outcome AssignPanel(Campaign campaign, int panelCampaignId, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return panelCampaignId != campaign.Id
            ? new DomainError(DomainErrorCodes.InvalidInput, "The panel belongs to another campaign.", "panelId")
            : Apply(campaign, WorkflowAction.AssignPanel, by, now, "Evaluation panel assigned.");
    }

    /// <summary>The panel's visit begins (its first recorded step).</summary>
    public Outcome BeginEvaluation(Campaign campaign, string by, DateTime now) => Apply(campaign, WorkflowAction.BeginEvaluation, by, now, "On-site evaluation begun.");

    /// <summary>The panel's evaluation is complete.</summary>
    public Outcome CompleteEvaluation(Campaign campaign, decimal panelScore, string by, DateTime now) =>
        Apply(campaign, WorkflowAction.CompleteEvaluation, by, now, $"On-site evaluation complete; panel score {panelScore}.");

    /// <summary>
    /// The collective review's decision. The gates are judged again from the recorded facts and the verdicts
    /// kept: a failed gate leaves the community off the list whatever the score. A candidate must reach the
    /// city-level pass mark.
    /// </summary>
    public Outcome DecideCandidacy(Campaign campaign, CriteriaScheme scheme, decimal panelScore, bool candidate, string reasons, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(scheme);
        if (string.IsNullOrWhiteSpace(reasons))
        {
            return ReasonsRequired();
        }

        if (ApplicationWorkflow.Next(campaign.Level, Status, WorkflowAction.MarkCandidate) is null)
        {
            return WrongState("decide candidacy");
        }

        if (candidate && scheme.PassMarkFor(campaign.Level) is { } passMark && panelScore < passMark)
        {
            return new DomainError(DomainErrorCodes.BelowPassMark, $"The panel score {panelScore} is below the pass mark of {passMark}.", "candidate");
        }

        if (GateFacts is null)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "The application has no gate facts to judge.", "gateFacts");
        }

        var verdicts = GateRules.Judge(scheme, GateFacts, GateStage.CollectiveReview, now);
        foreach (var verdict in verdicts)
        {
            KeepVerdict(verdict);
        }

        var failed = verdicts.Where(v => !v.Passed).ToList();
        if (failed.Count > 0)
        {
            var gateReasons = string.Join(" ", failed.Select(v => $"{v.Gate}: {v.Evidence}"));
            Record(WorkflowAction.MarkNotCandidate, campaign.Level, by, now, "Failed gate(s) at collective review. " + gateReasons);
            return candidate
                ? Outcome.Vetoed(new DomainError(DomainErrorCodes.GateFailed, "A hard eligibility gate failed at collective review, which vetoes the candidacy whatever the score. " + gateReasons, "candidate"))
                : Outcome.Ok;
        }

        Record(candidate ? WorkflowAction.MarkCandidate : WorkflowAction.MarkNotCandidate, campaign.Level, by, now, reasons);
        return Outcome.Ok;
    }

    /// <summary>The candidate is announced for publicity.</summary>
    public Outcome EnterPublicity(Campaign campaign, string by, DateTime now) => Apply(campaign, WorkflowAction.OpenPublicity, by, now, "Announced for publicity.");

    /// <summary>An upheld objection removes the candidate.</summary>
    public Outcome UpholdObjection(Campaign campaign, string resolution, string by, DateTime now) =>
        Apply(campaign, WorkflowAction.UpholdObjection, by, now, "Objection upheld: " + resolution);

    /// <summary>The city grants the city-level title.</summary>
    public Outcome GrantCityTitle(Campaign campaign, string by, DateTime now) => Apply(campaign, WorkflowAction.Award, by, now, "City-level title granted.");

    /// <summary>Fails with <c>CONFLICT</c> when the caller read an older version.</summary>
    public DomainError? CheckVersion(int expected) =>
        expected == Version ? null : new DomainError(DomainErrorCodes.Conflict, $"The application changed since you read it (your version {expected}, now {Version}); read it again and retry.", "version");

    private Outcome Apply(Campaign campaign, WorkflowAction action, string by, DateTime now, string comment, DateOnly? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (ApplicationWorkflow.Next(campaign.Level, Status, action) is null)
        {
            return WrongState(action.ToString());
        }

        Record(action, campaign.Level, by, now, comment, deadline);
        return Outcome.Ok;
    }

    private void Record(WorkflowAction action, TitleLevel level, string by, DateTime now, string comment, DateOnly? deadline = null)
    {
        var next = ApplicationWorkflow.Next(level, Status, action)
            ?? throw new InvalidOperationException($"{action} is not allowed from {Status}.");
        MoveTo(next, by, now, comment, deadline);
    }

    private DomainError WrongState(string what) =>
        new(DomainErrorCodes.WrongState, $"Cannot {what} an application that is {Status}.", "applicationId");

    private static DomainError ReasonsRequired() => new(DomainErrorCodes.InvalidInput, "Give the reasons.", "reasons");
}
