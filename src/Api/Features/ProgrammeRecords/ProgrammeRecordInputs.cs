using GraphQL.Types;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

/// <summary>Input of <c>publishProgrammeRecords</c>.</summary>
public sealed class PublishProgrammeRecordsInput
{
    public List<string> Ids { get; set; } = [];

    public string? Reason { get; set; }
}

public sealed class PublishProgrammeRecordsInputType : InputObjectGraphType<PublishProgrammeRecordsInput>
{
    public PublishProgrammeRecordsInputType()
    {
        Name = "PublishProgrammeRecordsInput";
        Description = "Draft programme records to publish together in one edition.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids").Description($"Global IDs of events, outreach items and community practices, 1 to {ProgrammeRecordMutations.MaxBatchSize}.");
        Field<StringGraphType>("reason").Description("Why, recorded as the edition's reason (e.g. \"Haizhu's 2003 training and publicity\"; at most 500 characters).");
    }
}
