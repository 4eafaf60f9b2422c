using System.Globalization;
using System.Text.Json;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>A download's format.</summary>
/// <param name="Extension">The file extension in URLs.</param>
/// <param name="MediaType">The Content-Type.</param>
public sealed record DownloadFormat(string Extension, string MediaType)
{
    /// <summary>CSV, UTF-8 with BOM.</summary>
    public static readonly DownloadFormat Csv = new("csv", "text/csv; charset=utf-8; header=present");

    /// <summary>Newline-delimited JSON.</summary>
    public static readonly DownloadFormat Ndjson = new("ndjson", "application/x-ndjson; charset=utf-8");

    /// <summary>Apache Parquet.</summary>
    public static readonly DownloadFormat Parquet = new("parquet", "application/vnd.apache.parquet");

    /// <summary>Every format.</summary>
    public static readonly IReadOnlyList<DownloadFormat> All = [Csv, Ndjson, Parquet];
}

/// <summary>The bulk-download routes: <c>GET /downloads/{dataset}.{csv|ndjson|parquet}?edition=N</c> and the data dictionary.</summary>
public static class DownloadEndpoints
{
    /// <summary>Where downloads live.</summary>
    public const string BasePath = "/downloads";

    /// <summary>Response header naming the edition.</summary>
    public const string EditionHeader = "X-GreenCommunity-Edition";

    /// <summary>Response header with the edition's content hash.</summary>
    public const string HashHeader = "X-GreenCommunity-Content-Hash";

    /// <summary>Response header with the licence's SPDX identifier.</summary>
    public const string LicenceHeader = "X-GreenCommunity-License";

    /// <summary>Registers the open-data settings, checked when the API starts (a wrong or missing one stops it, named).</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenDataOptions>().Bind(configuration.GetSection(OpenDataOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenDataOptions>, OpenDataOptionsValidator>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OpenDataOptions>>().Value);
        return services;
    }

    /// <summary>
    /// Bumped when a writer changes the bytes it writes for the same rows, so that entity tags computed from what a
    /// download is made of change too.
    /// </summary>
    private const string WriterRevision = "1";

    /// <summary>Maps the download routes (GET and HEAD, any origin).</summary>
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup(BasePath).RequireCors(OpenDataHttp.Cors);
        downloads.MapMethods("/dictionary.json", OpenDataHttp.Methods, async (HttpContext http, GreenCommunityDbContext db, OpenDataOptions options) =>
        {
            var dictionary = await DataCatalogue.BuildAsync(db, options, http.RequestAborted);
            var body = JsonSerializer.SerializeToUtf8Bytes(dictionary, DataCatalogue.JsonOptions);
            http.Response.Headers.Link = $"<{BasePath}/{DataPackage.FileName}>; rel=\"describedby\"; type=\"{DataPackage.MediaType}\"";
            await OpenDataHttp.WriteAsync(http, body, "application/json; charset=utf-8", "public, max-age=300");
        });
        downloads.MapMethods("/" + DataPackage.FileName, OpenDataHttp.Methods, DataPackageAsync);
        downloads.MapMethods("/{dataset}.{format}", OpenDataHttp.Methods, DownloadAsync);
        return endpoints;
    }

    private static async Task DataPackageAsync(HttpContext http, int? edition, GreenCommunityDbContext db, OpenDataOptions options)
    {
        var cancel = http.RequestAborted;
        var editions = db.PublishedEditions();
        var chosen = edition is { } number
            ? await editions.FirstOrDefaultAsync(e => e.Number == number, cancel)
            : await editions.OrderByDescending(e => e.Number).FirstOrDefaultAsync(cancel);
        if (chosen is null)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, edition is null ? "Nothing has been published yet." : $"There is no edition {edition}.");
            return;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(DataPackage.Describe(chosen, options), DataCatalogue.JsonOptions);
        http.Response.Headers[EditionHeader] = chosen.Number.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[HashHeader] = chosen.ContentHash;
        http.Response.Headers[LicenceHeader] = options.Licence.Id;
        http.Response.Headers.Link = $"<{options.Licence.Url}>; rel=\"license\", <{BasePath}/dictionary.json>; rel=\"describedby\"";
        await OpenDataHttp.WriteAsync(http, body, DataPackage.MediaType + "; charset=utf-8", edition is null ? "public, max-age=300" : "public, max-age=3600", chosen.PublishedAt);
    }

    private static async Task DownloadAsync(HttpContext http, string dataset, string format, int? edition, int? from, int? to, GreenCommunityDbContext db, OpenDataOptions options)
    {
        if (dataset == EditionDiffDownload.Name)
        {
            await DiffAsync(http, format, from, to, db, options);
            return;
        }

        var set = DownloadDatasets.All.FirstOrDefault(d => d.Name == dataset);
        var kind = DownloadFormat.All.FirstOrDefault(f => f.Extension == format);
        if (set is null || kind is null)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, $"No download {dataset}.{format}: datasets are {string.Join(", ", DownloadDatasets.All.Select(d => d.Name))}; formats {string.Join(", ", DownloadFormat.All.Select(f => f.Extension))}.");
            return;
        }

        var cancel = http.RequestAborted;
        var editions = db.PublishedEditions();
        var chosen = edition is { } number
            ? await editions.FirstOrDefaultAsync(e => e.Number == number, cancel)
            : await editions.OrderByDescending(e => e.Number).FirstOrDefaultAsync(cancel);
        if (chosen is null)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, edition is null ? "Nothing has been published yet." : $"There is no edition {edition}.");
            return;
        }

        var latest = edition is null ? chosen : await editions.OrderByDescending(e => e.Number).FirstAsync(cancel);
        var n = chosen.Number.ToString(CultureInfo.InvariantCulture);
        var headers = http.Response.Headers;
        http.Response.ContentType = kind.MediaType;
        headers.ContentDisposition = $"attachment; filename=\"greencommunity-{set.Name}-edition-{n}.{kind.Extension}\"";
        headers[EditionHeader] = n;
        headers[HashHeader] = chosen.ContentHash;
        headers[LicenceHeader] = options.Licence.Id;
        headers.Link = $"<{options.Licence.Url}>; rel=\"license\", <{BasePath}/dictionary.json>; rel=\"describedby\", <{BasePath}/{DataPackage.FileName}>; rel=\"describedby\"; type=\"{DataPackage.MediaType}\"";

        // An edition's awards never change; reference data (communities) is the current state, and an edition's
        // indicator values name the later edition that replaced them, so those may change with the next edition.
        headers.CacheControl = set.Versioned && !set.ChangesWithLaterEditions && edition is not null ? "public, max-age=31536000, immutable" : "public, max-age=300";

        // The validators name what the rows are computed from, so they are known before the first row is read and
        // the file still streams: the dataset and its columns, the format, the edition (by number and content hash,
        // so a rebuilt database with the same numbers gets new tags) and, when the rows can change with a later
        // edition, the latest one.
        var dependsOnLatest = !set.Versioned || set.ChangesWithLaterEditions;
        var basis = dependsOnLatest ? latest : chosen;
        var etag = OpenDataHttp.ETagOf(WriterRevision, set.Name, string.Join(',', set.Columns.Select(c => $"{c.Name}:{c.Type}")), kind.Extension, n, chosen.ContentHash, basis.Number.ToString(CultureInfo.InvariantCulture), basis.ContentHash);
        if (OpenDataHttp.Answered(http, etag, basis.PublishedAt))
        {
            return;
        }

        var rows = set.Rows(db, chosen.Number);
        var body = http.Response.Body;
        switch (kind.Extension)
        {
            case "csv":
                await DownloadWriters.WriteCsvAsync(body, set.Columns, rows, cancel);
                break;
            case "ndjson":
                await DownloadWriters.WriteNdjsonAsync(body, set.Columns, rows, cancel);
                break;
            default:
                var metadata = new Dictionary<string, string>
                {
                    ["greencommunity.dataset"] = set.Name,
                    ["greencommunity.edition"] = n,
                    ["greencommunity.edition_published_at"] = chosen.PublishedAt.ToString("O", CultureInfo.InvariantCulture),
                    ["greencommunity.content_hash"] = chosen.ContentHash ?? string.Empty,
                    ["greencommunity.versioned"] = set.Versioned ? "true" : "false",
                    ["license"] = options.Licence.Id,
                    ["license_url"] = options.Licence.Url,
                    ["attribution"] = options.Licence.Attribution,
                };
                await DownloadWriters.WriteParquetAsync(body, set.Columns, rows, metadata, cancel);
                break;
        }
    }

    private static async Task DiffAsync(HttpContext http, string format, int? from, int? to, GreenCommunityDbContext db, OpenDataOptions options)
    {
        var kind = DownloadFormat.All.FirstOrDefault(f => f.Extension == format);
        if (kind is null)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, $"No download {EditionDiffDownload.Name}.{format}: formats are {string.Join(", ", DownloadFormat.All.Select(f => f.Extension))}.");
            return;
        }

        if (from is null || to is null || from > to)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, "Name two editions with ?from=F&to=T, F not later than T.");
            return;
        }

        var cancel = http.RequestAborted;
        var editions = await db.PublishedEditions().Where(e => e.Number == from || e.Number == to).ToListAsync(cancel);
        var earlier = editions.FirstOrDefault(e => e.Number == from);
        var later = editions.FirstOrDefault(e => e.Number == to);
        if (earlier is null || later is null)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, $"There is no edition {(earlier is null ? from : to)}.");
            return;
        }

        var f = from.Value.ToString(CultureInfo.InvariantCulture);
        var t = to.Value.ToString(CultureInfo.InvariantCulture);
        var headers = http.Response.Headers;
        http.Response.ContentType = kind.MediaType;
        headers.ContentDisposition = $"attachment; filename=\"greencommunity-{EditionDiffDownload.Name}-{f}-{t}.{kind.Extension}\"";
        headers[LicenceHeader] = options.Licence.Id;
        headers.Link = $"<{options.Licence.Url}>; rel=\"license\"";

        // Two editions never change, so neither does what differs between them.
        headers.CacheControl = "public, max-age=31536000, immutable";
        var etag = OpenDataHttp.ETagOf(WriterRevision, EditionDiffDownload.Name, string.Join(',', EditionDiffDownload.Columns.Select(c => $"{c.Name}:{c.Type}")), kind.Extension, f, earlier.ContentHash, t, later.ContentHash);
        if (OpenDataHttp.Answered(http, etag, later.PublishedAt))
        {
            return;
        }

        var rows = EditionDiffDownload.RowsAsync(db, from.Value, to.Value);
        var body = http.Response.Body;
        switch (kind.Extension)
        {
            case "csv":
                await DownloadWriters.WriteCsvAsync(body, EditionDiffDownload.Columns, rows, cancel);
                break;
            case "ndjson":
                await DownloadWriters.WriteNdjsonAsync(body, EditionDiffDownload.Columns, rows, cancel);
                break;
            default:
                var metadata = new Dictionary<string, string>
                {
                    ["greencommunity.dataset"] = EditionDiffDownload.Name,
                    ["greencommunity.from_edition"] = f,
                    ["greencommunity.to_edition"] = t,
                    ["license"] = options.Licence.Id,
                    ["license_url"] = options.Licence.Url,
                    ["attribution"] = options.Licence.Attribution,
                };
                await DownloadWriters.WriteParquetAsync(body, EditionDiffDownload.Columns, rows, metadata, cancel);
                break;
        }
    }

    private static async Task ProblemAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { status, detail }, http.RequestAborted);
    }
}

/// <summary>Links to the downloads of an edition.</summary>
public static class DownloadCatalog
{
    /// <summary>Every dataset in every format for edition <paramref name="edition"/>.</summary>
    public static IReadOnlyList<DownloadLink> LinksFor(int edition) =>
        [.. DownloadDatasets.All.SelectMany(d => DownloadFormat.All.Select(f => new DownloadLink(d.Name, f.Extension, f.MediaType, string.Create(CultureInfo.InvariantCulture, $"{DownloadEndpoints.BasePath}/{d.Name}.{f.Extension}?edition={edition}"))))];
}

/// <summary>A link to a download.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Format">csv, ndjson or parquet.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Url">The URL, relative to the API's origin.</param>
public sealed record DownloadLink(string Dataset, string Format, string MediaType, string Url);
