using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Npgsql;

// The benchmark baseline: hand-written SQL and a hand-written JSON writer, producing exactly the JSON the GraphQL
// API returns for the journalist's list, a district reviewer's queue and an indicator series (bench/run.sh and
// bench/postgresql.sh check that). No framework beyond minimal APIs. The same code runs on SQLite
// (Microsoft.Data.Sqlite) and on PostgreSQL (Npgsql, Database:Provider=PostgreSql); the connection string decides
// Npgsql's pooling settings (the harness starts one plain and one tuned instance).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration["ConnectionStrings:GreenCommunity"]
    ?? throw new InvalidOperationException("Set ConnectionStrings:GreenCommunity to the benchmark database.");
var postgres = string.Equals(builder.Configuration["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
await using var dataSource = postgres ? NpgsqlDataSource.Create(connectionString) : null;
var app = builder.Build();
var jsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
{
    DbConnection connection = dataSource is not null ? dataSource.CreateConnection() : new SqliteConnection(connectionString);
    await connection.OpenAsync(cancellationToken);
    return connection;
}

// What the benchmark reads to compute allocations per request: bytes allocated by this process so far.
app.MapGet("/diagnostics/allocated", () => GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));

app.MapGet("/awards", async (int year, HttpContext context) =>
{
    await using var connection = await OpenAsync(context.RequestAborted);

    await using var count = connection.CreateCommand();
    count.CommandText = "SELECT COUNT(*) FROM awards WHERE published_at IS NOT NULL AND year = @year AND level = 'City'";
    Add(count, "year", year);
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
        WHERE a.published_at IS NOT NULL AND a.year = @year AND a.level = 'City'
        ORDER BY c.name_en, a.id
        LIMIT 100
        """;
    Add(page, "year", year);

    context.Response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(context.Response.Body, jsonOptions);
    Open(json, "awards");
    json.WriteNumber("totalCount", total);
    json.WriteStartArray("nodes");
    await using (var reader = await page.ExecuteReaderAsync(context.RequestAborted))
    {
        while (await reader.ReadAsync(context.RequestAborted))
        {
            json.WriteStartObject();
            json.WriteString("id", Id("Award", reader.GetInt32(0)));
            json.WriteNumber("year", reader.GetInt32(1));
            if (reader.IsDBNull(2))
            {
                json.WriteNull("score");
            }
            else
            {
                json.WriteNumber("score", reader.GetDouble(2));
            }

            json.WriteString("awardedOn", reader.GetFieldValue<DateOnly>(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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

    Close(json);
});

// A district reviewer's queue: what `districtQueue(first: 50)` returns (the token is not checked here).
app.MapGet("/queue", async (string districts, HttpContext context) =>
{
    var codes = districts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    await using var connection = await OpenAsync(context.RequestAborted);
    var inList = string.Join(", ", codes.Select((_, i) => "@d" + i.ToString(CultureInfo.InvariantCulture)));
    const string From = """
        FROM applications a
        JOIN communities c ON c.id = a.community_id
        JOIN streets s ON s.id = c.street_id
        JOIN districts d ON d.id = s.district_id
        WHERE a.status IN ('Submitted', 'UnderDistrictReview') AND d.code IN ({0})
        """;
    await using var count = connection.CreateCommand();
    count.CommandText = "SELECT COUNT(*) " + string.Format(CultureInfo.InvariantCulture, From, inList);
    await using var page = connection.CreateCommand();
    page.CommandText = "SELECT a.id, a.status, c.code, c.name_en " + string.Format(CultureInfo.InvariantCulture, From, inList) + " ORDER BY a.id LIMIT 50";
    for (var i = 0; i < codes.Length; i++)
    {
        Add(count, "d" + i.ToString(CultureInfo.InvariantCulture), codes[i]);
        Add(page, "d" + i.ToString(CultureInfo.InvariantCulture), codes[i]);
    }

    var total = Convert.ToInt32(await count.ExecuteScalarAsync(context.RequestAborted), CultureInfo.InvariantCulture);
    context.Response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(context.Response.Body, jsonOptions);
    Open(json, "districtQueue");
    json.WriteNumber("totalCount", total);
    json.WriteStartArray("nodes");
    await using (var reader = await page.ExecuteReaderAsync(context.RequestAborted))
    {
        while (await reader.ReadAsync(context.RequestAborted))
        {
            json.WriteStartObject();
            json.WriteString("id", Id("Application", reader.GetInt32(0)));
            json.WriteString("status", ConstantCase(reader.GetString(1)));
            json.WriteStartObject("community");
            json.WriteString("code", reader.GetString(2));
            json.WriteStartObject("name");
            json.WriteString("en", reader.GetString(3));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    Close(json);
});

// An indicator's series in a district: what `observations(first: 100, where: {indicator, district, year}, orderBy:
// [COMMUNITY, YEAR])` returns from the latest edition (values published and not corrected since).
app.MapGet("/observations", async (string indicator, string district, int from, int to, HttpContext context) =>
{
    await using var connection = await OpenAsync(context.RequestAborted);
    const string Where = """
        FROM observations o
        JOIN indicator_definitions i ON i.id = o.indicator_id
        JOIN communities c ON c.id = o.community_id
        JOIN streets s ON s.id = c.street_id
        JOIN districts d ON d.id = s.district_id
        WHERE o.published_in_edition IS NOT NULL AND o.superseded_in_edition IS NULL
          AND i.code = @indicator AND d.code = @district AND o.year >= @from AND o.year <= @to
        """;
    await using var count = connection.CreateCommand();
    count.CommandText = "SELECT COUNT(*) " + Where;
    await using var page = connection.CreateCommand();
    page.CommandText = "SELECT c.code, o.year, o.value, o.provenance " + Where + " ORDER BY c.code, o.year, o.id LIMIT 100";
    foreach (var command in new[] { count, page })
    {
        Add(command, "indicator", indicator);
        Add(command, "district", district);
        Add(command, "from", from);
        Add(command, "to", to);
    }

    var total = Convert.ToInt32(await count.ExecuteScalarAsync(context.RequestAborted), CultureInfo.InvariantCulture);
    context.Response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(context.Response.Body, jsonOptions);
    Open(json, "observations");
    json.WriteNumber("totalCount", total);
    json.WriteStartArray("nodes");
    await using (var reader = await page.ExecuteReaderAsync(context.RequestAborted))
    {
        while (await reader.ReadAsync(context.RequestAborted))
        {
            json.WriteStartObject();
            json.WriteStartObject("community");
            json.WriteString("code", reader.GetString(0));
            json.WriteEndObject();
            json.WriteNumber("year", reader.GetInt32(1));
            json.WriteNumber("value", reader.GetDecimal(2));
            json.WriteString("provenance", ConstantCase(reader.GetString(3)));
            json.WriteEndObject();
        }
    }

    Close(json);
});

await app.RunAsync();

static void Add(DbCommand command, string name, object value)
{
    var parameter = command.CreateParameter();
    parameter.ParameterName = name;
    parameter.Value = value;
    command.Parameters.Add(parameter);
}

static string Id(string type, int id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + id.ToString(CultureInfo.InvariantCulture)));

static string ConstantCase(string pascal) => Regex.Replace(pascal, "(?<=[a-z0-9])([A-Z])", "_$1").ToUpperInvariant();

static void Open(Utf8JsonWriter json, string field)
{
    json.WriteStartObject();
    json.WriteStartObject("data");
    json.WriteStartObject(field);
}

static void Close(Utf8JsonWriter json)
{
    json.WriteEndArray();
    json.WriteEndObject();
    json.WriteEndObject();
    json.WriteEndObject();
}

static void Name(Utf8JsonWriter json, DbDataReader reader, int ordinal)
{
    json.WriteStartObject("name");
    json.WriteString("zh", reader.GetString(ordinal));
    json.WriteString("en", reader.GetString(ordinal + 1));
    json.WriteEndObject();
}
