using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>
/// Writes a dataset's rows to a stream as they arrive, so memory stays flat whatever the size: CSV and NDJSON row by
/// row, Parquet one row group (<see cref="ParquetRowGroupSize"/> rows) at a time.
/// </summary>
public static class DownloadWriters
{
    /// <summary>Rows per Parquet row group: the most rows held in memory at once.</summary>
    public const int ParquetRowGroupSize = 10_000;

    /// <summary>What a text cell in a CSV download is prefixed with when it would otherwise start a formula.</summary>
    public const char FormulaGuard = '\'';

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // The first characters that make Excel, WPS, LibreOffice or Google Sheets read a cell as a formula (OWASP, "CSV
    // Injection"): =, +, -, @, tab and carriage return.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    /// <summary>
    /// CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read Chinese correctly, CRLF line ends,
    /// a header row with the column names in their fixed order, fields quoted when they hold a comma, quote or line
    /// break; empty for absent values. A text cell that a spreadsheet would run as a formula gets a leading
    /// <see cref="FormulaGuard"/> (<see cref="CsvCell"/>); numeric, date and boolean cells are written as they are.
    /// </summary>
    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<DownloadColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await output.WriteAsync(Utf8Bom, cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => Quote(c.Name))));
        var line = new StringBuilder();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(CsvCell(row[i], columns[i].Type));
            }

            await writer.WriteLineAsync(line, cancellationToken);
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>NDJSON: one JSON object per line, keys in the columns' order, typed values (null when absent).</summary>
    public static async Task WriteNdjsonAsync(Stream output, IReadOnlyList<DownloadColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var names = columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        var buffer = new MemoryStream();
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(names[i]);
                WriteJson(json, row[i], columns[i].Type);
            }

            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
            buffer.WriteByte((byte)'\n');
            if (buffer.Length > 32 * 1024)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(output, cancellationToken);
                buffer.SetLength(0);
            }

            json.Reset(buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Parquet: typed, nullable columns, row groups of <see cref="ParquetRowGroupSize"/> rows, key-value metadata.</summary>
    public static async Task WriteParquetAsync(Stream output, IReadOnlyList<DownloadColumn> columns, IAsyncEnumerable<object?[]> rows, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metadata);
        var fields = columns.Select(Field).ToArray();
        await using var counting = new ForwardOnlyStream(output);
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), counting, cancellationToken: cancellationToken))
        {
            writer.CustomMetadata = new Dictionary<string, string>(metadata);
            var group = new List<object?[]>(ParquetRowGroupSize);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                group.Add(row);
                if (group.Count == ParquetRowGroupSize)
                {
                    await WriteRowGroupAsync(writer, fields, columns, group, cancellationToken);
                    await counting.DrainAsync(cancellationToken);
                    group.Clear();
                }
            }

            if (group.Count > 0)
            {
                await WriteRowGroupAsync(writer, fields, columns, group, cancellationToken);
                await counting.DrainAsync(cancellationToken);
            }
        }

        await counting.DrainAsync(cancellationToken);
    }

    /// <summary>A value as CSV text (invariant culture, ISO dates); empty for null.</summary>
    public static string Text(object? value, ColumnType type) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => type == ColumnType.Text ? value.ToString() ?? string.Empty : value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// A value as a CSV field. A <see cref="ColumnType.Text"/> value that begins with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, tab or carriage return would be run as a formula by a spreadsheet program (a revocation reason
    /// <c>=HYPERLINK(...)</c> becomes a link that sends the sheet's data away), so it is written as OWASP recommends
    /// against CSV injection: prefixed with <see cref="FormulaGuard"/> and quoted, inner quotes doubled. The program
    /// shows the text as text; the NDJSON and Parquet downloads carry the value unchanged. Other columns hold numbers
    /// (a negative number is data), dates and booleans, and are never prefixed.
    /// </summary>
    public static string CsvCell(object? value, ColumnType type)
    {
        var text = Text(value, type);
        return type == ColumnType.Text && StartsFormula(text)
            ? "\"" + FormulaGuard + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : Quote(text);
    }

    /// <summary>True when a spreadsheet program would read <paramref name="text"/> as a formula.</summary>
    public static bool StartsFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteJson(Utf8JsonWriter json, object? value, ColumnType type)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int n:
                json.WriteNumberValue(n);
                break;
            case decimal d:
                json.WriteRawValue(Text(d, type));
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            default:
                json.WriteStringValue(Text(value, type));
                break;
        }
    }

    private static DataField Field(DownloadColumn column) => column.Type switch
    {
        ColumnType.WholeNumber => new DataField<int?>(column.Name),
        ColumnType.Number => new DataField<double?>(column.Name),
        ColumnType.Boolean => new DataField<bool?>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.Timestamp => new DataField<DateTime?>(column.Name),
        _ => new DataField<string>(column.Name, true),
    };

    private static async Task WriteRowGroupAsync(ParquetWriter writer, DataField[] fields, IReadOnlyList<DownloadColumn> columns, List<object?[]> group, CancellationToken cancellationToken)
    {
        using var rowGroup = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            switch (columns[i].Type)
            {
                case ColumnType.WholeNumber:
                    await rowGroup.WriteAsync<int>(fields[i], group.Select(r => r[index] is { } v ? (int?)Convert.ToInt32(v, CultureInfo.InvariantCulture) : null).ToArray(), null, null, cancellationToken);
                    break;
                case ColumnType.Number:
                    await rowGroup.WriteAsync<double>(fields[i], group.Select(r => r[index] is { } v ? (double?)Convert.ToDouble(v, CultureInfo.InvariantCulture) : null).ToArray(), null, null, cancellationToken);
                    break;
                case ColumnType.Boolean:
                    await rowGroup.WriteAsync<bool>(fields[i], group.Select(r => (bool?)r[index]).ToArray(), null, null, cancellationToken);
                    break;
                case ColumnType.Date:
                    await rowGroup.WriteAsync<DateOnly>(fields[i], group.Select(r => (DateOnly?)r[index]).ToArray(), null, null, cancellationToken);
                    break;
                case ColumnType.Timestamp:
                    await rowGroup.WriteAsync<DateTime>(fields[i], group.Select(r => (DateTime?)r[index]).ToArray(), null, null, cancellationToken);
                    break;
                default:
                    await rowGroup.WriteAsync(fields[i], group.Select(r => r[index] is { } v ? Text(v, ColumnType.Text) : null).ToArray(), null);
                    break;
            }
        }

        rowGroup.CompleteValidate();
    }

    /// <summary>
    /// A write-only view of a response body for the Parquet writer, which writes synchronously and needs the position
    /// for the file's offsets (never to seek back). Writes go to a buffer that <see cref="DrainAsync"/> sends on
    /// asynchronously after each row group, so at most one encoded row group is held in memory.
    /// </summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        private readonly MemoryStream _pending = new();
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException("A download is written forward only.");
        }

        /// <summary>Sends what was written so far to the response.</summary>
        public async Task DrainAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                _pending.Position = 0;
                await _pending.CopyToAsync(inner, cancellationToken);
                _pending.SetLength(0);
            }

            await inner.FlushAsync(cancellationToken);
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) =>
            origin == SeekOrigin.Current && offset == 0 ? _written : throw new NotSupportedException("A download is written forward only.");

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            _pending.Write(buffer, offset, count);
            _written += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _pending.Write(buffer);
            _written += buffer.Length;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
