using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Editions;

namespace GreenCommunity.Api.Features.Editions;

/// <summary>GraphQL <c>Edition</c>.</summary>
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

/// <summary>GraphQL <c>EditionChangeCounts</c>.</summary>
public sealed class EditionChangeCountsType : ObjectGraphType<EditionChangeCounts>
{
    public EditionChangeCountsType()
    {
        Name = "EditionChangeCounts";
        Description = "How many changes of each kind an edition made.";
        Field(c => c.AwardsAdded).Description("Awards published.");
        Field(c => c.AwardsRevoked).Description("Awards revoked (they stay listed, with the revocation).");
        Field(c => c.ObservationsAdded).Description("Indicator values published.");
        Field(c => c.ObservationsCorrected).Description("Indicator values corrected (the corrected value stays on record).");
    }
}

/// <summary>GraphQL <c>EditionChangeKind</c>.</summary>
public sealed class EditionChangeKindType() : DescribedEnumType<EditionChangeKind>(
    "EditionChangeKind",
    "What an edition changed.",
    (EditionChangeKind.AwardAdded, "An award was published."),
    (EditionChangeKind.AwardRevoked, "A published award was revoked; it stays listed with its revocation."),
    (EditionChangeKind.ObservationAdded, "An indicator value was published."),
    (EditionChangeKind.ObservationCorrected, "A published value was corrected: 'observation' replaces 'replaced', which stays on record and in earlier editions."),
    (EditionChangeKind.OrganisationAdded, "An organisation was published ('record')."),
    (EditionChangeKind.PlanAdded, "An annual plan was published ('record')."),
    (EditionChangeKind.FundingAllocationAdded, "A funding allocation was published ('record')."));

/// <summary>GraphQL <c>EditionChange</c>.</summary>
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
        Field<NodeInterfaceType>("record")
            .Description("For an organisation, plan or funding allocation published: the record.")
            .ResolveAsync(async ctx => ctx.Source.RecordId is not { } id ? null : ctx.Source.Kind switch
            {
                EditionChangeKind.OrganisationAdded => await ctx.Service<Organisations.OrganisationByIdDataLoader>().Load(id).GetResultAsync(ctx.CancellationToken),
                EditionChangeKind.FundingAllocationAdded => await ctx.Service<Funding.FundingAllocationByIdDataLoader>().Load(id).GetResultAsync(ctx.CancellationToken),
                EditionChangeKind.PlanAdded => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                    Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(ctx.Db().AnnualPlans, p => p.TaskCommunities), p => p.Id == id, ctx.CancellationToken),
                _ => (object?)null,
            });
        Field<ObservationType>("replaced")
            .Description("For a correction: the value it replaced, still on record.")
            .Resolve(ctx => ctx.Source.ReplacedObservationId is { } id ? ctx.Service<PublishedObservationRecordByIdDataLoader>().Load(id) : null);
    }
}

/// <summary>GraphQL <c>EditionConnection</c>.</summary>
public sealed class EditionConnectionType : ConnectionGraphType<EditionType, Edition>;

/// <summary>GraphQL <c>EditionChangeConnection</c>.</summary>
public sealed class EditionChangeConnectionType : ConnectionGraphType<EditionChangeType, EditionChange>;
