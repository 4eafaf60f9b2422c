using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Indicators;

namespace GreenCommunity.Api.Features.Indicators;

public sealed class RecordObservationsErrorType() : ErrorUnionType("RecordObservationsError");

public sealed class RecordObservationsPayloadType() : PayloadType<ObservationBatchType, RecordObservationsErrorType, ObservationBatch>("RecordObservationsPayload", "batch", "What the batch did; null when it was refused.");

public sealed class ReviseIndicatorDefinitionErrorType() : ErrorUnionType("ReviseIndicatorDefinitionError");

public sealed class ReviseIndicatorDefinitionPayloadType() : PayloadType<IndicatorDefinitionType, ReviseIndicatorDefinitionErrorType, IndicatorDefinition>("ReviseIndicatorDefinitionPayload", "indicator", "The indicator with its new current version; on an error, as it stands.");
