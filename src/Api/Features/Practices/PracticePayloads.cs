using GraphQL;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Practices;

public sealed class RecordCommunityPracticeErrorType() : ErrorUnionType("RecordCommunityPracticeError");

public sealed class RecordCommunityPracticePayloadType() : PayloadType<CommunityPracticeType, RecordCommunityPracticeErrorType, CommunityPractice>("RecordCommunityPracticePayload", "practice", "The practice recorded, a draft until published.")
{
    /// <inheritdoc />
    protected override Task<bool> CanReadAsync(IResolveFieldContext context, CommunityPractice value) => ProgrammeRecordAccess.CanReadAsync(context, value);
}

public sealed class UpdateCommunityPracticeErrorType() : ErrorUnionType("UpdateCommunityPracticeError");

public sealed class UpdateCommunityPracticePayloadType() : PayloadType<CommunityPracticeType, UpdateCommunityPracticeErrorType, CommunityPractice>("UpdateCommunityPracticePayload", "practice", "The practice as revised.")
{
    /// <inheritdoc />
    protected override Task<bool> CanReadAsync(IResolveFieldContext context, CommunityPractice value) => ProgrammeRecordAccess.CanReadAsync(context, value);
}
