using System.Text;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>Reads CSV as a spreadsheet program's import does, strictly: anything but RFC 4180 fails the test.</summary>
internal static class CsvText
{
    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"A quote inside an unquoted field at {i}.");
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n', $"A bare line break outside quotes at {i}.");
                field.Append(c);
            }
        }

        Assert.False(quoted, "An unterminated quoted field.");
        Assert.True(field.Length == 0 && record.Count == 0, "The last record does not end with CRLF.");
        return records;
    }
}
