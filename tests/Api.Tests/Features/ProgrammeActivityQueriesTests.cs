using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>
/// The report's training, exchange and publicity figures, answered by queries over records of the sample data: the
/// totals the report gives are REPORTED_TOTAL records, the meetings and items it names are individual records.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ProgrammeActivityQueriesTests(ApiFactory factory)
{
    [Fact]
    public async Task AnswersTheReportsTrainingFiguresFromRecords()
    {
        var data = await Query("""
            { statistics { programmeActivity(year: 2002, kind: { in: [MANAGER_TRAINING, RESIDENT_SESSION] }, groupBy: [KIND, BASIS]) {
                kind basis records sessions attendance attendanceIsMinimum recordsWithoutAttendance } } }
            """);
        var rows = data["statistics"]!["programmeActivity"]!.AsArray();
        Assert.Equal(2, rows.Count);
        var managers = rows.Single(r => r!["kind"]!.GetValue<string>() == "MANAGER_TRAINING")!;
        Assert.Equal("REPORTED_TOTAL", managers["basis"]!.GetValue<string>());
        Assert.Equal(9, managers["sessions"]!.GetValue<int>());
        Assert.Equal(500, managers["attendance"]!.GetValue<int>());
        Assert.True(managers["attendanceIsMinimum"]!.GetValue<bool>());
        var residents = rows.Single(r => r!["kind"]!.GetValue<string>() == "RESIDENT_SESSION")!;
        Assert.Equal(23, residents["sessions"]!.GetValue<int>());
        Assert.Equal(900, residents["attendance"]!.GetValue<int>());
        Assert.True(residents["attendanceIsMinimum"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListsTheTwoExchangeMeetingsWithTheirHostsAndVisits()
    {
        var data = await Query("""
            { events(where: { kind: { eq: EXCHANGE_MEETING }, year: { eq: 2002 } }) { totalCount nodes {
                id heldOn basis organiserCode hostCommunity { code } visitedCommunities { code } audience attendance attendanceIsMinimum communitiesRepresented sample published } } }
            """);
        Assert.Equal(2, data["events"]!["totalCount"]!.GetValue<int>());
        var nodes = data["events"]!["nodes"]!.AsArray();
        var april = nodes[0]!;
        Assert.Equal("2002-04-23", april["heldOn"]!.GetValue<string>());
        Assert.Equal("YX-QIAOYUAN", april["hostCommunity"]!["code"]!.GetValue<string>());
        Assert.Null(april["attendance"]);
        Assert.False(april["sample"]!.GetValue<bool>());
        var september = nodes[1]!;
        Assert.Equal("2002-09-24", september["heldOn"]!.GetValue<string>());
        Assert.Equal(["YX-XIAODONGYUAN", "TH-HUAYING"], september["visitedCommunities"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(90, september["attendance"]!.GetValue<int>());
        Assert.True(september["attendanceIsMinimum"]!.GetValue<bool>());
        Assert.Equal(40, september["communitiesRepresented"]!.GetValue<int>());
        Assert.Equal("CITY-EPB", september["organiserCode"]!.GetValue<string>());

        // The same records by the communities involved, and by node ID.
        var visited = await Query("""{ events(where: { community: { eq: "TH-HUAYING" }, kind: { eq: EXCHANGE_MEETING } }) { nodes { heldOn } } }""");
        Assert.Equal("2002-09-24", Assert.Single(visited["events"]!["nodes"]!.AsArray())!["heldOn"]!.GetValue<string>());
        var node = await Query($$"""{ node(id: "{{september["id"]!.GetValue<string>()}}") { __typename ... on ProgrammeEvent { heldOn } } }""");
        Assert.Equal("ProgrammeEvent", node["node"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task CountsWorldEnvironmentDayEventsInTheCityAndSixDistricts()
    {
        var data = await Query("""{ statistics { programmeActivity(year: 2002, kind: { eq: ENVIRONMENT_DAY_EVENT }, groupBy: [DISTRICT]) { district { code } records } } }""");
        var rows = data["statistics"]!["programmeActivity"]!.AsArray();
        Assert.Equal(7, rows.Count);
        Assert.Equal(["440102", "440103", "440104", "440105", "440106", "440112"], rows.Select(r => r!["district"]?["code"]?.GetValue<string>()).OfType<string>().Order());
        Assert.All(rows, r => Assert.Equal(1, r!["records"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AnswersThePostersAsAReportedTotalAndAsTwoPrintRuns()
    {
        var data = await Query("""{ statistics { outreachTotals(year: 2002, kind: { eq: POSTER }, groupBy: [BASIS]) { basis records quantity quantityIsMinimum } } }""");
        var rows = data["statistics"]!["outreachTotals"]!.AsArray();
        var reported = rows.Single(r => r!["basis"]!.GetValue<string>() == "REPORTED_TOTAL")!;
        Assert.Equal(1, reported["records"]!.GetValue<int>());
        Assert.Equal(40_000, reported["quantity"]!.GetValue<int>());
        var runs = rows.Single(r => r!["basis"]!.GetValue<string>() == "INDIVIDUAL")!;
        Assert.Equal(2, runs["records"]!.GetValue<int>());
        Assert.Equal(40_000, runs["quantity"]!.GetValue<int>());

        var items = await Query("""{ outreach(where: { kind: { eq: POSTER }, basis: { eq: INDIVIDUAL } }) { nodes { printRun quantity sample } } }""");
        Assert.Equal([1, 2], items["outreach"]!["nodes"]!.AsArray().Select(n => n!["printRun"]!.GetValue<int>()));
        Assert.All(items["outreach"]!["nodes"]!.AsArray(), n => Assert.True(n!["sample"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task AnswersTheBookletsMediaAndNoticeChannels()
    {
        var booklets = await Query("""{ statistics { outreachTotals(kind: { eq: BOOKLET }, groupBy: []) { quantity quantityIsMinimum } } }""");
        var total = Assert.Single(booklets["statistics"]!["outreachTotals"]!.AsArray())!;
        Assert.Equal(10_000, total["quantity"]!.GetValue<int>());
        Assert.True(total["quantityIsMinimum"]!.GetValue<bool>());

        var media = await Query("""{ outreach(first: 50, where: { channel: { eq: MEDIA }, kind: { in: [PRESS_COVERAGE, TELEVISION_COVERAGE, RADIO_COVERAGE] } }) { totalCount nodes { outlet } } }""");
        Assert.Equal(9, media["outreach"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(media["outreach"]!["nodes"]!.AsArray(), n => n!["outlet"]!.GetValue<string>() == "China Environment News");

        var notices = await Query("""{ publicityNotices(first: 1) { nodes { id } } }""");
        var notice = notices["publicityNotices"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var channels = await Query($$"""{ outreach(where: { publicityNotice: "{{notice}}" }) { nodes { kind channel publicityNotice { id } } } }""");
        Assert.Equal(["COMMUNITY", "MEDIA", "STREET"], channels["outreach"]!["nodes"]!.AsArray().Select(n => n!["channel"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task ShowsACommunitysPracticesOnItsProfileAndAcrossTheCity()
    {
        var dufu = await Query("""{ community(code: "YX-DUFU") { practices { totalCount nodes { kind evidence startedOn sample community { code } } } } }""");
        var practice = Assert.Single(dufu["community"]!["practices"]!["nodes"]!.AsArray())!;
        Assert.Equal("WILDLIFE_SHOP_AGREEMENT", practice["kind"]!.GetValue<string>());
        Assert.Contains("agreements", practice["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(practice["sample"]!.GetValue<bool>());

        var families = await Query("""{ communityPractices(where: { kind: { eq: GREEN_FAMILY_AWARD } }) { nodes { community { code } } } }""");
        Assert.Equal(["LW-GANGHAI", "LW-JULONG"], families["communityPractices"]!["nodes"]!.AsArray().Select(n => n!["community"]!["code"]!.GetValue<string>()));

        var qiaoyuan = await Query("""{ community(code: "YX-QIAOYUAN") { practices(kind: { eq: NOISE_MONITORING_DISPLAY }) { totalCount } } }""");
        Assert.Equal(1, qiaoyuan["community"]!["practices"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task RefusesAGroupingThatNamesADimensionTwice()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("{ statistics { programmeActivity(groupBy: [KIND, KIND]) { records } } }");
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private async Task<JsonNode> Query(string query, string? token = null) =>
        (await factory.CreateClient().PostGraphQLAsync(query, token: token)).AssertData();
}
