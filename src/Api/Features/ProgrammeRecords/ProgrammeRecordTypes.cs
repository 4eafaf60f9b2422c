using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.Features.Plans;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

public sealed class RecordBasisType() : DescribedEnumType<RecordBasis>(
    "RecordBasis",
    "Whether a record stands for one thing that happened or for a total the city reported without the detail.",
    (RecordBasis.Individual, "One event or item, recorded as it happened."),
    (RecordBasis.ReportedTotal, "A published total (e.g. \"9 batches, 500+ person-times\") whose individual records are not known; a fact of the report, never added to sums of individual records."));

/// <summary>The fields every programme record's type ends with.</summary>
public static class ProgrammeRecordFields
{
    /// <summary>Adds source, publication, version and sample fields.</summary>
    public static void Add<T>(ObjectGraphType<T> type)
        where T : ProgrammeRecord
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field(r => r.SourceDocument, nullable: true).Description("The document the record was taken from.");
        type.Field("published", r => r.IsPublished).Description("True once an edition of the published data lists the record; drafts are seen only by the city and the district's reviewers.");
        type.Field(r => r.PublishedInEdition, nullable: true).Description("The number of the edition that first listed the record; null for a draft.");
        type.Field(r => r.Version).Description("The version to send back with a change: a change made from an older version is refused with CONFLICT.");
        type.Field("sample", r => r.IsSample).Description("True when the record was invented for the sample dataset rather than taken from the report.");
    }
}

/// <summary>What <c>publishProgrammeRecords</c> did.</summary>
/// <param name="Edition">The edition that published the records; null when all were published already.</param>
/// <param name="Published">Records published now.</param>
/// <param name="AlreadyPublished">Records an earlier edition had published: nothing was done for them.</param>
/// <param name="Organisations">The organisations named or published, in input (else ID) order.</param>
/// <param name="Plans">The annual plans named or published, in input (else ID) order.</param>
/// <param name="FundingAllocations">The funding allocations named or published, in input (else ID) order.</param>
/// <param name="Events">The events named or published, in input (else ID) order.</param>
/// <param name="OutreachItems">The outreach items named or published, in input (else ID) order.</param>
/// <param name="Practices">The community practices named or published, in input (else ID) order.</param>
public sealed record ProgrammeRecordBatch(
    Edition? Edition,
    int Published,
    int AlreadyPublished,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<AnnualPlan> Plans,
    IReadOnlyList<FundingAllocation> FundingAllocations,
    IReadOnlyList<ProgrammeEvent> Events,
    IReadOnlyList<OutreachItem> OutreachItems,
    IReadOnlyList<CommunityPractice> Practices);

public sealed class ProgrammeRecordBatchType : ObjectGraphType<ProgrammeRecordBatch>
{
    public ProgrammeRecordBatchType()
    {
        Name = "ProgrammeRecordBatch";
        Description = "What a publication of programme records did.";
        Field<EditionType>("edition").Description("The edition that published the records; null when every one was published already.").Resolve(ctx => ctx.Source.Edition);
        Field(b => b.Published);
        Field(b => b.AlreadyPublished);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations").Description("The organisations named or published, in input order (else by ID).").Resolve(ctx => ctx.Source.Organisations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnualPlanType>>>>("plans").Description("The annual plans named or published, in input order (else by ID).").Resolve(ctx => ctx.Source.Plans);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingAllocationType>>>>("fundingAllocations").Description("The funding allocations named or published, in input order (else by ID).").Resolve(ctx => ctx.Source.FundingAllocations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeEventType>>>>("events").Description("The events named or published, in input order (else by ID).").Resolve(ctx => ctx.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutreachItemType>>>>("outreachItems").Description("The outreach items named or published, in input order (else by ID).").Resolve(ctx => ctx.Source.OutreachItems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityPracticeType>>>>("practices").Description("The community practices named or published, in input order (else by ID).").Resolve(ctx => ctx.Source.Practices);
    }
}
