using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Applications;

/// <summary>The steps that move an application through the workflow.</summary>
public enum WorkflowAction
{
    /// <summary>The community submits (or resubmits after revision).</summary>
    Submit,

    /// <summary>A failed gate vetoes the application.</summary>
    Veto,

    /// <summary>The district begins its review.</summary>
    BeginReview,

    /// <summary>The district grants the district-level title.</summary>
    AwardAtDistrictLevel,

    /// <summary>The district returns the application for revision before a deadline.</summary>
    ReturnForRevision,

    /// <summary>The district rejects the application.</summary>
    Reject,

    /// <summary>The district recommends the community to the city.</summary>
    Recommend,

    /// <summary>The district declines to recommend.</summary>
    Decline,

    /// <summary>The city assigns an evaluation panel.</summary>
    AssignPanel,

    /// <summary>The panel records the first step of its visit.</summary>
    BeginEvaluation,

    /// <summary>The panel completes its evaluation.</summary>
    CompleteEvaluation,

    /// <summary>The collective review puts the community on the candidate list.</summary>
    MarkCandidate,

    /// <summary>The collective review leaves the community off the candidate list.</summary>
    MarkNotCandidate,

    /// <summary>The candidate list is announced for publicity.</summary>
    OpenPublicity,

    /// <summary>The city grants the city-level title after publicity.</summary>
    Award,

    /// <summary>An upheld objection removes the candidate.</summary>
    UpholdObjection,
}

/// <summary>
/// The two-level workflow as a transition table: which action leads from which state to which, per title
/// level. Anything not in the table is refused with <c>WRONG_STATE</c>.
/// </summary>
public static class ApplicationWorkflow
{
    private static readonly Dictionary<(TitleLevel, ApplicationStatus, WorkflowAction), ApplicationStatus> Transitions = Build();

    /// <summary>Every transition, for documentation and tests.</summary>
    public static IReadOnlyDictionary<(TitleLevel Level, ApplicationStatus From, WorkflowAction Action), ApplicationStatus> All => Transitions;

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="from"/>, or null when it is not allowed.</summary>
    public static ApplicationStatus? Next(TitleLevel level, ApplicationStatus from, WorkflowAction action) =>
        Transitions.TryGetValue((level, from, action), out var to) ? to : null;

    private static Dictionary<(TitleLevel, ApplicationStatus, WorkflowAction), ApplicationStatus> Build()
    {
        var table = new Dictionary<(TitleLevel, ApplicationStatus, WorkflowAction), ApplicationStatus>();
        foreach (var level in new[] { TitleLevel.District, TitleLevel.City })
        {
            table[(level, ApplicationStatus.Draft, WorkflowAction.Submit)] = ApplicationStatus.Submitted;
            table[(level, ApplicationStatus.ReturnedForRevision, WorkflowAction.Submit)] = ApplicationStatus.Submitted;
            table[(level, ApplicationStatus.Draft, WorkflowAction.Veto)] = ApplicationStatus.Rejected;
            table[(level, ApplicationStatus.ReturnedForRevision, WorkflowAction.Veto)] = ApplicationStatus.Rejected;
            table[(level, ApplicationStatus.Submitted, WorkflowAction.BeginReview)] = ApplicationStatus.UnderDistrictReview;
            table[(level, ApplicationStatus.UnderDistrictReview, WorkflowAction.ReturnForRevision)] = ApplicationStatus.ReturnedForRevision;
        }

        table[(TitleLevel.District, ApplicationStatus.UnderDistrictReview, WorkflowAction.AwardAtDistrictLevel)] = ApplicationStatus.AwardedAtDistrictLevel;
        table[(TitleLevel.District, ApplicationStatus.UnderDistrictReview, WorkflowAction.Reject)] = ApplicationStatus.Rejected;

        table[(TitleLevel.City, ApplicationStatus.UnderDistrictReview, WorkflowAction.Recommend)] = ApplicationStatus.RecommendedToCity;
        table[(TitleLevel.City, ApplicationStatus.UnderDistrictReview, WorkflowAction.Decline)] = ApplicationStatus.DeclinedByDistrict;
        table[(TitleLevel.City, ApplicationStatus.RecommendedToCity, WorkflowAction.AssignPanel)] = ApplicationStatus.PanelAssigned;
        table[(TitleLevel.City, ApplicationStatus.PanelAssigned, WorkflowAction.BeginEvaluation)] = ApplicationStatus.UnderEvaluation;
        table[(TitleLevel.City, ApplicationStatus.UnderEvaluation, WorkflowAction.CompleteEvaluation)] = ApplicationStatus.Evaluated;
        table[(TitleLevel.City, ApplicationStatus.Evaluated, WorkflowAction.MarkCandidate)] = ApplicationStatus.Candidate;
        table[(TitleLevel.City, ApplicationStatus.Evaluated, WorkflowAction.MarkNotCandidate)] = ApplicationStatus.NotCandidate;
        table[(TitleLevel.City, ApplicationStatus.Candidate, WorkflowAction.OpenPublicity)] = ApplicationStatus.InPublicity;
        table[(TitleLevel.City, ApplicationStatus.InPublicity, WorkflowAction.Award)] = ApplicationStatus.Awarded;
        table[(TitleLevel.City, ApplicationStatus.InPublicity, WorkflowAction.UpholdObjection)] = ApplicationStatus.RejectedAfterObjection;
        return table;
    }
}
