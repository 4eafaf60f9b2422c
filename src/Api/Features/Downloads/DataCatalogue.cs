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
public sealed record DataCatalogue(LicenceOptions Licence, IReadOnlyList<DictionaryDataset> Datasets, IReadOnlyList<DictionaryIndicator> Indicators)
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

    /// <summary>Builds the dictionary.</summary>
    public static async Task<DataCatalogue> BuildAsync(GreenCommunityDbContext db, OpenDataOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var indicators = await db.IndicatorDefinitions.OrderBy(i => i.Code)
            .Select(i => new DictionaryIndicator(i.Code, i.Name.Zh, i.Name.En, i.Unit, i.Description, i.Methodology, i.Source))
            .ToListAsync(cancellationToken);
        return new DataCatalogue(options.Licence, DatasetEntries, indicators);
    }
}

/// <summary>A dataset in the dictionary.</summary>
/// <param name="Name">Its name in download URLs.</param>
/// <param name="Description">What a row is.</param>
/// <param name="Versioned">True when a download is of one edition; false for reference data.</param>
/// <param name="Columns">Its columns, in their fixed order.</param>
public sealed record DictionaryDataset(string Name, string Description, bool Versioned, IReadOnlyList<DictionaryColumn> Columns);

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
public sealed record DictionaryIndicator(string Code, string NameZh, string NameEn, string Unit, string Description, string Methodology, string Source);
