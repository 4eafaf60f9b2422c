using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Evaluations;

/// <summary>The steps of an on-site evaluation, in the order the procedure requires.</summary>
public enum EvaluationStep
{
    /// <summary>The panel hears the community's report.</summary>
    ReportHeard = 1,

    /// <summary>The panel reviews the documents.</summary>
    DocumentsReviewed = 2,

    /// <summary>A residents' forum and a questionnaire survey are held.</summary>
    ForumAndQuestionnaireHeld = 3,

    /// <summary>The panel inspects the site.</summary>
    SiteInspected = 4,

    /// <summary>Scores are given on site.</summary>
    ScoresGiven = 5,

    /// <summary>The panel gives feedback to the community.</summary>
    FeedbackGiven = 6,
}

/// <summary>A panel's on-site visit to one application: the steps done, the evaluators' scores, the feedback.</summary>
public sealed partial class Evaluation : Entity
{
    private readonly List<EvaluationStepRecord> _steps = [];
    private readonly List<IndicatorScore> _scores = [];

    private Evaluation()
    {
    }

    /// <summary>Opens the evaluation of an application by a panel.</summary>
    public Evaluation(int applicationId, int panelId)
    {
        ApplicationId = applicationId;
        PanelId = panelId;
    }

    /// <summary>The application evaluated.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>The panel evaluating.</summary>
    public int PanelId { get; private set; }

    /// <summary>The panel score, once the evaluation is complete.</summary>
    public decimal? PanelScore { get; private set; }

    /// <summary>Feedback given to the community.</summary>
    public string? Feedback { get; private set; }

    /// <summary>When the evaluation was completed.</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>The steps recorded, in order.</summary>
    public IReadOnlyList<EvaluationStepRecord> Steps => _steps;

    /// <summary>Each evaluator's points per indicator.</summary>
    public IReadOnlyList<IndicatorScore> Scores => _scores;

    /// <summary>Records a procedure step with its notes.</summary>
    public EvaluationStepRecord RecordStep(EvaluationStep step, DateTime at, string? notes, QuestionnaireResult? questionnaire = null)
    {
        var record = new EvaluationStepRecord(step, at, notes, questionnaire);
        _steps.Add(record);
        Version++;
        return record;
    }

    /// <summary>Sets an evaluator's points for an indicator, replacing an earlier score.</summary>
    public void Score(int panelMemberId, int indicatorId, decimal points)
    {
        _scores.RemoveAll(s => s.PanelMemberId == panelMemberId && s.IndicatorId == indicatorId);
        _scores.Add(new IndicatorScore(panelMemberId, indicatorId, points));
        Version++;
    }

    /// <summary>Completes the evaluation with its panel score and feedback.</summary>
    public void Complete(decimal panelScore, string feedback, DateTime at)
    {
        PanelScore = panelScore;
        Feedback = feedback;
        CompletedAt = at;
        Version++;
    }
}

/// <summary>A procedure step recorded during an evaluation.</summary>
public sealed class EvaluationStepRecord : Entity
{
    private EvaluationStepRecord()
    {
    }

    internal EvaluationStepRecord(EvaluationStep step, DateTime at, string? notes, QuestionnaireResult? questionnaire)
    {
        Step = step;
        At = at;
        Notes = notes;
        Questionnaire = questionnaire;
    }

    /// <summary>The evaluation.</summary>
    public int EvaluationId { get; private set; }

    /// <summary>Which step.</summary>
    public EvaluationStep Step { get; private set; }

    /// <summary>When it was done.</summary>
    public DateTime At { get; private set; }

    /// <summary>The panel's notes.</summary>
    public string? Notes { get; private set; }

    /// <summary>For the forum and questionnaire step: respondents and results.</summary>
    public QuestionnaireResult? Questionnaire { get; private set; }
}

/// <summary>Aggregate results of a resident questionnaire: only counts, never answers of individuals.</summary>
/// <param name="Respondents">Residents who answered.</param>
/// <param name="Satisfied">Respondents satisfied with the community's environment.</param>
/// <param name="AwareOfProgramme">Respondents aware of the Green Community programme.</param>
public sealed record QuestionnaireResult(int Respondents, int Satisfied, int AwareOfProgramme);

/// <summary>One evaluator's points for one indicator.</summary>
public sealed class IndicatorScore : Entity
{
    private IndicatorScore()
    {
    }

    internal IndicatorScore(int panelMemberId, int indicatorId, decimal points)
    {
        if (points < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "Points cannot be negative.");
        }

        PanelMemberId = panelMemberId;
        IndicatorId = indicatorId;

        // Normalises decimal negative zero (-0.0), which compares equal to zero but prints with a sign.
        Points = points == 0m ? 0m : points;
    }

    /// <summary>The evaluation.</summary>
    public int EvaluationId { get; private set; }

    /// <summary>The evaluator.</summary>
    public int PanelMemberId { get; private set; }

    /// <summary>The criteria-scheme indicator.</summary>
    public int IndicatorId { get; private set; }

    /// <summary>The points given.</summary>
    public decimal Points { get; private set; }
}
