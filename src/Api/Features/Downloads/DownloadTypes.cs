using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>What <c>dataset</c> returns.</summary>
/// <param name="Licence">The licence.</param>
public sealed record DatasetInfo(LicenceOptions Licence);

public sealed class DatasetInfoType : ObjectGraphType<DatasetInfo>
{
    public DatasetInfoType()
    {
        Name = "DatasetInfo";
        Description = "The open dataset of the programme: its licence, editions, bulk downloads and data dictionary.";
        Field<NonNullGraphType<LicenceType>>("licence").Description("The licence of all published data and downloads.").Resolve(ctx => ctx.Source.Licence);
        Field<EditionType>("latestEdition")
            .Description("The latest edition; null before anything is published.")
            .ResolveAsync(async ctx => await ctx.Db().PublishedEditions().OrderByDescending(e => e.Number).FirstOrDefaultAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DownloadLinkType>>>>("downloads")
            .Description("Bulk downloads of the latest edition (add ?edition=N for another; each edition also lists its own).")
            .ResolveAsync(async ctx => DownloadCatalog.LinksFor(await EditionScope.LatestAsync(ctx.Db(), ctx.CancellationToken)));
        Field<NonNullGraphType<StringGraphType>>("dictionaryUrl").Description("The data dictionary as JSON, relative to the API's origin.").Resolve(_ => DownloadEndpoints.BasePath + "/dictionary.json");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DictionaryDatasetType>>>>("dictionary")
            .Description("Every downloadable dataset with its columns in their fixed order.")
            .Resolve(_ => DataCatalogue.DatasetEntries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDefinitionType>>>>("indicators")
            .Description("Every indicator, with unit, methodology and source.")
            .ResolveAsync(async ctx => await ctx.Db().IndicatorDefinitions.OrderBy(i => i.Code).ToListAsync(ctx.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("feedUrl").Description("The Atom feed of publications and publicity notices, relative to the API's origin.").Resolve(_ => Feed.FeedEndpoints.Path);
    }
}

public sealed class LicenceType : ObjectGraphType<LicenceOptions>
{
    public LicenceType()
    {
        Name = "Licence";
        Description = "The licence of the published data (CC BY 4.0 unless the operator configures another).";
        Field(l => l.Id).Description("The SPDX identifier, e.g. CC-BY-4.0.");
        Field(l => l.Name);
        Field(l => l.Url);
        Field(l => l.Attribution);
    }
}

public sealed class DownloadLinkType : ObjectGraphType<DownloadLink>
{
    public DownloadLinkType()
    {
        Name = "DownloadLink";
        Description = "A bulk download of one dataset of one edition in one format (streamed; the edition and licence are in the response headers, and in Parquet's key-value metadata).";
        Field(l => l.Dataset).Description("awards, communities, gate-verdicts or observations.");
        Field(l => l.Format).Description("csv (UTF-8 with BOM), ndjson or parquet.");
        Field(l => l.MediaType).Description("The Content-Type it is served with.");
        Field(l => l.Url);
    }
}

public sealed class DictionaryDatasetType : ObjectGraphType<DictionaryDataset>
{
    public DictionaryDatasetType()
    {
        Name = "DictionaryDataset";
        Description = "A downloadable dataset in the data dictionary.";
        Field(d => d.Name);
        Field(d => d.Description);
        Field(d => d.Versioned).Description("True when a download is of one edition; false for reference data (the current state).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DictionaryColumnType>>>>("columns").Description("Its columns, in their fixed order.").Resolve(ctx => ctx.Source.Columns);
    }
}

public sealed class DictionaryColumnType : ObjectGraphType<DictionaryColumn>
{
    public DictionaryColumnType()
    {
        Name = "DictionaryColumn";
        Description = "A column of a download.";
        Field(c => c.Name).Description("Its name, as in the CSV header, the NDJSON keys and the Parquet schema.");
        Field(c => c.Type).Description("TEXT, WHOLE_NUMBER, NUMBER, BOOLEAN, DATE (yyyy-MM-dd) or TIMESTAMP (ISO 8601 UTC).");
        Field(c => c.Description);
    }
}
