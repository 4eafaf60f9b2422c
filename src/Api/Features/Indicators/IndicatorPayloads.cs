using GreenCommunity.Api.GraphQL.Mutations;

namespace GreenCommunity.Api.Features.Indicators;

/// <summary>GraphQL <c>RecordObservationsError</c>.</summary>
public sealed class RecordObservationsErrorType() : ErrorUnionType("RecordObservationsError");

/// <summary>GraphQL <c>RecordObservationsPayload</c>.</summary>
public sealed class RecordObservationsPayloadType() : PayloadType<ObservationBatchType, RecordObservationsErrorType, ObservationBatch>("RecordObservationsPayload", "batch", "What the batch did; null when it was refused.");
