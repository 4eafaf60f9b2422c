using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parquet;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// A download of a large dataset streams: 200,000 generated indicator values are served while the managed memory the
/// process holds stays bounded. The measure is the live managed heap (after a full collection), sampled every 100 ms
/// while the test client reads the body and throws it away; its peak growth over the baseline before the download must
/// stay under <see cref="MaxGrowthBytes"/> and well under the size of the file. Buffering the rows or the file would
/// hold at least the file's size (tens of megabytes) at once. Allocation totals are not a measure of this (streaming
/// still allocates per row; the collector reclaims it), so they are not asserted.
/// </summary>
[Collection(SerialTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class LargeDownloadTests(ITestOutputHelper output) : IDisposable
{
    private const int GeneratedRows = 200_000;
    private const long MaxGrowthBytes = 48L * 1024 * 1024;

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task ALargeDownloadStreamsWithBoundedMemory(string format)
    {
        await GenerateAsync();
        using var client = _api.CreateClient();
        await ReadAndDiscardAsync(client, "/downloads/communities.csv"); // warm up the route, the JIT and the pools

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(100);
            }
        });

        var (bytes, file) = await ReadAndDiscardAsync(client, $"/downloads/observations.{format}", keep: format == "parquet");
        await stop.CancelAsync();
        await sampler;
        var growth = peak - baseline;
        output.WriteLine($"{format}: {bytes:N0} bytes streamed; live managed heap peak growth {growth:N0} bytes (bound {MaxGrowthBytes:N0}).");

        Assert.True(growth < MaxGrowthBytes, $"The live heap grew by {growth / 1024 / 1024} MB while streaming a {bytes / 1024 / 1024} MB file (bound {MaxGrowthBytes / 1024 / 1024} MB).");
        if (format == "csv")
        {
            Assert.True(bytes > 3 * growth, $"A {bytes} byte file was held in memory ({growth} bytes of growth).");
        }
        else
        {
            await using var reader = await ParquetReader.CreateAsync(file!);
            Assert.True(reader.RowGroupCount >= GeneratedRows / 10_000);
            Assert.True(reader.RowGroups.Sum(g => g.RowCount) > GeneratedRows);
        }
    }

    private static async Task<(long Bytes, Stream? File)> ReadAndDiscardAsync(HttpClient client, string url, bool keep = false)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var file = keep ? new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose) : null;
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
            if (file is not null)
            {
                await file.WriteAsync(buffer.AsMemory(0, read));
            }
        }

        file?.Seek(0, SeekOrigin.Begin);
        return (total, file);
    }

    // Bulk-inserted in SQL (SQLite and PostgreSQL both take a recursive CTE before INSERT), listed in edition 1.
    private async Task GenerateAsync()
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var indicator = await db.IndicatorDefinitions.Where(i => i.Code == "environmental-volunteers").Select(i => i.Id).SingleAsync();
        var community = await db.Communities.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var at = new DateTime(2003, 1, 15, 2, 0, 0, DateTimeKind.Utc);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {GeneratedRows})
            INSERT INTO observations (indicator_id, community_id, year, value, provenance, source_document, recorded_at, published_at, published_in_edition, is_sample)
            SELECT {indicator}, {community}, 3000 + (i % 500), i % 97, 'SelfReported', 'Generated for the streaming test, row ' || CAST(i AS VARCHAR(10)), {at}, {at}, 1, TRUE FROM n
            """);
        Assert.Equal(GeneratedRows, inserted);
    }
}
