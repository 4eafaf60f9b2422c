using GreenCommunity.Api.GraphQL.Mutations;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

public sealed class PublishProgrammeRecordsErrorType() : ErrorUnionType("PublishProgrammeRecordsError");

public sealed class PublishProgrammeRecordsPayloadType() : PayloadType<ProgrammeRecordBatchType, PublishProgrammeRecordsErrorType, ProgrammeRecordBatch>("PublishProgrammeRecordsPayload", "batch", "What the publication did; null when it was refused.");
