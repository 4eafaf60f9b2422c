using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>The machine-readable data dictionary: every downloadable column and every indicator, with the licence.</summary>
/// <param name="Licence">The licence.</param>
/// <param name="Datasets">The datasets and their columns, in order.</param>
/// <param name="Indicators">The indicators.</param>
/// <param name="Formats">The download formats and how each writes a value.</param>
public sealed record DataCatalogue(LicenceOptions Licence, IReadOnlyList<DictionaryDataset> Datasets, IReadOnlyList<DictionaryIndicator> Indicators, IReadOnlyList<DictionaryFormat> Formats)
{
    /// <summary>JSON options for the dictionary (camelCase, Chinese unescaped).</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    /// <summary>The dictionary's datasets, from the download definitions.</summary>
    public static IReadOnlyList<DictionaryDataset> DatasetEntries { get; } =
        [.. DownloadDatasets.All.Select(d => new DictionaryDataset(d.Name, d.Description, d.Versioned, [.. d.Columns.Select(c => new DictionaryColumn(c.Name, DownloadDatasets.Enum(c.Type), c.Description))]))];

    /// <summary>The dictionary's formats.</summary>
    public static IReadOnlyList<DictionaryFormat> FormatEntries { get; } =
    [
        new(
            DownloadFormat.Csv.Extension,
            DownloadFormat.Csv.MediaType,
            "UTF-8 with a byte-order mark, RFC 4180, CRLF line ends, a header row; an absent value is an empty field. "
            + $"A TEXT cell that begins with =, +, -, @, a tab or a carriage return is written with a leading {DownloadWriters.FormulaGuard} "
            + "(and quoted), so that spreadsheet programs show it as text instead of running it as a formula (CSV injection, OWASP); "
            + $"remove that one leading {DownloadWriters.FormulaGuard} to get the published value, which NDJSON and Parquet carry unchanged. "
            + "Numbers, dates and booleans are never prefixed: a negative number stays a number."),
        new(DownloadFormat.Ndjson.Extension, DownloadFormat.Ndjson.MediaType, "One JSON object per line, keys in the columns' order, typed values (null when absent), text exactly as published."),
        new(DownloadFormat.Parquet.Extension, DownloadFormat.Parquet.MediaType, "Typed nullable columns, row groups of 10,000 rows, the edition, content hash and licence in the key-value metadata; text exactly as published."),
    ];

    /// <summary>Builds the dictionary.</summary>
    public static async Task<DataCatalogue> BuildAsync(GreenCommunityDbContext db, OpenDataOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var versions = (await db.IndicatorDefinitionVersions.OrderBy(v => v.Version).ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId, v => new DictionaryIndicatorVersion(v.Version, v.Unit, v.Description, v.Methodology, v.Source, v.ChangeNote, v.RevisedAt));
        var indicators = (await db.IndicatorDefinitions.OrderBy(i => i.Code).ToListAsync(cancellationToken))
            .Select(i => new DictionaryIndicator(i.Code, i.Name.Zh, i.Name.En, i.Unit, i.Description, i.Methodology, i.Source, i.Version, [.. versions[i.Id]]))
            .ToList();
        return new DataCatalogue(options.Licence, DatasetEntries, indicators, FormatEntries);
    }
}

/// <summary>A dataset in the dictionary.</summary>
/// <param name="Name">Its name in download URLs.</param>
/// <param name="Description">What a row is.</param>
/// <param name="Versioned">True when a download is of one edition; false for reference data.</param>
/// <param name="Columns">Its columns, in their fixed order.</param>
public sealed record DictionaryDataset(string Name, string Description, bool Versioned, IReadOnlyList<DictionaryColumn> Columns);

/// <summary>A download format in the dictionary.</summary>
/// <param name="Extension">Its extension in download URLs: csv, ndjson or parquet.</param>
/// <param name="MediaType">The Content-Type it is served with.</param>
/// <param name="Description">How it writes values.</param>
public sealed record DictionaryFormat(string Extension, string MediaType, string Description);

/// <summary>A column in the dictionary.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">TEXT, WHOLE_NUMBER, NUMBER, BOOLEAN, DATE or TIMESTAMP.</param>
/// <param name="Description">What it holds.</param>
public sealed record DictionaryColumn(string Name, string Type, string Description);

/// <summary>An indicator in the dictionary.</summary>
/// <param name="Code">Its code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Description">What it measures.</param>
/// <param name="Methodology">How it is measured.</param>
/// <param name="Source">Who measures it.</param>
/// <param name="Version">The current version of the definition (unit, description, method and source are its).</param>
/// <param name="Versions">Every version, oldest first; observations name the one they were measured under.</param>
public sealed record DictionaryIndicator(string Code, string NameZh, string NameEn, string Unit, string Description, string Methodology, string Source, int Version, IReadOnlyList<DictionaryIndicatorVersion> Versions);

/// <summary>A version of an indicator's definition in the dictionary.</summary>
/// <param name="Version">Its number, from 1.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Description">What it measures.</param>
/// <param name="Methodology">How it is measured.</param>
/// <param name="Source">Who measures it.</param>
/// <param name="ChangeNote">What changed from the version before and why; empty for version 1.</param>
/// <param name="RevisedAt">When it replaced the version before (UTC); null for version 1.</param>
public sealed record DictionaryIndicatorVersion(int Version, string Unit, string Description, string Methodology, string Source, string ChangeNote, DateTime? RevisedAt);
