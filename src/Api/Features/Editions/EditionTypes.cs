using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Editions;

public sealed class EditionType : ObjectGraphType<Edition>
{
    public const string TypeName = "Edition";

    public EditionType()
    {
        Name = TypeName;
        Description = "A citable, immutable, numbered edition of the published data (awards and indicator values). Every publication, revocation or correction creates one; list fields and downloads take it as asOf/edition and return exactly what it published.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Edition;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The edition's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(e => e.Number).Description("The edition's number, 1, 2, 3... in publication order. Cite it with the date.");
        Field<NonNullGraphType<DateTimeGraphType>>("publishedAt").Description("When it was published (UTC).").Resolve(ctx => ctx.Source.PublishedAt);
        Field(e => e.Reason).Description("Why it was published.");
        Field<NonNullGraphType<StringGraphType>>("contentHash")
            .Description("SHA-256 (hex) of the edition's canonical content (awards then values by ID; the form is in ADR-013). The same content always gives the same hash.")
            .Resolve(ctx => ctx.Source.ContentHash);
        Field(e => e.AwardCount).Description("Awards the edition lists (revoked ones included, with their revocation).");
        Field(e => e.ObservationCount).Description("Indicator values the edition lists.");
        Field<NonNullGraphType<EditionChangeCountsType>>("changeCounts")
            .Description("How many changes of each kind it made since the previous edition.")
            .Resolve(ctx => ctx.Service<ChangeCountsByEditionIdDataLoader>().Load(ctx.Source.Id));
        Field<NonNullGraphType<EditionChangeConnectionType>>("changes")
            .Description("What changed since the previous edition, in the order it was made.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var editionId = ctx.Source.Id;
                return await page.ExecuteAsync(ctx.Db().EditionChanges.Where(c => c.EditionId == editionId).OrderBy(c => c.Id), ctx.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DownloadLinkType>>>>("downloads")
            .Description("Bulk downloads of this edition: every dataset in every format.")
            .Resolve(ctx => DownloadCatalog.LinksFor(ctx.Source.Number));
    }
}

public sealed class EditionChangeCountsType : ObjectGraphType<EditionChangeCounts>
{
    public EditionChangeCountsType()
    {
        Name = "EditionChangeCounts";
        Description = "How many changes of each kind an edition made.";
        Field(c => c.AwardsAdded);
        Field(c => c.AwardsRevoked).Description("Awards revoked (they stay listed, with the revocation).");
        Field(c => c.ObservationsAdded).Description("Indicator values published.");
        Field(c => c.ObservationsCorrected).Description("Indicator values corrected (the corrected value stays on record).");
    }
}

public sealed class EditionChangeKindType() : DescribedEnumType<EditionChangeKind>(
    "EditionChangeKind",
    "What an edition changed.",
    (EditionChangeKind.AwardAdded, "An award was published."),
    (EditionChangeKind.AwardRevoked, "A published award was revoked; it stays listed with its revocation."),
    (EditionChangeKind.ObservationAdded, "An indicator value was published."),
    (EditionChangeKind.ObservationCorrected, "A published value was corrected: 'observation' replaces 'replaced', which stays on record and in earlier editions."),
    (EditionChangeKind.ProgrammeRecordAdded, "A programme record was published: an organisation, annual plan, funding allocation, event, outreach item or community practice ('programmeRecord')."));

public sealed class EditionChangeType : ObjectGraphType<EditionChange>
{
    public EditionChangeType()
    {
        Name = "EditionChange";
        Description = "One change an edition made since the previous one.";
        Field<NonNullGraphType<EditionChangeKindType>>("kind").Description("What changed.").Resolve(ctx => ctx.Source.Kind);
        Field<AwardType>("award")
            .Description("The award published or revoked (as it stands now).")
            .Resolve(ctx => ctx.Source.AwardId is { } id ? ctx.Service<AwardByIdDataLoader>().Load(id) : null);
        Field<ObservationType>("observation")
            .Description("The value published, or the correction.")
            .Resolve(ctx => ctx.Source.ObservationId is { } id ? ctx.Service<PublishedObservationRecordByIdDataLoader>().Load(id) : null);
        Field<ObservationType>("replaced")
            .Description("For a correction: the value it replaced, still on record.")
            .Resolve(ctx => ctx.Source.ReplacedObservationId is { } id ? ctx.Service<PublishedObservationRecordByIdDataLoader>().Load(id) : null);
        Field<NodeInterfaceType>("programmeRecord")
            .Description("For PROGRAMME_RECORD_ADDED: the Organisation, AnnualPlan, FundingAllocation, ProgrammeEvent, OutreachItem or CommunityPractice published.")
            .ResolveAsync(async ctx => ctx.Source.RecordId is not { } id ? null : ctx.Source.RecordType switch
            {
                ProgrammeRecordTypes.Organisation => await ctx.Service<OrganisationByIdDataLoader>().Load(id).GetResultAsync(ctx.CancellationToken),
                ProgrammeRecordTypes.Plan => await ctx.Db().AnnualPlans.Include(p => p.TaskCommunities).FirstOrDefaultAsync(p => p.Id == id && p.PublishedInEdition != null, ctx.CancellationToken),
                ProgrammeRecordTypes.FundingAllocation => await ctx.Service<FundingAllocationByIdDataLoader>().Load(id).GetResultAsync(ctx.CancellationToken),
                ProgrammeRecordTypes.Event => await ctx.Db().ProgrammeEvents.FirstOrDefaultAsync(e => e.Id == id && e.PublishedInEdition != null, ctx.CancellationToken),
                ProgrammeRecordTypes.OutreachItem => await ctx.Db().OutreachItems.FirstOrDefaultAsync(o => o.Id == id && o.PublishedInEdition != null, ctx.CancellationToken),
                ProgrammeRecordTypes.Practice => await ctx.Db().CommunityPractices.FirstOrDefaultAsync(p => p.Id == id && p.PublishedInEdition != null, ctx.CancellationToken),
                _ => (object?)null,
            });
    }
}

public sealed class EditionConnectionType : ConnectionGraphType<EditionType, Edition>;

public sealed class EditionChangeConnectionType : ConnectionGraphType<EditionChangeType, EditionChange>;

/// <summary>What changed between two editions (<c>editionDiff</c>).</summary>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Entries">The differences, by kind then ID.</param>
public sealed record EditionDiff(Edition From, Edition To, IReadOnlyList<EditionDiffEntry> Entries);

public sealed class EditionDiffType : ObjectGraphType<EditionDiff>
{
    public EditionDiffType()
    {
        Name = "EditionDiff";
        Description = "What changed between two editions, comparing what each lists: awards added, revoked or withdrawn, values added, corrected or withdrawn. The difference between editions 1 and N is the composition of the steps between them.";
        Field<NonNullGraphType<EditionType>>("from").Description("The earlier edition.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<EditionType>>("to").Description("The later edition.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<EditionDiffCountsType>>("counts").Description("How many differences of each kind.").Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<EditionDiffChangeConnectionType>>("changes")
            .Description("The differences, by kind (in the order of EditionDiffKind) then by record ID.")
            .Paged()
            .Argument<ListGraphType<NonNullGraphType<EditionDiffKindType>>>("kinds", "Only differences of these kinds.")
            .Resolve(ctx =>
            {
                var kinds = ctx.GetArgument<List<EditionDiffKind>?>("kinds");
                var entries = kinds is { Count: > 0 } ? [.. ctx.Source.Entries.Where(e => kinds.Contains(e.Kind))] : ctx.Source.Entries;
                return PageRequest.From(ctx).Slice(entries.Select(e => new EditionDiffChange(e, ctx.Source.From.Number, ctx.Source.To.Number)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DownloadLinkType>>>>("downloads")
            .Description("The difference as a bulk download, in every format.")
            .Resolve(ctx => EditionDiffDownload.LinksFor(ctx.Source.From.Number, ctx.Source.To.Number));
    }
}

public sealed class EditionDiffCountsType : ObjectGraphType<IReadOnlyList<EditionDiffEntry>>
{
    public EditionDiffCountsType()
    {
        Name = "EditionDiffCounts";
        Description = "How many differences of each kind two editions have.";
        Field<NonNullGraphType<IntGraphType>>("awardsAdded").Description("Awards the later edition lists and the earlier does not.").Resolve(ctx => Count(ctx.Source, EditionDiffKind.AwardAdded));
        Field<NonNullGraphType<IntGraphType>>("awardsRevoked").Description("Awards revoked in the later edition and not in the earlier.").Resolve(ctx => Count(ctx.Source, EditionDiffKind.AwardRevoked));
        Field<NonNullGraphType<IntGraphType>>("awardsWithdrawn").Description("Awards the earlier edition lists and the later does not.").Resolve(ctx => Count(ctx.Source, EditionDiffKind.AwardWithdrawn));
        Field<NonNullGraphType<IntGraphType>>("observationsAdded").Description("Values for an indicator, community and year only the later edition has.").Resolve(ctx => Count(ctx.Source, EditionDiffKind.ObservationAdded));
        Field<NonNullGraphType<IntGraphType>>("observationsCorrected").Description("Values the later edition lists in place of the earlier one's.").Resolve(ctx => Count(ctx.Source, EditionDiffKind.ObservationCorrected));
        Field<NonNullGraphType<IntGraphType>>("observationsWithdrawn").Description("Values for an indicator, community and year only the earlier edition has.").Resolve(ctx => Count(ctx.Source, EditionDiffKind.ObservationWithdrawn));
    }

    private static int Count(IReadOnlyList<EditionDiffEntry> entries, EditionDiffKind kind) => entries.Count(e => e.Kind == kind);
}

public sealed class EditionDiffKindType() : DescribedEnumType<EditionDiffKind>(
    "EditionDiffKind",
    "What differs between two editions.",
    (EditionDiffKind.AwardAdded, "An award the later edition lists and the earlier does not."),
    (EditionDiffKind.AwardRevoked, "An award both list, shown revoked by the later edition and not by the earlier."),
    (EditionDiffKind.AwardWithdrawn, "An award the earlier edition lists and the later does not."),
    (EditionDiffKind.ObservationAdded, "A value for an indicator, community and year only the later edition has."),
    (EditionDiffKind.ObservationCorrected, "A value the later edition lists in place of the one the earlier listed ('replaced')."),
    (EditionDiffKind.ObservationWithdrawn, "A value for an indicator, community and year only the earlier edition has."));

/// <summary>One difference, with the editions it compares.</summary>
/// <param name="Entry">The difference.</param>
/// <param name="From">The earlier edition's number.</param>
/// <param name="To">The later edition's number.</param>
public sealed record EditionDiffChange(EditionDiffEntry Entry, int From, int To);

public sealed class EditionDiffChangeType : ObjectGraphType<EditionDiffChange>
{
    public EditionDiffChangeType()
    {
        Name = "EditionDiffChange";
        Description = "One difference between two editions. Records are read as an edition listed them: what the later edition lists as the later one did, what only the earlier listed (and a correction's 'replaced') as the earlier one did.";
        Field<NonNullGraphType<EditionDiffKindType>>("kind").Description("What differs.").Resolve(ctx => ctx.Source.Entry.Kind);
        Field<AwardType>("award")
            .Description("The award added, revoked or withdrawn.")
            .Resolve(ctx => ctx.Source.Entry.AwardId is { } id
                ? ctx.Service<AwardByIdDataLoader>().Load(id).Then(a => a?.AsReadFrom(ctx.Source.Entry.Kind == EditionDiffKind.AwardWithdrawn ? ctx.Source.From : ctx.Source.To))
                : null);
        Field<ObservationType>("observation")
            .Description("The value added or withdrawn, or the correction.")
            .Resolve(ctx => ctx.Source.Entry.ObservationId is { } id
                ? ctx.Service<PublishedObservationRecordByIdDataLoader>().Load(id).Then(o => o?.AsReadFrom(ctx.Source.Entry.Kind == EditionDiffKind.ObservationWithdrawn ? ctx.Source.From : ctx.Source.To))
                : null);
        Field<ObservationType>("replaced")
            .Description("For a correction: the value the earlier edition listed.")
            .Resolve(ctx => ctx.Source.Entry.ReplacedObservationId is { } id
                ? ctx.Service<PublishedObservationRecordByIdDataLoader>().Load(id).Then(o => o?.AsReadFrom(ctx.Source.From))
                : null);
    }
}

public sealed class EditionDiffChangeConnectionType : ConnectionGraphType<EditionDiffChangeType, EditionDiffChange>;
