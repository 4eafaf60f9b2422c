using GreenCommunity.Api.GraphQL.Mutations;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

/// <summary>GraphQL <c>PublishProgrammeRecordsError</c>.</summary>
public sealed class PublishProgrammeRecordsErrorType() : ErrorUnionType("PublishProgrammeRecordsError");

/// <summary>GraphQL <c>PublishProgrammeRecordsPayload</c>.</summary>
public sealed class PublishProgrammeRecordsPayloadType() : PayloadType<ProgrammeRecordBatchType, PublishProgrammeRecordsErrorType, ProgrammeRecordBatch>("PublishProgrammeRecordsPayload", "batch", "What the publication did; null when it was refused.");
