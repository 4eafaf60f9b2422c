using GraphQL;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Outreach;

public sealed class RecordOutreachItemErrorType() : ErrorUnionType("RecordOutreachItemError");

public sealed class RecordOutreachItemPayloadType() : PayloadType<OutreachItemType, RecordOutreachItemErrorType, OutreachItem>("RecordOutreachItemPayload", "outreachItem", "The item recorded, a draft until published.")
{
    /// <inheritdoc />
    protected override Task<bool> CanReadAsync(IResolveFieldContext context, OutreachItem value) => ProgrammeRecordAccess.CanReadAsync(context, value);
}

public sealed class UpdateOutreachItemErrorType() : ErrorUnionType("UpdateOutreachItemError");

public sealed class UpdateOutreachItemPayloadType() : PayloadType<OutreachItemType, UpdateOutreachItemErrorType, OutreachItem>("UpdateOutreachItemPayload", "outreachItem", "The item as revised.")
{
    /// <inheritdoc />
    protected override Task<bool> CanReadAsync(IResolveFieldContext context, OutreachItem value) => ProgrammeRecordAccess.CanReadAsync(context, value);
}
