using System.Text;
using GreenCommunity.Api.Features.Downloads;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// The CSV writer against CSV injection (OWASP): a text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or carriage return gets a leading <c>'</c> and is quoted; other text and every numeric cell are written as
/// they are.
/// </summary>
public sealed class CsvFormulaWriterTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"x\")")]
    public async Task TheWriterPrefixesATextCellThatStartsAFormulaAndKeepsItQuoted(string text)
    {
        var lines = await WriteCsvAsync([[1, text, -12.5m, -3]]);
        var cells = Assert.Single(CsvText.Parse(lines).Skip(1));
        Assert.Equal("'" + text, cells[1]);
        Assert.Equal("-12.5", cells[2]);
        Assert.Equal("-3", cells[3]);
        Assert.Contains("\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", lines, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Yuexiu EPB recount, February 2004")]
    [InlineData("3-2")]
    [InlineData("a=b")]
    [InlineData(" =1+1")]
    [InlineData("'quoted already")]
    [InlineData("侨苑社区")]
    [InlineData("")]
    public async Task TheWriterLeavesOtherTextAsItIs(string text)
    {
        var cells = Assert.Single(CsvText.Parse(await WriteCsvAsync([[1, text, 4.5m, 7]])).Skip(1));
        Assert.Equal(text, cells[1]);
        Assert.Equal(new[] { "1", text, "4.5", "7" }, cells);
    }

    [Fact]
    public async Task NegativeNumbersAndAbsentValuesAreDataNotFormulas()
    {
        var lines = await WriteCsvAsync([[-1, null, -0.25m, -2_000_000]]);
        Assert.Equal("-1,,-0.25,-2000000", lines.Split("\r\n")[1]);
    }

    [Fact]
    public async Task InTheObservationsDatasetOnlyTheTextColumnsAreNeutralised()
    {
        var columns = DownloadDatasets.Observations.Columns;
        object?[] row = [-7, "=indicator", "+community", "-district", -2003, -12.5m, "@unit", "SELF_REPORTED", "-source", new DateTime(2004, 3, 1, 2, 0, 0, DateTimeKind.Utc), -1, null, true, 2];
        using var output = new MemoryStream();
        await DownloadWriters.WriteCsvAsync(output, columns, new[] { row }.ToAsyncEnumerable(), CancellationToken.None);
        var cells = CsvText.Parse(Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF'))[1];
        string[] expected = ["-7", "'=indicator", "'+community", "'-district", "-2003", "-12.5", "'@unit", "SELF_REPORTED", "'-source", "2004-03-01T02:00:00Z", "-1", "", "true", "2"];
        Assert.Equal(expected, cells);
    }

    private static async Task<string> WriteCsvAsync(IEnumerable<object?[]> rows)
    {
        DownloadColumn[] columns =
        [
            new("id", ColumnType.WholeNumber, "An ID."),
            new("text", ColumnType.Text, "Some text."),
            new("value", ColumnType.Number, "A number."),
            new("count", ColumnType.WholeNumber, "A whole number."),
        ];
        using var output = new MemoryStream();
        await DownloadWriters.WriteCsvAsync(output, columns, rows.ToAsyncEnumerable(), CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
    }
}
