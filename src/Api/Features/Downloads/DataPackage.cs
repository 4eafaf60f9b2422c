using System.Globalization;
using System.Text.Json.Nodes;
using GreenCommunity.Domain.Editions;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>
/// The downloads of an edition described as a Frictionless Tabular Data Package (<c>/downloads/datapackage.json</c>,
/// specs.frictionlessdata.io): one resource per dataset (its CSV file), each with a Table Schema (field names, types,
/// formats, descriptions, primary and foreign keys) and the licence, so tools such as frictionless-py, datapackage-js
/// or R's frictionless read and validate the files without a hand-written parser.
/// </summary>
public static class DataPackage
{
    /// <summary>The descriptor's file name under <c>/downloads</c>.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The descriptor's media type.</summary>
    public const string MediaType = "application/vnd.datapackage+json";

    /// <summary>The descriptor of edition <paramref name="edition"/>'s downloads.</summary>
    public static JsonObject Describe(Edition edition, OpenDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(options);
        var number = edition.Number.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "greencommunity-open-data",
            ["title"] = "Green Community programme open data",
            ["description"] = "Awards of the Green Community title, their gate verdicts, the programme's indicator values and the communities they concern, as edition "
                + number + " published them. Every row's meaning is in the data dictionary (/downloads/dictionary.json).",
            ["homepage"] = options.AbsoluteUrl("/").AbsoluteUri,
            ["version"] = number,
            ["created"] = DateTime.SpecifyKind(edition.PublishedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["keywords"] = new JsonArray("green community", "environment", "residential communities", "awards", "indicators"),
            ["licenses"] = new JsonArray(Licence(options.Licence)),
            ["contributors"] = new JsonArray(new JsonObject { ["title"] = options.Licence.Attribution, ["role"] = "publisher" }),
            ["edition"] = new JsonObject
            {
                ["number"] = edition.Number,
                ["contentHash"] = edition.ContentHash,
                ["publishedAt"] = DateTime.SpecifyKind(edition.PublishedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            },
            ["resources"] = new JsonArray([.. DownloadDatasets.All.Select(d => Resource(d, edition.Number, options))]),
        };
    }

    /// <summary>The Table Schema type of a column type.</summary>
    public static string TypeOf(ColumnType type) => type switch
    {
        ColumnType.WholeNumber => "integer",
        ColumnType.Number => "number",
        ColumnType.Boolean => "boolean",
        ColumnType.Date => "date",
        ColumnType.Timestamp => "datetime",
        _ => "string",
    };

    private static JsonObject Licence(LicenceOptions licence) => new()
    {
        ["name"] = licence.Id,
        ["path"] = licence.Url,
        ["title"] = licence.Name,
    };

    private static JsonObject Resource(DownloadDataset dataset, int edition, OpenDataOptions options)
    {
        var path = dataset.Versioned
            ? string.Create(CultureInfo.InvariantCulture, $"{DownloadEndpoints.BasePath}/{dataset.Name}.csv?edition={edition}")
            : $"{DownloadEndpoints.BasePath}/{dataset.Name}.csv";
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. dataset.Columns.Select(Field)]),
            ["missingValues"] = new JsonArray(string.Empty),
        };
        if (dataset.Key is { } key)
        {
            schema["primaryKey"] = key;
        }

        if (dataset != DownloadDatasets.Communities && dataset.Columns.Any(c => c.Name == "community_code"))
        {
            schema["foreignKeys"] = new JsonArray(new JsonObject
            {
                ["fields"] = "community_code",
                ["reference"] = new JsonObject { ["resource"] = DownloadDatasets.Communities.Name, ["fields"] = "code" },
            });
        }

        return new JsonObject
        {
            ["name"] = dataset.Name,
            ["profile"] = "tabular-data-resource",
            ["path"] = options.AbsoluteUrl(path).AbsoluteUri,
            ["title"] = dataset.Name,
            ["description"] = dataset.Description,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["dialect"] = new JsonObject
            {
                ["delimiter"] = ",",
                ["lineTerminator"] = "\r\n",
                ["quoteChar"] = "\"",
                ["doubleQuote"] = true,
                ["header"] = true,
            },
            ["licenses"] = new JsonArray(Licence(options.Licence)),
            ["schema"] = schema,
        };
    }

    private static JsonObject Field(DownloadColumn column)
    {
        var field = new JsonObject
        {
            ["name"] = column.Name,
            ["type"] = TypeOf(column.Type),
            ["description"] = column.Description,
        };
        if (column.Type == ColumnType.Boolean)
        {
            field["trueValues"] = new JsonArray("true");
            field["falseValues"] = new JsonArray("false");
        }

        return field;
    }
}
