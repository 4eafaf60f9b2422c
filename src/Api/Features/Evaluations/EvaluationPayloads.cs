using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Evaluations;

public sealed class FormPanelErrorType() : ErrorUnionType("FormPanelError", typeof(DuplicateErrorType));

public sealed class FormPanelPayloadType() : PayloadType<PanelType, FormPanelErrorType, Panel>("FormPanelPayload", "panel", "The new panel.");

public sealed class AssignPanelErrorType() : ErrorUnionType("AssignPanelError");

public sealed class AssignPanelPayloadType() : ApplicationPayloadType<AssignPanelErrorType>("AssignPanelPayload", "The application as it now stands.");

public sealed class RecordEvaluationStepErrorType() : ErrorUnionType("RecordEvaluationStepError", typeof(StepOutOfOrderErrorType));

public sealed class RecordEvaluationStepPayloadType() : ApplicationPayloadType<RecordEvaluationStepErrorType>("RecordEvaluationStepPayload", "The application as it now stands.");

public sealed class ScoreIndicatorsErrorType() : ErrorUnionType("ScoreIndicatorsError", typeof(ScoreOutOfRangeErrorType));

public sealed class ScoreIndicatorsPayloadType() : ApplicationPayloadType<ScoreIndicatorsErrorType>("ScoreIndicatorsPayload", "The application as it now stands.");

public sealed class CompleteEvaluationErrorType() : ErrorUnionType("CompleteEvaluationError");

public sealed class CompleteEvaluationPayloadType() : ApplicationPayloadType<CompleteEvaluationErrorType>("CompleteEvaluationPayload", "The application as it now stands.");
