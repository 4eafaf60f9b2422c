using GraphQL;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Events;

public sealed class RecordProgrammeEventErrorType() : ErrorUnionType("RecordProgrammeEventError");

public sealed class RecordProgrammeEventPayloadType() : PayloadType<ProgrammeEventType, RecordProgrammeEventErrorType, ProgrammeEvent>("RecordProgrammeEventPayload", "event", "The event recorded, a draft until published.")
{
    /// <inheritdoc />
    protected override Task<bool> CanReadAsync(IResolveFieldContext context, ProgrammeEvent value) => ProgrammeRecordAccess.CanReadAsync(context, value);
}

public sealed class UpdateProgrammeEventErrorType() : ErrorUnionType("UpdateProgrammeEventError");

public sealed class UpdateProgrammeEventPayloadType() : PayloadType<ProgrammeEventType, UpdateProgrammeEventErrorType, ProgrammeEvent>("UpdateProgrammeEventPayload", "event", "The event as revised.")
{
    /// <inheritdoc />
    protected override Task<bool> CanReadAsync(IResolveFieldContext context, ProgrammeEvent value) => ProgrammeRecordAccess.CanReadAsync(context, value);
}
