using GraphQL.Types;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

/// <summary>Input of <c>publishProgrammeRecords</c>: the records by ID, or every draft in scope (optionally one district's).</summary>
public sealed class PublishProgrammeRecordsInput
{
    public List<string>? Ids { get; set; }

    public string? District { get; set; }

    public string? Reason { get; set; }
}

public sealed class PublishProgrammeRecordsInputType : InputObjectGraphType<PublishProgrammeRecordsInput>
{
    public PublishProgrammeRecordsInputType()
    {
        Name = "PublishProgrammeRecordsInput";
        Description = "Draft programme records to publish together in one edition: the ones named by 'ids', or (without 'ids') every draft the caller may publish, optionally only one district's.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description($"Global IDs of organisations, annual plans, funding allocations, events, outreach items and community practices, 1 to {ProgrammeRecordMutations.MaxBatchSize}. Omit to publish every draft in scope.");
        Field<StringGraphType>("district").Description("Without 'ids': only the drafts of the district with this code (its organisations, plans, events, outreach items and practices, and allocations it paid or received). Not with 'ids'.");
        Field<StringGraphType>("reason").Description("Why, recorded as the edition's reason (e.g. \"Haizhu's 2003 training and publicity\"; at most 500 characters).");
    }
}
