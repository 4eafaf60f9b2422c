using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>
/// Criteria versions as a workflow, over HTTP: the city drafts version 2 of the sample scheme, edits it, reads the diff
/// against version 1 and publishes it; a campaign then runs under version 2 while a version-1 award still shows
/// version 1. Drafts stay hidden from anonymous callers by every query, and a published version never changes.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class CriteriaVersionsWalkthroughTests : IDisposable
{
    private const string SchemeFields = "id version status revision basedOnVersion publishedOn maximumScore sections { code indicators { id code maximumPoints } } gates { kind threshold } passMarks { level minimumScore }";
    private static readonly string Admin = TestTokens.CityAdmin();

    private readonly WorkflowApiFactory _api;
    private readonly HttpClient _client;
    private readonly CampaignDriver _driver;

    /// <summary>Each test on its own database and clock.</summary>
    public CriteriaVersionsWalkthroughTests()
    {
        _api = new WorkflowApiFactory();
        _client = _api.CreateClient();
        _driver = new CampaignDriver(_api.Clock, _client);
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task DraftsDiffsAndPublishesVersion2AndACampaignRunsUnderItWhileAVersion1AwardKeepsVersion1()
    {
        _driver.At(2031, 1, 5);
        var oldAward = (await _driver.QueryAsync("{ awards(first: 1) { nodes { id score scheme { version } campaign { scheme { version } } } } }"))["awards"]!["nodes"]![0]!;
        Assert.Equal(1, oldAward["scheme"]!["version"]!.GetValue<int>());
        Assert.Equal(1, oldAward["campaign"]!["scheme"]!["version"]!.GetValue<int>());

        // The city drafts version 2: a copy of version 1. A second draft of the same code is refused.
        var draft = await _driver.MutateAsync(Admin, "draftCriteriaScheme", $"scheme {{ {SchemeFields} }}", new { code = "GC-CRITERIA" }, select: "scheme");
        Assert.Equal(2, draft["version"]!.GetValue<int>());
        Assert.Equal("DRAFT", draft["status"]!.GetValue<string>());
        Assert.Equal(1, draft["basedOnVersion"]!.GetValue<int>());
        Assert.Null(draft["publishedOn"]);
        Assert.Equal(100, draft["maximumScore"]!.GetValue<double>());
        Assert.Equal("DUPLICATE", await ErrorCode(Admin, "draftCriteriaScheme", new { code = "GC-CRITERIA" }));
        var draftId = draft["id"]!.GetValue<string>();
        var draftIndicator = draft["sections"]![0]!["indicators"]![0]!["id"]!.GetValue<string>();

        // Anonymous callers never see the draft, by any query.
        await AssertDraftHiddenFromAnonymousCallers(draftId, draftIndicator);

        // A campaign may not bind to a draft.
        Assert.Equal("WRONG_STATE", await ErrorCode(Admin, "createCampaign", CampaignInput(2031, draftId)));

        // Edits: S1.1 from 8 to 6 points, a new S1.4 worth 2, a stricter occupancy gate, a lower city pass mark.
        var edits = new object[]
        {
            new { setIndicatorPoints = new { indicator = "S1.1", maximumPoints = 6.0 } },
            new { addIndicator = new { section = "S1", code = "S1.4", title = new { zh = "环境志愿者队伍", en = "An environmental volunteer team" }, maximumPoints = 2.0, guidance = "A team with named members and a record of activities.", evidenceExpected = "Roster; activity records." } },
            new { setGateThreshold = new { kind = "MINIMUM_OCCUPANCY", threshold = 0.7 } },
            new { setPassMark = new { level = "CITY", minimumScore = 84.0 } },
        };
        Assert.Equal("CONFLICT", await ErrorCode(Admin, "editCriteriaDraft", new { scheme = draftId, revision = 7, edits }));
        Assert.Equal("NOT_FOUND", await ErrorCode(Admin, "editCriteriaDraft", new { scheme = draftId, revision = 0, edits = new object[] { new { removeIndicator = "S9.9" } } }));
        var edited = await _driver.MutateAsync(Admin, "editCriteriaDraft", $"scheme {{ {SchemeFields} }}", new { scheme = draftId, revision = 0, edits }, select: "scheme");
        Assert.Equal(1, edited["revision"]!.GetValue<int>());
        Assert.Equal(100, edited["maximumScore"]!.GetValue<double>());

        // The diff against the version it replaces (from defaults to basedOnVersion), for the city only while a draft.
        const string DiffQuery = "query($to: Int!) { criteriaSchemeDiff(code: \"GC-CRITERIA\", to: $to) { from { version } to { version } sectionsAdded { code } sectionsRemoved { code } indicatorsAdded { code maximumPoints } indicatorsRemoved { code } indicatorsReweighted { code pointsBefore pointsAfter } gatesAdded { kind } gatesRemoved { kind } gatesChanged { kind thresholdBefore thresholdAfter } passMarksChanged { level before after } } }";
        var diff = (await _driver.QueryAsync(DiffQuery, new { to = 2 }, Admin))["criteriaSchemeDiff"]!;
        Assert.Equal(1, diff["from"]!["version"]!.GetValue<int>());
        Assert.Equal("""[{"code":"S1.4","maximumPoints":2}]""", diff["indicatorsAdded"]!.ToJsonString());
        Assert.Equal("[]", diff["indicatorsRemoved"]!.ToJsonString());
        Assert.Equal("""[{"code":"S1.1","pointsBefore":8,"pointsAfter":6}]""", diff["indicatorsReweighted"]!.ToJsonString());
        Assert.Equal("[]", diff["sectionsAdded"]!.ToJsonString());
        Assert.Equal("[]", diff["gatesAdded"]!.ToJsonString());
        Assert.Equal("""[{"kind":"MINIMUM_OCCUPANCY","thresholdBefore":0.6,"thresholdAfter":0.7}]""", diff["gatesChanged"]!.ToJsonString());
        Assert.Equal("""[{"level":"CITY","before":85,"after":84}]""", diff["passMarksChanged"]!.ToJsonString());
        Assert.Null((await _driver.QueryAsync(DiffQuery, new { to = 2 }))["criteriaSchemeDiff"]);

        // Publishing: from then on it is public and never changes.
        _driver.At(2031, 1, 8);
        var published = await _driver.MutateAsync(Admin, "publishCriteriaScheme", $"scheme {{ {SchemeFields} }}", new { scheme = draftId, revision = 1 }, select: "scheme");
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
        Assert.Equal("2031-01-08", published["publishedOn"]!.GetValue<string>());
        Assert.Equal("WRONG_STATE", await ErrorCode(Admin, "editCriteriaDraft", new { scheme = draftId, revision = 2, edits = new object[] { new { setPassMark = new { level = "CITY", minimumScore = 1.0 } } } }));
        Assert.Equal("WRONG_STATE", await ErrorCode(Admin, "publishCriteriaScheme", new { scheme = draftId, revision = 2 }));
        var latest = (await _driver.QueryAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { version } criteriaSchemes { version status } }"))!;
        Assert.Equal(2, latest["criteriaScheme"]!["version"]!.GetValue<int>());
        Assert.Equal("""[{"version":1,"status":"PUBLISHED"},{"version":2,"status":"PUBLISHED"}]""", latest["criteriaSchemes"]!.ToJsonString());
        Assert.Equal(6, (await _driver.QueryAsync(DiffQuery, new { to = 2 }))["criteriaSchemeDiff"]!["indicatorsReweighted"]![0]!["pointsAfter"]!.GetValue<double>());

        // A campaign opened now binds to version 2 and keeps it; its award reports version 2; the old award version 1.
        _driver.At(2031, 1, 10);
        var campaign = await _driver.CreateCampaignAsync(2031, "DISTRICT");
        var application = await _driver.DistrictApplicationUnderReviewAsync(campaign, "TH-WUSHAN");
        await _driver.ReviewAsync(CampaignDriver.Tianhe, application, new { decision = "AWARD", score = 88.5 });
        await _driver.MutateAsync(Admin, "publishResults", "campaign { id }", new { campaign });
        var after = await _driver.QueryAsync(
            "query($c: ID!, $old: ID!) { node(id: $c) { ... on Campaign { scheme { version } } } old: node(id: $old) { ... on Award { score scheme { version } campaign { scheme { version } } } } awards(where: { campaign: $c }) { nodes { scheme { version } } } }",
            new { c = campaign, old = oldAward["id"]!.GetValue<string>() });
        Assert.Equal(2, after["node"]!["scheme"]!["version"]!.GetValue<int>());
        Assert.Equal(1, after["old"]!["scheme"]!["version"]!.GetValue<int>());
        Assert.Equal(1, after["old"]!["campaign"]!["scheme"]!["version"]!.GetValue<int>());
        Assert.Equal(oldAward["score"]?.ToJsonString(), after["old"]!["score"]?.ToJsonString());
        Assert.Equal(2, after["awards"]!["nodes"]![0]!["scheme"]!["version"]!.GetValue<int>());
        var v1 = (await _driver.QueryAsync("{ criteriaScheme(code: \"GC-CRITERIA\", version: 1) { sections { indicators { code maximumPoints } } } }"))["criteriaScheme"]!;
        Assert.Equal("""{"code":"S1.1","maximumPoints":8}""", v1["sections"]![0]!["indicators"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task AnAbandonedDraftIsDiscardedWholeAndANewDraftStartsFromTheLatestPublishedVersion()
    {
        _driver.At(2031, 1, 5);
        var draft = await _driver.MutateAsync(Admin, "draftCriteriaScheme", $"scheme {{ {SchemeFields} }}", new { code = "GC-CRITERIA" }, select: "scheme");
        var draftId = draft["id"]!.GetValue<string>();
        var edits = new object[] { new { addSection = new { code = "S9", title = new { zh = "试行", en = "Trial" } } }, new { setIndicatorPoints = new { indicator = "S1.1", maximumPoints = 6.0 } } };
        await _driver.MutateAsync(Admin, "editCriteriaDraft", "scheme { revision }", new { scheme = draftId, revision = 0, edits }, select: "scheme");

        // A stale revision is a CONFLICT and deletes nothing; a published version is never deleted.
        Assert.Equal("CONFLICT", await ErrorCode(Admin, "discardCriteriaDraft", new { scheme = draftId, revision = 0 }));
        var v1Id = (await _driver.QueryAsync("{ criteriaScheme(code: \"GC-CRITERIA\", version: 1) { id } }"))["criteriaScheme"]!["id"]!.GetValue<string>();
        Assert.Equal("WRONG_STATE", await ErrorCode(Admin, "discardCriteriaDraft", new { scheme = v1Id, revision = 0 }));
        Assert.Equal("""[{"version":1},{"version":2}]""", (await _driver.QueryAsync("{ criteriaSchemes { version } }", token: Admin))["criteriaSchemes"]!.ToJsonString());

        // Discarded: the payload is the published version it was based on; the draft, its sections and indicators are gone.
        var kept = await _driver.MutateAsync(Admin, "discardCriteriaDraft", "scheme { id version status }", new { scheme = draftId, revision = 1 }, select: "scheme");
        Assert.Equal(v1Id, kept["id"]!.GetValue<string>());
        Assert.Equal("PUBLISHED", kept["status"]!.GetValue<string>());
        var after = await _driver.QueryAsync("query($id: ID!) { criteriaSchemes { version } node(id: $id) { id } }", new { id = draftId }, Admin);
        Assert.Equal("""[{"version":1}]""", after["criteriaSchemes"]!.ToJsonString());
        Assert.Null(after["node"]);
        Assert.Equal("NOT_FOUND", await ErrorCode(Admin, "discardCriteriaDraft", new { scheme = draftId, revision = 1 }));

        // The next draft is version 2 again, copied from version 1 without the discarded edits.
        var next = await _driver.MutateAsync(Admin, "draftCriteriaScheme", $"scheme {{ {SchemeFields} }}", new { code = "GC-CRITERIA" }, select: "scheme");
        Assert.Equal(2, next["version"]!.GetValue<int>());
        Assert.Equal(0, next["revision"]!.GetValue<int>());
        Assert.DoesNotContain(next["sections"]!.AsArray(), s => s!["code"]!.GetValue<string>() == "S9");
        Assert.Equal(8, next["sections"]![0]!["indicators"]![0]!["maximumPoints"]!.GetValue<double>());
    }

    private async Task AssertDraftHiddenFromAnonymousCallers(string draftId, string draftIndicator)
    {
        var seen = await _driver.QueryAsync(
            "query($id: ID!, $i: ID!) { criteriaSchemes { version } latest: criteriaScheme(code: \"GC-CRITERIA\") { version } draft: criteriaScheme(code: \"GC-CRITERIA\", version: 2) { id } node(id: $id) { id } indicator: node(id: $i) { id } diff: criteriaSchemeDiff(code: \"GC-CRITERIA\", to: 2) { to { id } } }",
            new { id = draftId, i = draftIndicator });
        Assert.Equal("""[{"version":1}]""", seen["criteriaSchemes"]!.ToJsonString());
        Assert.Equal(1, seen["latest"]!["version"]!.GetValue<int>());
        Assert.Null(seen["draft"]);
        Assert.Null(seen["node"]);
        Assert.Null(seen["indicator"]);
        Assert.Null(seen["diff"]);

        // The city administrator sees it; the latest published version is still version 1 for everyone.
        var admin = await _driver.QueryAsync("query($id: ID!) { criteriaSchemes { version } latest: criteriaScheme(code: \"GC-CRITERIA\") { version } node(id: $id) { id } }", new { id = draftId }, Admin);
        Assert.Equal("""[{"version":1},{"version":2}]""", admin["criteriaSchemes"]!.ToJsonString());
        Assert.Equal(1, admin["latest"]!["version"]!.GetValue<int>());
        Assert.Equal(draftId, admin["node"]!["id"]!.GetValue<string>());
    }

    private static object CampaignInput(int year, string scheme) => new
    {
        year,
        level = "CITY",
        batchNumber = 9,
        scheme,
        name = new { zh = "测试", en = "Test" },
        timetable = new { applicationsOpen = $"{year}-01-01", applicationsClose = $"{year}-01-31", evaluationStart = $"{year}-02-01", evaluationEnd = $"{year}-06-01", publicityDays = 7 },
    };

    private async Task<string> ErrorCode(string token, string mutation, object input)
    {
        var response = await _client.PostGraphQLAsync(CampaignDriver.MutationText(mutation, "errors { ... on Error { code } }"), new { input }, token: token);
        var errors = response.AssertData()[mutation]!["errors"]!.AsArray();
        Assert.Single(errors);
        return errors[0]!["code"]!.GetValue<string>();
    }
}
