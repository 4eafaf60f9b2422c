using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Evaluations;

/// <summary>The on-site procedure, enforced: steps in order, scores within bounds and at the right moment.</summary>
public sealed partial class Evaluation
{
    /// <summary>The last step recorded, if any.</summary>
    public EvaluationStep? LastStep => _steps.Count == 0 ? null : _steps.Max(s => s.Step);

    /// <summary>
    /// Records the next step of the procedure: report heard, documents reviewed, forum and questionnaire held
    /// (with its results), site inspected, scores given (once every evaluator has scored every indicator),
    /// feedback given.
    /// </summary>
    public Outcome RecordNextStep(EvaluationStep step, string? notes, QuestionnaireResult? questionnaire, Panel panel, CriteriaScheme scheme, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(scheme);
        if (CompletedAt is not null)
        {
            return new DomainError(DomainErrorCodes.WrongState, "The evaluation is already complete.", "step");
        }

        var expected = (EvaluationStep)((int)(LastStep ?? 0) + 1);
        if (step != expected)
        {
            return new DomainError(DomainErrorCodes.StepOutOfOrder, LastStep is null
                ? $"The procedure starts with {EvaluationStep.ReportHeard}."
                : $"After {LastStep} comes {expected}, not {step}.", "step");
        }

        if (step == EvaluationStep.ForumAndQuestionnaireHeld)
        {
            if (questionnaire is null || questionnaire.Respondents <= 0
                || questionnaire.Satisfied < 0 || questionnaire.Satisfied > questionnaire.Respondents
                || questionnaire.AwareOfProgramme < 0 || questionnaire.AwareOfProgramme > questionnaire.Respondents)
            {
                return new DomainError(DomainErrorCodes.InvalidInput, "Record the questionnaire: respondents, and how many of them were satisfied and aware, none above the respondents.", "questionnaire");
            }
        }
        else if (questionnaire is not null)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "A questionnaire belongs to the forum and questionnaire step only.", "questionnaire");
        }

        if (step == EvaluationStep.ScoresGiven)
        {
            var indicators = scheme.Sections.SelectMany(s => s.Indicators).Select(i => i.Id).ToHashSet();
            var missing = panel.Members.Where(m => indicators.Any(i => !_scores.Exists(s => s.PanelMemberId == m.Id && s.IndicatorId == i))).Select(m => m.DisplayName).ToList();
            if (missing.Count > 0)
            {
                return new DomainError(DomainErrorCodes.WrongState, $"Every evaluator must score every indicator first; missing scores from {string.Join(", ", missing)}.", "step");
            }
        }

        RecordStep(step, at, notes, questionnaire);
        return Outcome.Ok;
    }

    /// <summary>
    /// An evaluator's points for indicators, given on site after the inspection and before the scores are
    /// closed. Each must lie within 0..the indicator's maximum; all are checked before any is kept.
    /// </summary>
    public Outcome ScoreIndicators(PanelMember member, IReadOnlyList<(Indicator Indicator, decimal Points)> points)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(points);
        if (LastStep != EvaluationStep.SiteInspected)
        {
            return new DomainError(DomainErrorCodes.WrongState, $"Scores are given after {EvaluationStep.SiteInspected} and before {EvaluationStep.ScoresGiven}; the last step recorded is {LastStep?.ToString() ?? "none"}.", "scores");
        }

        foreach (var (indicator, value) in points)
        {
            if (!indicator.Accepts(value))
            {
                return new DomainError(DomainErrorCodes.ScoreOutOfRange, $"{indicator.Code} takes 0..{indicator.MaximumPoints} points, not {value}.", "scores");
            }
        }

        foreach (var (indicator, value) in points)
        {
            Score(member.Id, indicator.Id, value);
        }

        return Outcome.Ok;
    }

    /// <summary>
    /// Completes the evaluation once feedback has been given: the panel score follows the scheme's rule
    /// (<see cref="PanelScoring"/>) from each evaluator's total.
    /// </summary>
    public Outcome Conclude(Panel panel, string feedback, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (CompletedAt is not null || LastStep != EvaluationStep.FeedbackGiven)
        {
            return new DomainError(DomainErrorCodes.WrongState, $"An evaluation completes once {EvaluationStep.FeedbackGiven} is recorded and only once.", "evaluation");
        }

        if (string.IsNullOrWhiteSpace(feedback))
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "Record the feedback given to the community.", "feedback");
        }

        Complete(PanelScoring.PanelScore(EvaluatorTotals(panel).Values.ToList()), feedback, at);
        return Outcome.Ok;
    }

    /// <summary>Each evaluator's total: the sum of their indicator points.</summary>
    public IReadOnlyDictionary<int, decimal> EvaluatorTotals(Panel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.Members.ToDictionary(m => m.Id, m => _scores.Where(s => s.PanelMemberId == m.Id).Sum(s => s.Points));
    }

    /// <summary>Fails with <c>CONFLICT</c> when the caller read an older version.</summary>
    public DomainError? CheckVersion(int expected) =>
        expected == Version ? null : new DomainError(DomainErrorCodes.Conflict, $"The evaluation changed since you read it (your version {expected}, now {Version}); read it again and retry.", "version");
}
