using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Applications;

/// <summary>What a trail entry records. Status changes are the application's history; the rest are kept as trail entries.</summary>
public enum TrailEntryKind
{
    /// <summary>The application moved from one state to another (its history).</summary>
    StatusChanged = 1,

    /// <summary>A document or record was attached.</summary>
    EvidenceAdded = 2,

    /// <summary>A document or record was withdrawn (it stays on file, marked withdrawn).</summary>
    EvidenceWithdrawn = 3,

    /// <summary>The community's self-assessed score was set or changed.</summary>
    SelfAssessmentChanged = 4,

    /// <summary>The facts the gates are judged on were recorded or changed.</summary>
    GateFactsRecorded = 5,

    /// <summary>A gate verdict was given (at submission or at collective review).</summary>
    GateVerdictGiven = 6,

    /// <summary>A step of the on-site procedure was recorded.</summary>
    EvaluationStepRecorded = 7,

    /// <summary>An evaluator gave points for an indicator.</summary>
    ScoreGiven = 8,

    /// <summary>An evaluator changed the points given for an indicator.</summary>
    ScoreChanged = 9,

    /// <summary>The evaluation was completed with its panel score.</summary>
    EvaluationCompleted = 10,

    /// <summary>The collective review put the application on the candidate list or left it off.</summary>
    CollectiveReviewDecided = 11,

    /// <summary>An objection was filed during publicity.</summary>
    ObjectionFiled = 12,

    /// <summary>The city ruled on an objection.</summary>
    ObjectionRuled = 13,

    /// <summary>A title was granted on the application.</summary>
    TitleAwarded = 14,

    /// <summary>The title granted on the application was revoked.</summary>
    TitleRevoked = 15,
}

/// <summary>
/// One change bearing on an application's result, kept for good: what changed, who changed it, when and why, with
/// the value before and after where a value changed. Entries are only ever added.
/// </summary>
public sealed class TrailEntry : Entity
{
    private TrailEntry()
    {
        By = string.Empty;
    }

    /// <summary>Records a change, made when the application's history had <paramref name="steps"/> status changes.</summary>
    public TrailEntry(int applicationId, int steps, TrailEntryKind kind, DateTime at, string by, TrailDetail detail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(detail);
        if (kind == TrailEntryKind.StatusChanged)
        {
            throw new ArgumentException("Status changes are the application's history, not trail entries.", nameof(kind));
        }

        ApplicationId = applicationId;
        Steps = steps;
        Kind = kind;
        At = at;
        By = by;
        Subject = detail.Subject;
        Before = detail.Before;
        After = detail.After;
        Reason = detail.Reason;
        EvaluatorsOnly = detail.EvaluatorsOnly;
        IndicatorId = detail.IndicatorId;
    }

    /// <summary>The application.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>
    /// How many status changes the application's history held when this was recorded: the entry comes after them
    /// and before the next, whatever the clocks say.
    /// </summary>
    public int Steps { get; private set; }

    /// <summary>What happened.</summary>
    public TrailEntryKind Kind { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; private set; }

    /// <summary>Who did it: the sign-in subject, or <c>public</c> for an objection from the public.</summary>
    public string By { get; private set; }

    /// <summary>What it concerns: the evidence's title, the indicator's or gate's code, the step, the level.</summary>
    public string? Subject { get; private set; }

    /// <summary>The value before, where a value changed.</summary>
    public string? Before { get; private set; }

    /// <summary>The value after, or the outcome.</summary>
    public string? After { get; private set; }

    /// <summary>The reasons or comment given.</summary>
    public string? Reason { get; private set; }

    /// <summary>True for an evaluator's individual score: only the city and the panel's evaluators read it.</summary>
    public bool EvaluatorsOnly { get; private set; }

    /// <summary>The criteria-scheme indicator a score is for.</summary>
    public int? IndicatorId { get; private set; }
}

/// <summary>The details of a <see cref="TrailEntry"/>.</summary>
/// <param name="Subject">What it concerns.</param>
/// <param name="Before">The value before, where a value changed.</param>
/// <param name="After">The value after, or the outcome.</param>
/// <param name="Reason">The reasons or comment given.</param>
/// <param name="EvaluatorsOnly">True for an evaluator's individual score.</param>
/// <param name="IndicatorId">The criteria-scheme indicator a score is for.</param>
public sealed record TrailDetail(string? Subject = null, string? Before = null, string? After = null, string? Reason = null, bool EvaluatorsOnly = false, int? IndicatorId = null);
