using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>
/// A district records its programme activity and publishes it, over HTTP and over WebSocket: Haizhu's reviewer records
/// a training session, a booklet run and a community practice as drafts, nobody else sees or changes them, a stale
/// version is refused, one publication lists all three in a new edition, and anonymous readers then find them.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ProgrammeActivitiesWalkthroughTests : IDisposable
{
    private static readonly string Haizhu = TestTokens.Reviewer("440105");
    private static readonly string Tianhe = TestTokens.Reviewer("440106");
    private static readonly string City = TestTokens.CityAdmin();

    private readonly WorkflowApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task ADistrictRecordsPublishesAndThePublicReadsBack(Transport transport)
    {
        // Haizhu's reviewer records three drafts for the district.
        var training = await Mutate(transport, "recordProgrammeEvent", "event", """
            { "kind": "MANAGER_TRAINING", "year": 2004, "heldOn": "2004-03-12", "title": { "zh": "海珠区社区管理人员培训", "en": "Haizhu manager training" },
              "district": "440105", "organiserCode": "440105-EPB", "hostCommunity": "HZ-RUIBAO", "audience": "MANAGERS", "attendance": 64 }
            """, Haizhu);
        Assert.False(training["published"]!.GetValue<bool>());
        var booklets = await Mutate(transport, "recordOutreachItem", "outreachItem", """
            { "kind": "BOOKLET", "channel": "HOUSEHOLD", "year": 2004, "title": { "zh": "绿色社区专刊", "en": "Green Community special issue" },
              "district": "440105", "quantity": 3000, "printRun": 1, "community": "HZ-RUIBAO" }
            """, Haizhu);
        var sorting = await Mutate(transport, "recordCommunityPractice", "practice", """
            { "community": "HZ-RUIBAO", "kind": "WASTE_SORTING", "startedOn": "2004-01-10", "title": { "zh": "垃圾分类", "en": "Waste sorting" },
              "evidence": "Photo record of the sorted bins, kept by the residents' committee.", "count": 24 }
            """, Haizhu);
        string[] ids = [Id(training), Id(booklets), Id(sorting)];

        // Drafts are not public, by any field.
        var anonymous = await Read(transport, """{ events(where: { district: { eq: "440105" }, year: { eq: 2004 } }) { totalCount } outreach(where: { year: { eq: 2004 } }) { totalCount } community(code: "HZ-RUIBAO") { practices { totalCount } } }""");
        Assert.Equal(0, anonymous["events"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, anonymous["outreach"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, anonymous["community"]!["practices"]!["totalCount"]!.GetValue<int>());
        foreach (var id in ids)
        {
            Assert.Null((await Read(transport, $$"""{ node(id: "{{id}}") { id } }"""))["node"]);
        }

        // Another district's reviewer neither sees, nor changes, nor publishes them, nor records for Haizhu.
        Assert.Null((await Read(transport, $$"""{ node(id: "{{ids[0]}}") { id } }""", Tianhe))["node"]);
        Assert.Equal("NOT_FOUND", await Refused(transport, "updateProgrammeEvent", Update(ids[0], 0, 70), Tianhe));
        Assert.Equal("NOT_FOUND", await Refused(transport, "publishProgrammeRecords", Publish(ids), Tianhe));
        Assert.Equal("OUT_OF_SCOPE", await Refused(transport, "recordOutreachItem", """{ "kind": "POSTER", "channel": "COMMUNITY", "year": 2004, "title": { "zh": "海报", "en": "Posters" }, "district": "440105" }""", Tianhe));
        Assert.Equal("OUT_OF_SCOPE", await Refused(transport, "recordCommunityPractice", """{ "community": "HZ-RUIBAO", "kind": "VOLUNTEER_GROUP", "startedOn": "2004-01-01", "title": { "zh": "志愿者", "en": "Volunteers" }, "evidence": "Roster." }""", Tianhe));

        // A district reviewer records nothing city-wide; the city does.
        Assert.Equal("OUT_OF_SCOPE", await Refused(transport, "recordProgrammeEvent", """{ "kind": "EXCHANGE_MEETING", "year": 2004, "heldOn": "2004-04-20", "title": { "zh": "交流会", "en": "Exchange meeting" }, "audience": "OFFICIALS" }""", Haizhu));

        // The rules of the record and of the version hold.
        var invalid = await Call(transport, "updateProgrammeEvent", """{ "id": "{{ID}}", "version": 0, "kind": "MANAGER_TRAINING", "year": 2004, "heldOn": "2004-03-12", "title": { "zh": "培训", "en": "Training" }, "district": "440105", "audience": "MANAGERS", "sessions": 3 }""".Replace("{{ID}}", ids[0], StringComparison.Ordinal), Haizhu);
        Assert.Equal("sessions", invalid["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", invalid["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("CONFLICT", await Refused(transport, "updateProgrammeEvent", Update(ids[0], 7, 70), Haizhu));
        var revised = await Mutate(transport, "updateProgrammeEvent", "event", Update(ids[0], training["version"]!.GetValue<int>(), 70), Haizhu);
        Assert.Equal(70, revised["attendance"]!.GetValue<int>());

        // One publication lists the three in a new edition; sending it again changes nothing.
        var batch = await Mutate(transport, "publishProgrammeRecords", "batch", Publish(ids), Haizhu, "published alreadyPublished edition { number changes { nodes { kind programmeRecord { __typename id } } } }");
        Assert.Equal(3, batch["published"]!.GetValue<int>());
        var edition = batch["edition"]!["number"]!.GetValue<int>();
        var changes = batch["edition"]!["changes"]!["nodes"]!.AsArray();
        Assert.Equal(["ProgrammeEvent", "OutreachItem", "CommunityPractice"], changes.Select(c => c!["programmeRecord"]!["__typename"]!.GetValue<string>()));
        Assert.All(changes, c => Assert.Equal("PROGRAMME_RECORD_ADDED", c!["kind"]!.GetValue<string>()));
        var again = await Mutate(transport, "publishProgrammeRecords", "batch", Publish(ids), City, "published alreadyPublished edition { number }");
        Assert.Equal(0, again["published"]!.GetValue<int>());
        Assert.Equal(3, again["alreadyPublished"]!.GetValue<int>());
        Assert.Null(again["edition"]);

        // The edition's content hash covers them: the same awards and values as the edition before, another hash.
        var hashes = await Read(transport, $$"""{ before: edition(ref: { number: {{edition - 1}} }) { contentHash awardCount observationCount } after: edition(ref: { number: {{edition}} }) { contentHash awardCount observationCount } }""");
        Assert.Equal(hashes["before"]!["awardCount"]!.GetValue<int>(), hashes["after"]!["awardCount"]!.GetValue<int>());
        Assert.Equal(hashes["before"]!["observationCount"]!.GetValue<int>(), hashes["after"]!["observationCount"]!.GetValue<int>());
        Assert.NotEqual(hashes["before"]!["contentHash"]!.GetValue<string>(), hashes["after"]!["contentHash"]!.GetValue<string>());

        // Anonymous readers find them, by list, profile, statistic and node.
        var published = await Read(transport, """
            { events(where: { district: { eq: "440105" }, year: { eq: 2004 } }) { nodes { attendance published publishedInEdition hostCommunity { code } } }
              outreach(where: { district: { eq: "440105" }, year: { eq: 2004 } }) { nodes { kind quantity community { code } } }
              community(code: "HZ-RUIBAO") { practices { nodes { kind count evidence } } }
              statistics { programmeActivity(year: 2004, groupBy: [DISTRICT, KIND]) { district { code } kind sessions attendance } } }
            """);
        var readEvent = Assert.Single(published["events"]!["nodes"]!.AsArray())!;
        Assert.Equal(70, readEvent["attendance"]!.GetValue<int>());
        Assert.Equal(edition, readEvent["publishedInEdition"]!.GetValue<int>());
        Assert.Equal(3000, Assert.Single(published["outreach"]!["nodes"]!.AsArray())!["quantity"]!.GetValue<int>());
        Assert.Equal("WASTE_SORTING", Assert.Single(published["community"]!["practices"]!["nodes"]!.AsArray())!["kind"]!.GetValue<string>());
        var total = Assert.Single(published["statistics"]!["programmeActivity"]!.AsArray())!;
        Assert.Equal("440105", total["district"]!["code"]!.GetValue<string>());
        Assert.Equal(70, total["attendance"]!.GetValue<int>());
        Assert.NotNull((await Read(transport, $$"""{ node(id: "{{ids[2]}}") { id } }"""))["node"]);

        // A published record is not changed again.
        Assert.Equal("WRONG_STATE", await Refused(transport, "updateProgrammeEvent", Update(ids[0], revised["version"]!.GetValue<int>() + 1, 80), Haizhu));
    }

    private static string Id(JsonNode record) => record["id"]!.GetValue<string>();

    private static string Update(string id, int version, int attendance) =>
        $$"""{ "id": "{{id}}", "version": {{version}}, "kind": "MANAGER_TRAINING", "year": 2004, "heldOn": "2004-03-12", "title": { "zh": "海珠区社区管理人员培训", "en": "Haizhu manager training" }, "district": "440105", "hostCommunity": "HZ-RUIBAO", "audience": "MANAGERS", "attendance": {{attendance}} }""";

    private static string Publish(string[] ids) => JsonSerializer.Serialize(new { ids, reason = "Haizhu's 2004 programme activity" });

    private async Task<JsonNode> Mutate(Transport transport, string mutation, string field, string input, string token, string? selection = null)
    {
        selection ??= field == "event" ? "id version published attendance" : "id version published";
        var payload = await Call(transport, mutation, input, token, $"{field} {{ {selection} }}");
        Assert.True(payload["errors"]!.AsArray().Count == 0, GraphQLClient.Show(payload["errors"]));
        return payload[field]!;
    }

    private async Task<string> Refused(Transport transport, string mutation, string input, string token)
    {
        var payload = await Call(transport, mutation, input, token);
        return Assert.Single(payload["errors"]!.AsArray())!["code"]!.GetValue<string>();
    }

    private async Task<JsonNode> Call(Transport transport, string mutation, string input, string token, string selection = "__typename")
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await _api.ExecuteAsync(transport, $"mutation($input: {type}!) {{ {mutation}(input: $input) {{ {selection} errors {{ ... on Error {{ code field message }} }} }} }}", new { input = JsonDocument.Parse(input).RootElement }, token);
        return response.AssertData()[mutation]!;
    }

    private async Task<JsonNode> Read(Transport transport, string query, string? token = null) =>
        (await _api.ExecuteAsync(transport, query, token: token)).AssertData();
}
