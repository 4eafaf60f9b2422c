using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;

// The benchmark baseline: one hand-written SQL query and a hand-written JSON writer, producing exactly the JSON the
// GraphQL API returns for the journalist's list (bench/lua/journalist.lua). No framework beyond minimal APIs.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration["ConnectionStrings:GreenCommunity"]
    ?? throw new InvalidOperationException("Set ConnectionStrings:GreenCommunity to the benchmark database.");
var app = builder.Build();
var jsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

app.MapGet("/awards", async (int year, HttpContext context) =>
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(context.RequestAborted);

    await using var count = connection.CreateCommand();
    count.CommandText = "SELECT COUNT(*) FROM awards WHERE published_at IS NOT NULL AND year = $year AND level = 'City'";
    count.Parameters.AddWithValue("$year", year);
    var total = Convert.ToInt32(await count.ExecuteScalarAsync(context.RequestAborted), CultureInfo.InvariantCulture);

    await using var page = connection.CreateCommand();
    page.CommandText = """
        SELECT a.id, a.year, a.score, a.awarded_on,
               c.code, c.name_zh, c.name_en, s.name_zh, s.name_en,
               d.code, d.name_zh, d.name_en, da.code, da.name_zh, da.name_en
        FROM awards a
        JOIN communities c ON c.id = a.community_id
        JOIN streets s ON s.id = c.street_id
        JOIN districts d ON d.id = s.district_id
        JOIN districts da ON da.id = a.district_at_award_id
        WHERE a.published_at IS NOT NULL AND a.year = $year AND a.level = 'City'
        ORDER BY c.name_en, a.id
        LIMIT 100
        """;
    page.Parameters.AddWithValue("$year", year);

    context.Response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(context.Response.Body, jsonOptions);
    json.WriteStartObject();
    json.WriteStartObject("data");
    json.WriteStartObject("awards");
    json.WriteNumber("totalCount", total);
    json.WriteStartArray("nodes");
    await using (var reader = await page.ExecuteReaderAsync(context.RequestAborted))
    {
        while (await reader.ReadAsync(context.RequestAborted))
        {
            json.WriteStartObject();
            json.WriteString("id", Base64Url.EncodeToString(Encoding.UTF8.GetBytes("Award:" + reader.GetInt32(0).ToString(CultureInfo.InvariantCulture))));
            json.WriteNumber("year", reader.GetInt32(1));
            if (reader.IsDBNull(2))
            {
                json.WriteNull("score");
            }
            else
            {
                json.WriteNumber("score", reader.GetDouble(2));
            }

            json.WriteString("awardedOn", reader.GetString(3));
            json.WriteStartObject("community");
            json.WriteString("code", reader.GetString(4));
            Name(json, reader, 5);
            json.WriteStartObject("street");
            Name(json, reader, 7);
            json.WriteEndObject();
            json.WriteStartObject("district");
            json.WriteString("code", reader.GetString(9));
            Name(json, reader, 10);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("districtAtAward");
            json.WriteString("code", reader.GetString(12));
            Name(json, reader, 13);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    json.WriteEndArray();
    json.WriteEndObject();
    json.WriteEndObject();
    json.WriteEndObject();
});

await app.RunAsync();

static void Name(Utf8JsonWriter json, SqliteDataReader reader, int ordinal)
{
    json.WriteStartObject("name");
    json.WriteString("zh", reader.GetString(ordinal));
    json.WriteString("en", reader.GetString(ordinal + 1));
    json.WriteEndObject();
}
