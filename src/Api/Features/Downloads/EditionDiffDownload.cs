using System.Globalization;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>
/// The difference between two editions as a bulk download: <c>GET /downloads/edition-diff.{csv|ndjson|parquet}?from=F&amp;to=T</c>,
/// one row per difference, by kind then ID, the same rows <c>editionDiff</c> lists.
/// </summary>
public static class EditionDiffDownload
{
    /// <summary>The name in URLs.</summary>
    public const string Name = "edition-diff";

    /// <summary>The columns, in their fixed order.</summary>
    public static readonly IReadOnlyList<DownloadColumn> Columns =
    [
        new("kind", ColumnType.Text, "AWARD_ADDED, AWARD_REVOKED, AWARD_WITHDRAWN, OBSERVATION_ADDED, OBSERVATION_CORRECTED or OBSERVATION_WITHDRAWN."),
        new("award_id", ColumnType.WholeNumber, "The award's database ID, for an award's difference."),
        new("observation_id", ColumnType.WholeNumber, "The value's database ID (the correction, for a correction)."),
        new("replaced_observation_id", ColumnType.WholeNumber, "For a correction: the ID of the value the earlier edition listed."),
        new("community_code", ColumnType.Text, "The community's code."),
        new("level", ColumnType.Text, "For an award: DISTRICT or CITY."),
        new("indicator_code", ColumnType.Text, "For a value: the indicator's code."),
        new("year", ColumnType.WholeNumber, "The award's campaign year, or the year the value describes."),
        new("value", ColumnType.Number, "For a value: the value (the later edition's, for a correction)."),
        new("replaced_value", ColumnType.Number, "For a correction: the value the earlier edition listed."),
        new("revoked_on", ColumnType.Date, "For a revocation: the day the title was revoked."),
        new("revocation_reason", ColumnType.Text, "For a revocation: the published reason."),
    ];

    /// <summary>The download's links for editions <paramref name="from"/> and <paramref name="to"/>, in every format.</summary>
    public static IReadOnlyList<DownloadLink> LinksFor(int from, int to) =>
        [.. DownloadFormat.All.Select(f => new DownloadLink(Name, f.Extension, f.MediaType, string.Create(CultureInfo.InvariantCulture, $"{DownloadEndpoints.BasePath}/{Name}.{f.Extension}?from={from}&to={to}")))];

    /// <summary>The rows, streamed kind by kind.</summary>
    public static async IAsyncEnumerable<object?[]> RowsAsync(GreenCommunityDbContext db, int from, int to)
    {
        foreach (var (kind, awards) in new[]
        {
            (EditionDiffKind.AwardAdded, EditionDiffs.AwardsAdded(db, from, to)),
            (EditionDiffKind.AwardRevoked, EditionDiffs.AwardsRevoked(db, from, to)),
            (EditionDiffKind.AwardWithdrawn, EditionDiffs.AwardsWithdrawn(db, from, to)),
        })
        {
            // Revocations as the later edition shows them (a withdrawn award: as the earlier one did).
            var shownIn = kind == EditionDiffKind.AwardWithdrawn ? from : to;
            var rows = awards.OrderBy(a => a.Id).Select(a => new
            {
                a.Id,
                a.Community!.Code,
                a.Level,
                a.Year,
                RevokedOn = a.Revocation != null && a.RevokedInEdition <= shownIn ? a.Revocation.RevokedOn : (DateOnly?)null,
                Reason = a.Revocation != null && a.RevokedInEdition <= shownIn ? a.Revocation.Reason : null,
            });
            await foreach (var a in rows.AsAsyncEnumerable())
            {
                yield return [Text(kind), a.Id, null, null, a.Code, Text(a.Level), null, a.Year, null, null, a.RevokedOn, a.Reason];
            }
        }

        await foreach (var row in ValueRowsAsync(EditionDiffKind.ObservationAdded, EditionDiffs.ObservationsAdded(db, from, to)))
        {
            yield return row;
        }

        await foreach (var row in CorrectionRowsAsync(db, from, to))
        {
            yield return row;
        }

        await foreach (var row in ValueRowsAsync(EditionDiffKind.ObservationWithdrawn, EditionDiffs.ObservationsWithdrawn(db, from, to)))
        {
            yield return row;
        }
    }

    private static async IAsyncEnumerable<object?[]> ValueRowsAsync(EditionDiffKind kind, IQueryable<Domain.Indicators.Observation> values)
    {
        var rows = values.OrderBy(o => o.Id).Select(o => new { o.Id, o.Community!.Code, Indicator = o.Indicator!.Code, o.Year, o.Value });
        await foreach (var o in rows.AsAsyncEnumerable())
        {
            yield return [Text(kind), null, o.Id, null, o.Code, null, o.Indicator, o.Year, o.Value, null, null, null];
        }
    }

    private static async IAsyncEnumerable<object?[]> CorrectionRowsAsync(GreenCommunityDbContext db, int from, int to)
    {
        var rows = EditionDiffs.ObservationsCorrected(db, from, to).OrderBy(c => c.Value.Id).Select(c => new
        {
            c.Value.Id,
            ReplacedId = c.Replaced.Id,
            c.Value.Community!.Code,
            Indicator = c.Value.Indicator!.Code,
            c.Value.Year,
            c.Value.Value,
            ReplacedValue = c.Replaced.Value,
        });
        await foreach (var c in rows.AsAsyncEnumerable())
        {
            yield return [Text(EditionDiffKind.ObservationCorrected), null, c.Id, c.ReplacedId, c.Code, null, c.Indicator, c.Year, c.Value, c.ReplacedValue, null, null];
        }
    }

    private static string Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => DownloadDatasets.Enum(value);
}
