using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Evaluations;

/// <summary>GraphQL <c>FormPanelError</c>.</summary>
public sealed class FormPanelErrorType() : ErrorUnionType("FormPanelError", typeof(DuplicateErrorType));

/// <summary>GraphQL <c>FormPanelPayload</c>.</summary>
public sealed class FormPanelPayloadType() : PayloadType<PanelType, FormPanelErrorType, Panel>("FormPanelPayload", "panel", "The new panel.");

/// <summary>GraphQL <c>AssignPanelError</c>.</summary>
public sealed class AssignPanelErrorType() : ErrorUnionType("AssignPanelError");

/// <summary>GraphQL <c>AssignPanelPayload</c>.</summary>
public sealed class AssignPanelPayloadType() : ApplicationPayloadType<AssignPanelErrorType>("AssignPanelPayload", "The application as it now stands.");

/// <summary>GraphQL <c>RecordEvaluationStepError</c>.</summary>
public sealed class RecordEvaluationStepErrorType() : ErrorUnionType("RecordEvaluationStepError", typeof(StepOutOfOrderErrorType));

/// <summary>GraphQL <c>RecordEvaluationStepPayload</c>.</summary>
public sealed class RecordEvaluationStepPayloadType() : ApplicationPayloadType<RecordEvaluationStepErrorType>("RecordEvaluationStepPayload", "The application as it now stands.");

/// <summary>GraphQL <c>ScoreIndicatorsError</c>.</summary>
public sealed class ScoreIndicatorsErrorType() : ErrorUnionType("ScoreIndicatorsError", typeof(ScoreOutOfRangeErrorType));

/// <summary>GraphQL <c>ScoreIndicatorsPayload</c>.</summary>
public sealed class ScoreIndicatorsPayloadType() : ApplicationPayloadType<ScoreIndicatorsErrorType>("ScoreIndicatorsPayload", "The application as it now stands.");

/// <summary>GraphQL <c>CompleteEvaluationError</c>.</summary>
public sealed class CompleteEvaluationErrorType() : ErrorUnionType("CompleteEvaluationError");

/// <summary>GraphQL <c>CompleteEvaluationPayload</c>.</summary>
public sealed class CompleteEvaluationPayloadType() : ApplicationPayloadType<CompleteEvaluationErrorType>("CompleteEvaluationPayload", "The application as it now stands.");
