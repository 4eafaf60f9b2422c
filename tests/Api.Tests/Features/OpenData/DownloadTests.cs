using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using GreenCommunity.Api.Tests.Infrastructure;
using Parquet;
using Parquet.Schema;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>Bulk downloads, the data dictionary and the feed, on the shared sample database.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class DownloadTests(ApiFactory factory)
{
    /// <summary>The column order of each CSV download: a snapshot, because reordering breaks researchers' scripts.</summary>
    public static TheoryData<string, string> Headers => new()
    {
        { "awards", "award_id,community_code,community_name_zh,community_name_en,community_kind,level,year,district_at_award_code,district_at_award_name_en,current_district_code,score,awarded_on,valid_until,revoked_on,revocation_reason,published_in_edition,sample" },
        { "communities", "community_id,code,name_zh,name_en,kind,gated,co_built_with,commercial_estate,households,occupancy_rate,latitude,longitude,street_code,district_code,sample" },
        { "gate-verdicts", "award_id,community_code,year,level,gate,stage,passed,evidence,evaluated_at" },
        { "observations", "observation_id,indicator_code,community_code,district_code,year,value,unit,provenance,source_document,published_at,published_in_edition,replaced_in_edition,sample,indicator_version" },
        { "organisations", "organisation_id,code,name_zh,name_en,level,role,district_code,street_code,published_in_edition,sample" },
        { "annual-plans", "plan_id,year,district_code,organisation_code,district_title_target,city_title_target,task_community_codes,published_in_edition,sample" },
        { "funding-allocations", "allocation_id,year,payer_level,payer_organisation_code,payer_district_code,payer_street_code,recipient_district_code,recipient_street_code,community_code,purpose,amount_yuan,note,published_in_edition,sample" },
        { "events", "event_id,kind,basis,year,held_on,title_zh,title_en,description,organiser_code,district_code,host_community_code,visited_community_codes,audience,sessions,attendance,attendance_is_minimum,communities_represented,source_document,published_in_edition,sample" },
        { "outreach", "outreach_id,kind,basis,channel,year,issued_on,title_zh,title_en,description,outlet,quantity,quantity_is_minimum,print_run,organiser_code,district_code,community_code,campaign_year,campaign_level,publicity_notice_id,source_document,published_in_edition,sample" },
        { "community-practices", "practice_id,community_code,district_code,kind,started_on,ended_on,title_zh,title_en,description,evidence,count,source_document,published_in_edition,sample" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task CsvIsUtf8WithABomAndAStableColumnOrder(string dataset, string header)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync($"/downloads/{dataset}.csv?edition=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        Assert.True(lines.Length > 1);
        Assert.Equal("1", response.Headers.GetValues("X-GreenCommunity-Edition").Single());
        Assert.Equal("CC-BY-4.0", response.Headers.GetValues("X-GreenCommunity-License").Single());
        Assert.Matches("^[0-9a-f]{64}$", response.Headers.GetValues("X-GreenCommunity-Content-Hash").Single());
        Assert.Contains("rel=\"license\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Equal($"greencommunity-{dataset}-edition-1.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        if (dataset == "awards")
        {
            Assert.Contains(lines, l => l.Contains(",YX-QIAOYUAN,侨苑社区,Qiaoyuan Community,", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task NdjsonAndParquetReadBackWithTheSameRowsAsCsv()
    {
        using var client = factory.CreateClient();
        var csvRows = (await client.GetStringAsync("/downloads/observations.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

        var ndjson = (await client.GetStringAsync("/downloads/observations.ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(csvRows, ndjson.Count);
        Assert.Equal(Headers.Single(h => (string)h[0] == "observations")[1], string.Join(',', ndjson[0].Select(p => p.Key)));
        var qiaoyuan = ndjson.Single(o => o["community_code"]!.GetValue<string>() == "YX-QIAOYUAN" && o["indicator_code"]!.GetValue<string>() == "waste-sorting-participation" && o["year"]!.GetValue<int>() == 2002);
        Assert.Equal(62, qiaoyuan["value"]!.GetValue<double>());
        Assert.Equal("PANEL_VERIFIED", qiaoyuan["provenance"]!.GetValue<string>());

        using var response = await client.GetAsync("/downloads/observations.parquet?edition=1");
        Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType!.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal("1", reader.CustomMetadata["greencommunity.edition"]);
        Assert.Equal("CC-BY-4.0", reader.CustomMetadata["license"]);
        Assert.Equal(Headers.Single(h => (string)h[0] == "observations")[1], string.Join(',', reader.Schema.GetDataFields().Select(f => f.Name)));
        var rows = 0;
        var values = new List<double?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            rows += count;
            var buffer = new double?[count];
            await group.ReadAsync<double>((DataField)reader.Schema.GetDataFields().Single(f => f.Name == "value"), buffer.AsMemory());
            values.AddRange(buffer);
        }

        Assert.Equal(csvRows, rows);
        Assert.Equal(ndjson.Select(o => o["value"]!.GetValue<double>()), values.Select(v => v!.Value));
    }

    [Fact]
    public async Task UnknownDatasetsFormatsAndEditionsAreNotFound()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/downloads/objections.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/downloads/awards.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/downloads/awards.csv?edition=999")).StatusCode);
    }

    [Fact]
    public async Task TheDictionaryDescribesEveryDownloadedColumnAndIndicator()
    {
        using var client = factory.CreateClient();
        var dictionary = JsonNode.Parse(await client.GetStringAsync("/downloads/dictionary.json"))!;
        Assert.Equal("CC-BY-4.0", dictionary["licence"]!["id"]!.GetValue<string>());
        foreach (var (dataset, header) in Headers.Select(h => ((string)h[0], (string)h[1])))
        {
            var columns = dictionary["datasets"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == dataset)!["columns"]!.AsArray();
            Assert.Equal(header, string.Join(',', columns.Select(c => c!["name"]!.GetValue<string>())));
            Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.GetValue<string>())));
        }

        var graphql = (await client.PostGraphQLAsync("{ dataset { licence { id url } dictionary { name columns { name } } indicators { code unit methodology } downloads { url } latestEdition { number } } indicators { code } }")).AssertData();
        Assert.Equal(dictionary["indicators"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()), graphql["indicators"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()));
        Assert.Equal(30, graphql["dataset"]!["downloads"]!.AsArray().Count);
        foreach (var link in graphql["dataset"]!["downloads"]!.AsArray())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link!["url"]!.GetValue<string>())).StatusCode);
        }
    }

    [Fact]
    public async Task TheAtomFeedParsesAndCarriesEditionsAndNoticesWithTheirDeadlines()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/feeds/publications.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace gc = "urn:greencommunity:feed";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Contains(entries, e => e.Element(gc + "edition")?.Value == "1");
        var notice = Assert.Single(entries, e => e.Element(atom + "category")!.Attribute("term")!.Value == "publicity-notice");
        Assert.Equal("2002-12-16", notice.Element(gc + "objectionDeadline")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(atom + "updated")));
        Assert.Contains(feed.Root.Elements(atom + "link"), l => l.Attribute("rel")!.Value == "license");
    }
}
