using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Evaluations;

/// <summary>Input of <c>formPanel</c>.</summary>
public sealed class FormPanelInput
{
    public string Campaign { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public IReadOnlyList<PanelMemberInput> Members { get; set; } = [];
}

/// <summary>An evaluator to seat on a panel.</summary>
public sealed class PanelMemberInput
{
    public string Subject { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? Contact { get; set; }
}

/// <summary>Input of <c>assignPanel</c>.</summary>
public sealed class AssignPanelInput : ApplicationVersionInput
{
    public string Panel { get; set; } = string.Empty;
}

/// <summary>An application and the evaluation version the caller read.</summary>
public class EvaluationChangeInput
{
    public string Application { get; set; } = string.Empty;

    public int EvaluationVersion { get; set; }
}

/// <summary>Input of <c>recordEvaluationStep</c>.</summary>
public sealed class RecordEvaluationStepInput : EvaluationChangeInput
{
    public EvaluationStep Step { get; set; }

    public string? Notes { get; set; }

    public QuestionnaireInput? Questionnaire { get; set; }
}

/// <summary>Questionnaire results as input.</summary>
public sealed class QuestionnaireInput
{
    public int Respondents { get; set; }

    public int Satisfied { get; set; }

    public int AwareOfProgramme { get; set; }
}

/// <summary>Input of <c>scoreIndicators</c>.</summary>
public sealed class ScoreIndicatorsInput : EvaluationChangeInput
{
    public IReadOnlyList<IndicatorPointsInput> Scores { get; set; } = [];
}

/// <summary>Points for one indicator.</summary>
public sealed class IndicatorPointsInput
{
    public string Indicator { get; set; } = string.Empty;

    public double Points { get; set; }
}

/// <summary>Input of <c>completeEvaluation</c>.</summary>
public sealed class CompleteEvaluationInput : EvaluationChangeInput
{
    public string Feedback { get; set; } = string.Empty;
}

public sealed class FormPanelInputType : InputObjectGraphType<FormPanelInput>
{
    public FormPanelInputType()
    {
        Name = "FormPanelInput";
        Description = "A new evaluation panel.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The city-level campaign's global ID.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The panel's name, e.g. Panel 3.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelMemberInputType>>>>("members").Description("The evaluators (at most 20).");
    }
}

public sealed class PanelMemberInputType : InputObjectGraphType<PanelMemberInput>
{
    public PanelMemberInputType()
    {
        Name = "PanelMemberInput";
        Description = "An evaluator to seat on a panel.";
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Their sign-in subject (the token's sub claim).");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("Their name.");
        Field<StringGraphType>("contact").Description("Phone or e-mail; kept for the city, never published.");
    }
}

public sealed class AssignPanelInputType : ApplicationChangeInputType<AssignPanelInput>
{
    public AssignPanelInputType()
        : base("AssignPanelInput", "The panel to assign to a recommended application.")
    {
        Field<NonNullGraphType<IdGraphType>>("panel").Description("The panel's global ID.");
    }
}

/// <summary>Adds the fields every evaluation input starts with.</summary>
public abstract class EvaluationChangeInputType<T> : InputObjectGraphType<T>
    where T : EvaluationChangeInput
{
    protected EvaluationChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("application").Description("The application's global ID.");
        Field<NonNullGraphType<IntGraphType>>("evaluationVersion").Description("The evaluation's version as you read it; a stale version is refused with CONFLICT.");
    }
}

public sealed class RecordEvaluationStepInputType : EvaluationChangeInputType<RecordEvaluationStepInput>
{
    public RecordEvaluationStepInputType()
        : base("RecordEvaluationStepInput", "The next step of the on-site procedure.")
    {
        Field<NonNullGraphType<EvaluationStepType>>("step").Description("The step; it must be the next one.");
        Field<StringGraphType>("notes").Description("The panel's notes.");
        Field<QuestionnaireInputType>("questionnaire").Description("The questionnaire's results; required for FORUM_AND_QUESTIONNAIRE_HELD only.");
    }
}

public sealed class QuestionnaireInputType : InputObjectGraphType<QuestionnaireInput>
{
    public QuestionnaireInputType()
    {
        Name = "QuestionnaireInput";
        Description = "Aggregate results of the resident questionnaire.";
        Field<NonNullGraphType<IntGraphType>>("respondents").Description("Residents who answered (at least 1).");
        Field<NonNullGraphType<IntGraphType>>("satisfied").Description("Respondents satisfied with the environment.");
        Field<NonNullGraphType<IntGraphType>>("awareOfProgramme").Description("Respondents aware of the programme.");
    }
}

public sealed class ScoreIndicatorsInputType : EvaluationChangeInputType<ScoreIndicatorsInput>
{
    public ScoreIndicatorsInputType()
        : base("ScoreIndicatorsInput", "Your points for indicators; a later score for the same indicator replaces yours.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorPointsInputType>>>>("scores").Description("Points per indicator (at most 100).");
    }
}

public sealed class IndicatorPointsInputType : InputObjectGraphType<IndicatorPointsInput>
{
    public IndicatorPointsInputType()
    {
        Name = "IndicatorPointsInput";
        Description = "Points for one indicator.";
        Field<NonNullGraphType<IdGraphType>>("indicator").Description("The criteria indicator's global ID.");
        Field<NonNullGraphType<FloatGraphType>>("points").Description("The points, within 0..the indicator's maximum (two decimals kept).");
    }
}

public sealed class CompleteEvaluationInputType : EvaluationChangeInputType<CompleteEvaluationInput>
{
    public CompleteEvaluationInputType()
        : base("CompleteEvaluationInput", "Completes the evaluation.")
    {
        Field<NonNullGraphType<StringGraphType>>("feedback").Description("The feedback given to the community.");
    }
}
