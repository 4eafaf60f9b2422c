using System.Globalization;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>
/// Organisations, annual plans and funding allocations (issue #14, points 1–3 and 7): the report's figures as records,
/// the funding-by-category rule, the write scope, version tokens, publication through an edition, and the SQL bounds.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ProgrammeFundingTests(ApiFactory shared, ProgrammeFundingTests.OwnApi own) : IClassFixture<ProgrammeFundingTests.OwnApi>
{
    private static readonly string Admin = TestTokens.CityAdmin();
    private static readonly string Tianhe = TestTokens.Reviewer("440106");
    private static readonly string Haizhu = TestTokens.Reviewer("440105");
    private static readonly string Huangpu = TestTokens.Reviewer("440112");

    [Fact]
    public async Task AnswersTheReportsFundingFiguresWithAQueryOverRecords()
    {
        const string Query = """
            query($year: Int!) {
              fundingAllocations(first: 100, where: { year: { eq: $year }, payerLevel: { eq: CITY }, payer: { eq: "CITY-EPB" } }) {
                totalCount
                nodes { amountYuan recipientDistrict { code } sample }
              }
            }
            """;
        var client = shared.CreateClient();
        var y2001 = (await client.PostGraphQLAsync(Query, new { year = 2001 })).AssertData()["fundingAllocations"]!;
        var y2002 = (await client.PostGraphQLAsync(Query, new { year = 2002 })).AssertData()["fundingAllocations"]!;

        // 2001: 1,000,000 yuan for the pilots in Dongshan, Yuexiu, Liwan, Haizhu and Tianhe; 2002: 2,900,000 yuan.
        Assert.Equal(1_000_000d, y2001["nodes"]!.AsArray().Sum(n => n!["amountYuan"]!.GetValue<double>()));
        Assert.Equal(["440102", "440103", "440104", "440105", "440106"], y2001["nodes"]!.AsArray().Select(n => n!["recipientDistrict"]!["code"]!.GetValue<string>()).Order().ToArray());
        Assert.Equal(2_900_000d, y2002["nodes"]!.AsArray().Sum(n => n!["amountYuan"]!.GetValue<double>()));

        // The splits are invented, so each record says so.
        Assert.All(y2001["nodes"]!.AsArray().Concat(y2002["nodes"]!.AsArray()), n => Assert.True(n!["sample"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task ListsTheReportsOrganisationsAsFactsAndNamesThemOnAwardsAndCampaigns()
    {
        var data = (await shared.CreateClient().PostGraphQLAsync("""
            {
              joint: organisations(where: { role: { eq: JOINT_ORGANISER } }) { totalCount nodes { code level sample } }
              groups: organisations(where: { role: { eq: LEADING_GROUP }, level: { eq: DISTRICT } }) { nodes { code district { code } sample } }
              awards(first: 1, where: { year: { eq: 2002 }, level: { eq: CITY } }) { nodes { organisation { code } campaign { organisation { code } } } }
            }
            """)).AssertData();
        Assert.Equal(4, data["joint"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["joint"]!["nodes"]!.AsArray(), n => Assert.False(n!["sample"]!.GetValue<bool>()));
        Assert.Equal(["440102", "440103", "440104", "440105", "440106"], data["groups"]!["nodes"]!.AsArray().Select(n => n!["district"]!["code"]!.GetValue<string>()).Order().ToArray());
        Assert.Equal("CITY-EPB", data["awards"]!["nodes"]![0]!["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal("CITY-EPB", data["awards"]!["nodes"]![0]!["campaign"]!["organisation"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShowsTargetsAgainstResultsPerDistrict()
    {
        var plans = (await shared.CreateClient().PostGraphQLAsync("""
            { plans(year: 2002) { district { code } cityTitleTarget taskCommunities { code } results { applications districtTitles cityTitles taskCommunitiesWithCityTitle } } }
            """)).AssertData()["plans"]!.AsArray();
        var city = plans[0]!;
        Assert.Null(city["district"]);
        Assert.Equal(31, city["results"]!["cityTitles"]!.GetValue<int>());
        var districts = plans.Skip(1).ToList();
        Assert.Equal(31, districts.Sum(p => p!["results"]!["cityTitles"]!.GetValue<int>()));
        Assert.All(districts, p => Assert.True(p!["results"]!["taskCommunitiesWithCityTitle"]!.GetValue<int>() <= p["taskCommunities"]!.AsArray().Count));
    }

    [Fact]
    public async Task SumsTheReportsFundingFiguresInTheDatabaseByYearAndDistrict()
    {
        const string Where = "where: { payer: { eq: \"CITY-EPB\" }, year: { lte: 2002 } }";
        var client = shared.CreateClient();
        var byYear = (await client.PostGraphQLAsync("{ statistics { fundingTotals(groupBy: [YEAR], " + Where + ") { year payerLevel district { code } purpose allocations amountYuan } } }")).AssertData()["statistics"]!["fundingTotals"]!.AsArray();
        Assert.Equal([(2001, 1_000_000d), (2002, 2_900_000d)], byYear.Select(t => (t!["year"]!.GetValue<int>(), t["amountYuan"]!.GetValue<double>())));
        Assert.All(byYear, t => Assert.Null(t!["district"]));

        // Grouped by year and district, the cells add up to the list of records, and to the totals by year.
        var cells = (await client.PostGraphQLAsync("{ statistics { fundingTotals(groupBy: [YEAR, DISTRICT], " + Where + ") { year district { code } allocations amountYuan } } }")).AssertData()["statistics"]!["fundingTotals"]!.AsArray();
        var records = (await client.PostGraphQLAsync("{ fundingAllocations(first: 100, " + Where + ") { nodes { year amountYuan recipientDistrict { code } } } }")).AssertData()["fundingAllocations"]!["nodes"]!.AsArray();
        var expected = records.GroupBy(r => (r!["year"]!.GetValue<int>(), r["recipientDistrict"]!["code"]!.GetValue<string>()))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Count(), g.Sum(r => r!["amountYuan"]!.GetValue<double>()))).Order().ToList();
        Assert.Equal(expected, cells.Select(c => (c!["year"]!.GetValue<int>(), c["district"]!["code"]!.GetValue<string>(), c["allocations"]!.GetValue<int>(), c["amountYuan"]!.GetValue<double>())).Order().ToList());
        Assert.Equal(5, cells.Count(c => c!["year"]!.GetValue<int>() == 2001));

        // One total over everything published, and one statement for the sums whatever the grouping.
        var total = (await client.PostGraphQLAsync("{ statistics { fundingTotals(groupBy: []) { allocations amountYuan } } }")).AssertData()["statistics"]!["fundingTotals"]!.AsArray();
        Assert.True(Assert.Single(total)!["amountYuan"]!.GetValue<double>() >= 3_900_000d);
        var plain = await CountAsync("{ statistics { fundingTotals(groupBy: [YEAR]) { year amountYuan } } }", null, data => Assert.NotEmpty(data["statistics"]!["fundingTotals"]!.AsArray()));
        var finest = await CountAsync("{ statistics { fundingTotals(groupBy: [YEAR, PAYER_LEVEL, DISTRICT, PURPOSE]) { year district { code } amountYuan } } }", null, data => Assert.NotEmpty(data["statistics"]!["fundingTotals"]!.AsArray()));
        Assert.Equal(plain + 1, finest); // the districts named, in one batch
    }

    [Fact]
    public async Task ComputesPlansInTheSameNumberOfSqlCommandsForOneDistrictAndForAll()
    {
        const string Query = "query($d: String) { plans(year: 2002, district: $d) { district { code } organisation { code } taskCommunities { code } results { applications districtTitles cityTitles taskCommunitiesWithDistrictTitle } } }";
        var one = await CountAsync(Query, new { d = "440106" }, data => Assert.Single(data["plans"]!.AsArray()));
        var all = await CountAsync(Query, new { d = (string?)null }, data => Assert.True(data["plans"]!.AsArray().Count >= 7));
        Assert.Equal(one, all);
        Assert.InRange(all, 3, 10);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[YEAR]")]
    [InlineData("[CATEGORY, DISTRICT, YEAR]")]
    public async Task ComputesFundingOutcomesInTheDatabaseWithABoundedNumberOfSqlCommands(string groupBy)
    {
        var query = "{ statistics { fundingOutcomes(groupBy: " + groupBy + ") { category district { code } year fundedCommunities unfundedCommunities suppressed fundedMeanChange } } }";
        // The latest edition, the indicator, two grouped queries (all communities, the funded ones), and the districts
        // named by the rows when grouped by district (one batch).
        var count = await CountAsync(query, null, data => Assert.NotEmpty(data["statistics"]!["fundingOutcomes"]!.AsArray()));
        Assert.Equal(groupBy.Contains("DISTRICT", StringComparison.Ordinal) ? 5 : 4, count);
    }

    [Fact]
    public async Task FundingOutcomesSumThePublishableCellsOnly()
    {
        var client = shared.CreateClient();
        const string Fields = "category district { code } year fundedCommunities unfundedCommunities communitiesLeftOut cellsLeftOut suppressed fundedMeanChange unfundedMeanChange";
        var cells = (await client.PostGraphQLAsync("{ statistics { fundingOutcomes(groupBy: [CATEGORY, DISTRICT, YEAR]) { " + Fields + " } } }")).AssertData()["statistics"]!["fundingOutcomes"]!.AsArray();
        var total = (await client.PostGraphQLAsync("{ statistics { fundingOutcomes(groupBy: []) { " + Fields + " } } }")).AssertData()["statistics"]!["fundingOutcomes"]!.AsArray().Single()!;

        // The sample's cells are small: each below the minimum group size (5) on either side is withheld.
        var small = cells.Where(c => c!["fundedCommunities"]!.GetValue<int>() < 5 || c["unfundedCommunities"]!.GetValue<int>() < 5).ToList();
        Assert.NotEmpty(small);
        Assert.All(small, c =>
        {
            Assert.True(c!["suppressed"]!.GetValue<bool>());
            Assert.Null(c["fundedMeanChange"]);
        });

        // The total counts every community but leaves out exactly the withheld cells, and says so.
        Assert.Equal(cells.Sum(c => c!["fundedCommunities"]!.GetValue<int>()), total["fundedCommunities"]!.GetValue<int>());
        Assert.Equal(small.Count, total["cellsLeftOut"]!.GetValue<int>());
        Assert.Equal(small.Sum(c => c!["fundedCommunities"]!.GetValue<int>() + c["unfundedCommunities"]!.GetValue<int>()), total["communitiesLeftOut"]!.GetValue<int>());
        var counted = cells.Except(small).ToList();
        Assert.Equal(counted.Count == 0, total["suppressed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RecordsPublishesAndReadsBackADistrictsPlanAndAllocationsAnonymously()
    {
        var client = own.CreateClient();

        // Huangpu's reviewer records the district's 2004 plan and two allocations: drafts, invisible to the public.
        var plan = await Mutate(client, Huangpu, "recordAnnualPlan", "plan { id version publishedInEdition }", new
        {
            year = 2004,
            district = "440112",
            districtTitleTarget = 4,
            cityTitleTarget = 2,
            taskCommunities = new[] { "HP-DASHA", "HP-XIAYUAN" },
        });
        var planId = plan["plan"]!["id"]!.GetValue<string>();
        Assert.Null(plan["plan"]!["publishedInEdition"]);
        var revised = await Mutate(client, Huangpu, "recordAnnualPlan", "plan { version taskCommunities { code } }", new
        {
            year = 2004,
            district = "440112",
            districtTitleTarget = 5,
            cityTitleTarget = 2,
            taskCommunities = new[] { "HP-DASHA", "HP-XIAYUAN", "HP-JUNXIAO" },
            version = 0,
        });
        Assert.Equal(1, revised["plan"]!["version"]!.GetValue<int>());

        var money = await Mutate(client, Huangpu, "recordFundingAllocation", "allocation { id version amountYuan }", new
        {
            year = 2004,
            payerLevel = "DISTRICT",
            payerDistrict = "440112",
            recipientCommunity = "HP-XIAYUAN",
            purpose = "FACILITIES",
            amountYuan = 30000.0,
            note = "Sorted-waste bins.",
        });
        var moneyId = money["allocation"]!["id"]!.GetValue<string>();
        await Mutate(client, Huangpu, "recordFundingAllocation", "allocation { id }", new
        {
            year = 2004,
            payerLevel = "DISTRICT",
            payerDistrict = "440112",
            recipientCommunity = "HP-DASHA",
            purpose = "EDUCATION_ONLY",
            amountYuan = 8000.0,
        });
        var before = await Anonymous(client, planId, moneyId);
        Assert.Empty(before["plans"]!.AsArray());
        Assert.Equal(0, before["fundingAllocations"]!["totalCount"]!.GetValue<int>());
        Assert.Null(before["plan"]);
        Assert.Null(before["allocation"]);
        Assert.Empty(before["community"]!["funding"]!.AsArray());

        // The district's reviewers (or the city) publish them, in a new edition; then anyone reads them. Another
        // district's reviewer may not.
        Assert.Equal("OUT_OF_SCOPE", await ErrorCode(client, Haizhu, "publishProgrammeRecords", new { district = "440112" }));
        var batch = (await Mutate(client, Huangpu, "publishProgrammeRecords", "batch { published plans { id } fundingAllocations { id } edition { number reason changes(first: 10) { nodes { kind programmeRecord { id } } } } }", new { district = "440112" }))["batch"]!;
        var edition = batch["edition"]!;
        Assert.Equal(3, batch["published"]!.GetValue<int>());
        Assert.Equal(planId, batch["plans"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(3, edition["changes"]!["nodes"]!.AsArray().Count);
        Assert.All(edition["changes"]!["nodes"]!.AsArray(), c => Assert.Equal("PROGRAMME_RECORD_ADDED", c!["kind"]!.GetValue<string>()));
        Assert.Contains(moneyId, edition["changes"]!["nodes"]!.AsArray().Select(c => c!["programmeRecord"]!["id"]!.GetValue<string>()));

        var after = await Anonymous(client, planId, moneyId);
        var published = after["plans"]!.AsArray().Single()!;
        Assert.Equal(["HP-DASHA", "HP-JUNXIAO", "HP-XIAYUAN"], published["taskCommunities"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToArray());
        Assert.Equal(5, published["districtTitleTarget"]!.GetValue<int>());
        Assert.Equal(2, after["fundingAllocations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(38_000d, after["fundingAllocations"]!["nodes"]!.AsArray().Sum(n => n!["amountYuan"]!.GetValue<double>()));
        Assert.Equal(planId, after["plan"]!["id"]!.GetValue<string>());
        Assert.Equal(30_000d, after["allocation"]!["amountYuan"]!.GetValue<double>());
        Assert.Equal(30_000d, after["community"]!["funding"]![0]!["amountYuan"]!.GetValue<double>());
        Assert.Equal(edition["number"]!.GetValue<int>(), after["allocation"]!["publishedInEdition"]!.GetValue<int>());

        // An earlier edition does not list them.
        var earlier = (await client.PostGraphQLAsync("query($n: Int!) { fundingAllocations(where: { year: { eq: 2004 } }, asOf: { number: $n }) { totalCount } }", new { n = edition["number"]!.GetValue<int>() - 1 })).AssertData();
        Assert.Equal(0, earlier["fundingAllocations"]!["totalCount"]!.GetValue<int>());

        // The download of the edition carries them.
        var csv = await client.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"/downloads/funding-allocations.csv?edition={edition["number"]!.GetValue<int>()}"));
        Assert.Contains("HP-XIAYUAN", csv, StringComparison.Ordinal);

        // A published record stays as published; a stale version is a conflict.
        Assert.Equal("WRONG_STATE", await ErrorCode(client, Huangpu, "updateFundingAllocation", new { allocation = moneyId, version = 1, amountYuan = 1.0 }));
        Assert.Equal("WRONG_STATE", await ErrorCode(client, Huangpu, "recordAnnualPlan", new { year = 2004, district = "440112", districtTitleTarget = 1, cityTitleTarget = 1, taskCommunities = Array.Empty<string>(), version = 2 }));
    }

    [Fact]
    public async Task PublishesMoneyAndActivitiesInOneEditionWithinTheReviewersScope()
    {
        var client = own.CreateClient();
        var districtMoney = (await Mutate(client, Huangpu, "recordFundingAllocation", "allocation { id }", new
        {
            year = 2005,
            payerLevel = "DISTRICT",
            payerDistrict = "440112",
            recipientCommunity = "HP-DASHA",
            purpose = "EDUCATION_ONLY",
            amountYuan = 8000.0,
        }))["allocation"]!["id"]!.GetValue<string>();
        var cityMoney = (await Mutate(client, Admin, "recordFundingAllocation", "allocation { id }", new
        {
            year = 2005,
            payerLevel = "CITY",
            recipientCommunity = "HP-DASHA",
            purpose = "EDUCATION_ONLY",
            amountYuan = 1000.0,
        }))["allocation"]!["id"]!.GetValue<string>();
        var training = (await Mutate(client, Huangpu, "recordProgrammeEvent", "event { id }", new
        {
            kind = "MANAGER_TRAINING",
            year = 2005,
            heldOn = "2005-03-12",
            title = new { zh = "黄埔区社区管理人员培训", en = "Huangpu manager training" },
            district = "440112",
            organiserCode = "CITY-EPB",
            audience = "MANAGERS",
        }))["event"]!["id"]!.GetValue<string>();

        // Money the city paid is the city's to publish: to a district reviewer it is a record they may not see.
        Assert.Equal("NOT_FOUND", await ErrorCode(client, Huangpu, "publishProgrammeRecords", new { ids = new[] { districtMoney, cityMoney } }));
        Assert.Equal("INVALID_INPUT", await ErrorCode(client, Admin, "publishProgrammeRecords", new { ids = new[] { training }, district = "440112" }));

        // One edition lists the district's allocation and its event together.
        var batch = (await Mutate(client, Huangpu, "publishProgrammeRecords", "batch { published alreadyPublished fundingAllocations { id } events { id organiser { code } } edition { changes(first: 10) { nodes { kind programmeRecord { __typename id } } } } }", new { ids = new[] { districtMoney, training } }))["batch"]!;
        Assert.Equal(2, batch["published"]!.GetValue<int>());
        Assert.Equal(districtMoney, batch["fundingAllocations"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("CITY-EPB", batch["events"]![0]!["organiser"]!["code"]!.GetValue<string>());
        var changes = batch["edition"]!["changes"]!["nodes"]!.AsArray();
        Assert.Equal(["FundingAllocation", "ProgrammeEvent"], changes.Select(c => c!["programmeRecord"]!["__typename"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray());
        Assert.All(changes, c => Assert.Equal("PROGRAMME_RECORD_ADDED", c!["kind"]!.GetValue<string>()));

        // The city publishes its own; sending a published record again changes nothing.
        var city = (await Mutate(client, Admin, "publishProgrammeRecords", "batch { published alreadyPublished }", new { ids = new[] { cityMoney, districtMoney } }))["batch"]!;
        Assert.Equal(1, city["published"]!.GetValue<int>());
        Assert.Equal(1, city["alreadyPublished"]!.GetValue<int>());
    }

    [Fact]
    public async Task GuardsDraftChangesWithVersionTokens()
    {
        var client = own.CreateClient();
        var money = await Mutate(client, Admin, "recordFundingAllocation", "allocation { id version }", new
        {
            year = 2005,
            payerLevel = "CITY",
            recipientDistrict = "440105",
            purpose = "TRAINING",
            amountYuan = 12000.0,
        });
        var id = money["allocation"]!["id"]!.GetValue<string>();
        var changed = await Mutate(client, Admin, "updateFundingAllocation", "allocation { version amountYuan }", new { allocation = id, version = 0, amountYuan = 15000.0 });
        Assert.Equal(1, changed["allocation"]!["version"]!.GetValue<int>());
        Assert.Equal("CONFLICT", await ErrorCode(client, Admin, "updateFundingAllocation", new { allocation = id, version = 0, amountYuan = 1.0 }));
        Assert.Equal("DUPLICATE", await ErrorCode(client, Haizhu, "recordAnnualPlan", new { year = 2005, district = "440105", districtTitleTarget = 1, cityTitleTarget = 0, taskCommunities = Array.Empty<string>() }, first: true));
    }

    [Fact]
    public async Task RefusesMoneyThatBreaksTheFundingCategoryRuleWithATypedError()
    {
        var client = own.CreateClient();
        const string Fields = "allocation { id } errors { __typename ... on Error { code field } }";

        // Huaying Garden is a commercial estate with full property management: education only.
        var facilities = await Call(client, Admin, "recordFundingAllocation", Fields, new { year = 2006, payerLevel = "CITY", recipientCommunity = "TH-HUAYING", purpose = "FACILITIES", amountYuan = 10000.0 });
        var error = facilities.AssertData()["recordFundingAllocation"]!;
        Assert.Null(error["allocation"]);
        Assert.Equal("FundingRuleBrokenError", error["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("FUNDING_RULE_BROKEN", error["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("purpose", error["errors"]![0]!["field"]!.GetValue<string>());

        // Liuyun is well equipped and not commercial: partial support, within the yearly cap.
        Assert.Equal("FUNDING_RULE_BROKEN", await ErrorCode(client, Admin, "recordFundingAllocation", new { year = 2006, payerLevel = "CITY", recipientCommunity = "TH-LIUYUN", purpose = "FACILITIES", amountYuan = 60000.0 }));
        await Mutate(client, Admin, "recordFundingAllocation", "allocation { id }", new { year = 2006, payerLevel = "CITY", recipientCommunity = "TH-LIUYUN", purpose = "FACILITIES", amountYuan = 40000.0 });
        Assert.Equal("FUNDING_RULE_BROKEN", await ErrorCode(client, Admin, "recordFundingAllocation", new { year = 2006, payerLevel = "CITY", recipientCommunity = "TH-LIUYUN", purpose = "TRAINING", amountYuan = 20000.0 }));

        // The rule is data anyone can read.
        var rules = (await client.PostGraphQLAsync("{ fundingRules { category purpose maximumYuanPerYear } }")).AssertData()["fundingRules"]!.AsArray();
        Assert.DoesNotContain(rules, r => r!["category"]!.GetValue<string>() == "COMMERCIAL_FULLY_MANAGED" && r["purpose"]!.GetValue<string>() == "FACILITIES");
    }

    public static TheoryData<Transport> Transports => Infrastructure.Transports.All;

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task DistrictReviewersWriteOnlyForTheirOwnDistrict(Transport transport)
    {
        var plan = new { year = 2007, district = "440106", districtTitleTarget = 1, cityTitleTarget = 0, taskCommunities = new[] { "TH-LIUYUN" } };
        const string Document = "mutation($input: RecordAnnualPlanInput!) { recordAnnualPlan(input: $input) { plan { id } errors { ... on Error { code field } } } }";
        var elsewhere = await shared.ExecuteAsync(transport, Document, new { input = plan }, Haizhu);
        Assert.Equal("OUT_OF_SCOPE", elsewhere.AssertData()["recordAnnualPlan"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(elsewhere.AssertData()["recordAnnualPlan"]!["plan"]);

        var cityPlan = await shared.ExecuteAsync(transport, Document, new { input = new { year = 2007, districtTitleTarget = 1, cityTitleTarget = 0, taskCommunities = Array.Empty<string>() } }, Tianhe);
        Assert.Equal("OUT_OF_SCOPE", cityPlan.AssertData()["recordAnnualPlan"]!["errors"]![0]!["code"]!.GetValue<string>());

        const string Money = "mutation($input: RecordFundingAllocationInput!) { recordFundingAllocation(input: $input) { allocation { id } errors { ... on Error { code field } } } }";
        var cityMoney = await shared.ExecuteAsync(transport, Money, new { input = new { year = 2007, payerLevel = "CITY", recipientDistrict = "440106", purpose = "TRAINING", amountYuan = 1.0 } }, Tianhe);
        Assert.Equal("OUT_OF_SCOPE", cityMoney.AssertData()["recordFundingAllocation"]!["errors"]![0]!["code"]!.GetValue<string>());

        var applicant = await shared.ExecuteAsync(transport, Document, new { input = plan }, TestTokens.Applicant("TH-LIUYUN"));
        Assert.Equal(["ACCESS_DENIED"], applicant.ErrorCodes);
        var anonymous = await shared.ExecuteAsync(transport, Document, new { input = plan });
        Assert.Equal(["ACCESS_DENIED"], anonymous.ErrorCodes);
    }

    private static async Task<JsonNode> Anonymous(HttpClient client, string planId, string moneyId) =>
        (await client.PostGraphQLAsync("""
            query($plan: ID!, $money: ID!) {
              plans(year: 2004, district: "440112") { id districtTitleTarget taskCommunities { code } results { applications } }
              fundingAllocations(where: { year: { eq: 2004 } }) { totalCount nodes { amountYuan } }
              plan: node(id: $plan) { id }
              allocation: node(id: $money) { ... on FundingAllocation { amountYuan publishedInEdition } }
              community(code: "HP-XIAYUAN") { funding(fromYear: 2004) { amountYuan purpose } }
            }
            """, new { plan = planId, money = moneyId })).AssertData();

    private static Task<GraphQLResponse> Call(HttpClient client, string token, string mutation, string fields, object input) =>
        client.PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {fields} }} }}",
            new { input },
            token: token);

    private static async Task<JsonNode> Mutate(HttpClient client, string token, string mutation, string fields, object input)
    {
        var payload = (await Call(client, token, mutation, fields + " errors { ... on Error { code message field } }", input)).AssertData()[mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, GraphQLClient.Show(payload["errors"]));
        return payload;
    }

    private static async Task<string> ErrorCode(HttpClient client, string token, string mutation, object input, bool first = false)
    {
        if (first)
        {
            await Call(client, token, mutation, "errors { __typename }", input);
        }

        var payload = (await Call(client, token, mutation, "errors { ... on Error { code } }", input)).AssertData()[mutation]!;
        return payload["errors"]![0]!["code"]!.GetValue<string>();
    }

    private async Task<int> CountAsync(string query, object? variables, Action<JsonNode> check)
    {
        var client = shared.CreateClient();
        var before = shared.Commands.Count;
        // Signed in, so the public result cache does not answer: this counts the SQL of a computed response.
        var response = await client.PostGraphQLAsync(query, variables, token: TestTokens.Applicant("YX-QIAOYUAN"));
        var after = shared.Commands.Count;
        check(response.AssertData());
        return after - before;
    }

    /// <summary>A host of its own: these tests write.</summary>
    public sealed class OwnApi : ApiFactory;
}
