using GreenCommunity.Api.GraphQL.Mutations;

namespace GreenCommunity.Api.Features.Indicators;

public sealed class RecordObservationsErrorType() : ErrorUnionType("RecordObservationsError");

public sealed class RecordObservationsPayloadType() : PayloadType<ObservationBatchType, RecordObservationsErrorType, ObservationBatch>("RecordObservationsPayload", "batch", "What the batch did; null when it was refused.");
