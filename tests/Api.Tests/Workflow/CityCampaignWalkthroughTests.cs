using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>
/// One whole city-level campaign over HTTP, with a token for each role: from draft to published award, with a
/// returned application, a failed gate, an upheld objection and a concurrent-scoring conflict.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class CityCampaignWalkthroughTests : IDisposable
{
    private const string ApplicationFields = "id version status history { from to by comment } gateVerdicts { gate stage passed evidence } evaluation { version panelScore nextStep }";
    private static readonly string Admin = TestTokens.CityAdmin();
    private static readonly string Tianhe = TestTokens.Reviewer("440106");
    private static readonly string Haizhu = TestTokens.Reviewer("440105");
    private static readonly string Liwan = TestTokens.Reviewer("440103");
    private static readonly string Huangpu = TestTokens.Reviewer("440112");

    private readonly WorkflowApiFactory _api;
    private readonly HttpClient _client;

    /// <summary>Each test walks on its own database and clock.</summary>
    public CityCampaignWalkthroughTests()
    {
        _api = new WorkflowApiFactory();
        _client = _api.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task WalksACityLevelCampaignFromDraftToPublishedAward()
    {
        // The city opens the 2004 campaign.
        var schemeId = (await Query("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }"))["criteriaScheme"]!["id"]!.GetValue<string>();
        var campaign = await Mutate(Admin, "createCampaign", "campaign { id year level }", new
        {
            year = 2004,
            level = "CITY",
            batchNumber = 3,
            scheme = schemeId,
            name = new { zh = "2004年广州市绿色社区创建（市级）", en = "2004 city-level Green Community campaign" },
            timetable = new { applicationsOpen = "2004-03-01", applicationsClose = "2004-04-30", evaluationStart = "2004-05-01", evaluationEnd = "2004-10-31", publicityDays = 7 },
        });
        var campaignId = campaign["campaign"]!["id"]!.GetValue<string>();

        // Applications: too early, then open. A community without a district-level title may not apply.
        var liuyun = await CommunityId("TH-LIUYUN");
        Assert.Equal("DEADLINE_PASSED", await ErrorCode(TestTokens.Applicant("TH-LIUYUN"), "createApplication", new { campaign = campaignId, community = liuyun }));
        At(2004, 3, 10);
        Assert.Equal("NOT_ELIGIBLE", await ErrorCode(TestTokens.Applicant("HZ-RUIBAO"), "createApplication", new { campaign = campaignId, community = await CommunityId("HZ-RUIBAO") }));
        Assert.Equal("OUT_OF_SCOPE", await ErrorCode(TestTokens.Applicant("TH-LIUYUN"), "createApplication", new { campaign = campaignId, community = await CommunityId("HZ-HAICHUANG") }));

        var winner = await Apply("TH-LIUYUN", campaignId, occupancy: 0.95);

        // A wrong document is attached, then withdrawn with a reason: it stays on file, marked withdrawn.
        winner = await Mutate(TestTokens.Applicant("TH-LIUYUN"), "attachEvidence", $"application {{ {ApplicationFields} evidence {{ id }} }}", Version(winner, new { title = "Minutes of the wrong year", kind = "minutes" }), select: "application");
        winner = await Mutate(TestTokens.Applicant("TH-LIUYUN"), "withdrawEvidence", $"application {{ {ApplicationFields} evidence {{ id }} }}", Version(winner, new { evidence = winner["evidence"]![0]!["id"]!.GetValue<string>(), reason = "The minutes are of 2002, not 2004." }), select: "application");
        Assert.Empty(winner["evidence"]!.AsArray());
        var returned = await Apply("HZ-HAICHUANG", campaignId, occupancy: 0.94);
        var objected = await Apply("HP-XIAYUAN", campaignId, occupancy: 0.84);
        var vacant = await Apply("LW-LIJINGWAN", campaignId, occupancy: 0.57);
        Assert.Equal("DUPLICATE", await ErrorCode(TestTokens.Applicant("TH-LIUYUN"), "createApplication", new { campaign = campaignId, community = liuyun }));

        // Submission judges the gates: the 57% community is vetoed, and the verdict is kept.
        winner = await Submit("TH-LIUYUN", winner);
        returned = await Submit("HZ-HAICHUANG", returned);
        objected = await Submit("HP-XIAYUAN", objected);
        var veto = await Mutate(TestTokens.Applicant("LW-LIJINGWAN"), "submitApplication", $"application {{ {ApplicationFields} }} errors {{ ... on Error {{ code message }} }}", Version(vacant), expectErrors: true);
        Assert.Equal("GATE_FAILED", veto["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("REJECTED", veto["application"]!["status"]!.GetValue<string>());
        Assert.Contains(veto["application"]!["gateVerdicts"]!.AsArray(), v => v!["gate"]!.GetValue<string>() == "MINIMUM_OCCUPANCY" && !v["passed"]!.GetValue<bool>());
        Assert.Equal("REJECTED", (await ApplicationAs(Liwan, vacant))["status"]!.GetValue<string>());

        // District review: out of scope, begin, return with a deadline, resubmit after the campaign closed, recommend.
        Assert.Equal("OUT_OF_SCOPE", await ErrorCode(Tianhe, "reviewApplication", Version(returned, new { decision = "BEGIN_REVIEW" })));
        winner = await Review(Tianhe, winner, new { decision = "BEGIN_REVIEW" });
        winner = await Recommend(Tianhe, winner);
        returned = await Review(Haizhu, returned, new { decision = "BEGIN_REVIEW" });
        returned = await Review(Haizhu, returned, new { decision = "RETURN", reasons = "Attach the waste-sorting records.", revisionDeadline = "2004-05-20" });
        Assert.Equal("RETURNED_FOR_REVISION", returned["status"]!.GetValue<string>());
        At(2004, 5, 5);
        returned = await Mutate(TestTokens.Applicant("HZ-HAICHUANG"), "attachEvidence", $"application {{ {ApplicationFields} }}", Version(returned, new { title = "Waste-sorting records 2004", kind = "records", url = "https://example.org/haichuang/waste.pdf" }), select: "application");
        returned = await Submit("HZ-HAICHUANG", returned);
        returned = await Review(Haizhu, returned, new { decision = "BEGIN_REVIEW" });
        returned = await Recommend(Haizhu, returned);
        objected = await Review(Huangpu, objected, new { decision = "BEGIN_REVIEW" });
        objected = await Recommend(Huangpu, objected);

        // Panels and assignment.
        var panelA = await FormPanel(campaignId, "Panel A", "evaluator-a1", "evaluator-a2");
        var panelB = await FormPanel(campaignId, "Panel B", "evaluator-b1");
        winner = await Mutate(Admin, "assignPanel", $"application {{ {ApplicationFields} }}", Version(winner, new { panel = panelA }), select: "application");
        returned = await Mutate(Admin, "assignPanel", $"application {{ {ApplicationFields} }}", Version(returned, new { panel = panelB }), select: "application");
        objected = await Mutate(Admin, "assignPanel", $"application {{ {ApplicationFields} }}", Version(objected, new { panel = panelB }), select: "application");
        Assert.Equal("PANEL_ASSIGNED", winner["status"]!.GetValue<string>());

        // On-site evaluation, steps in order; an evaluator of another panel is out of scope.
        At(2004, 6, 1);
        Assert.Equal("OUT_OF_SCOPE", await ErrorCode(TestTokens.Evaluator("evaluator-b1"), "recordEvaluationStep", Step(winner, "REPORT_HEARD")));
        Assert.Equal("STEP_OUT_OF_ORDER", await ErrorCode(TestTokens.Evaluator("evaluator-a1"), "recordEvaluationStep", Step(winner, "SITE_INSPECTED")));
        winner = await Visit(winner, ["evaluator-a1", "evaluator-a2"], points: 0.93);
        Assert.Equal("EVALUATED", winner["status"]!.GetValue<string>());
        returned = await Visit(returned, ["evaluator-b1"], points: 0.9);
        objected = await Visit(objected, ["evaluator-b1"], points: 0.88);

        // Collective review, then publicity.
        At(2004, 11, 1);
        var review = await Mutate(Admin, "decideCollectiveReview", "collectiveReview { decisions { candidate reasons } }", new
        {
            campaign = campaignId,
            heldOn = "2004-11-01",
            decisions = new[] { winner, returned, objected }.Select(a => new { application = Id(a), version = a["version"]!.GetValue<int>(), candidate = true, reasons = "Meets the standard." }).ToArray(),
        });
        Assert.All(review["collectiveReview"]!["decisions"]!.AsArray(), d => Assert.True(d!["candidate"]!.GetValue<bool>()));
        var notice = await Mutate(Admin, "openPublicity", "publicityNotice { id objectionDeadline candidates { code } }", new { campaign = campaignId, title = new { zh = "2004年市级绿色社区公示", en = "2004 city-level candidates" } });
        var noticeId = notice["publicityNotice"]!["id"]!.GetValue<string>();
        Assert.Equal("2004-11-07", notice["publicityNotice"]!["objectionDeadline"]!.GetValue<string>());
        Assert.Equal(3, notice["publicityNotice"]!["candidates"]!.AsArray().Count);
        Assert.Equal(0, await PublishedAwardCount(campaignId));

        // Anyone objects; the city upholds one objection and dismisses another.
        At(2004, 11, 3);
        var upheld = await FileObjection(noticeId, "HP-XIAYUAN", "Illegal structures were rebuilt after the visit.", "resident@example.org");
        var dismissed = await FileObjection(noticeId, "TH-LIUYUN", "Noise at night.", null);
        Assert.Equal("PUBLICITY_NOT_FINISHED", await ErrorCode(Admin, "publishResults", new { campaign = campaignId }));
        await Mutate(Admin, "resolveObjection", "objection { resolution }", new { objection = upheld, upheld = true, note = "Confirmed by the street office on 5 November." });
        await Mutate(Admin, "resolveObjection", "objection { resolution }", new { objection = dismissed, upheld = false, note = "No noise source found in the community." });
        Assert.Equal("PUBLICITY_NOT_FINISHED", await ErrorCode(Admin, "publishResults", new { campaign = campaignId }));

        // Publication after the publicity period: the awards, their verdicts and scores become public at once.
        At(2004, 11, 8);
        await Mutate(Admin, "publishResults", "campaign { resultsPublishedAt }", new { campaign = campaignId });
        var awards = (await Query("query($c: ID!) { awards(where: { campaign: $c }, orderBy: [{ field: NAME }]) { nodes { community { code } score districtAtAward { code } validUntil panel { name } gateVerdicts { stage passed } } } }", new { c = campaignId }))["awards"]!["nodes"]!.AsArray();
        Assert.Equal(["HZ-HAICHUANG", "TH-LIUYUN"], awards.Select(a => a!["community"]!["code"]!.GetValue<string>()));
        Assert.All(awards, a =>
        {
            Assert.InRange(a!["score"]!.GetValue<double>(), 85, 100);
            Assert.Equal("2007-11-07", a["validUntil"]!.GetValue<string>());
            Assert.Contains(a["gateVerdicts"]!.AsArray(), v => v!["stage"]!.GetValue<string>() == "COLLECTIVE_REVIEW" && v["passed"]!.GetValue<bool>());
        });
        Assert.Equal("REJECTED_AFTER_OBJECTION", (await ApplicationAs(Admin, objected))["status"]!.GetValue<string>());

        // The full history of the winning application, in order.
        var history = (await ApplicationAs(TestTokens.Applicant("TH-LIUYUN"), winner))["history"]!.AsArray().Select(h => h!["to"]!.GetValue<string>());
        Assert.Equal(["DRAFT", "SUBMITTED", "UNDER_DISTRICT_REVIEW", "RECOMMENDED_TO_CITY", "PANEL_ASSIGNED", "UNDER_EVALUATION", "EVALUATED", "CANDIDATE", "IN_PUBLICITY", "AWARDED"], history);

        // The trail of the winning application holds every change that bore on its result, in order, with who and why.
        var trail = (await ApplicationAs(Admin, winner, "trail { kind at by from to subject before after reason }"))["trail"]!.AsArray();
        var kinds = trail.Select(t => t!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["STATUS_CHANGED", "SELF_ASSESSMENT_CHANGED", "GATE_FACTS_RECORDED", "EVIDENCE_ADDED", "EVIDENCE_WITHDRAWN", "STATUS_CHANGED", "GATE_VERDICT_GIVEN"],
            kinds.Take(7));
        foreach (var kind in new[] { "EVALUATION_STEP_RECORDED", "SCORE_GIVEN", "EVALUATION_COMPLETED", "COLLECTIVE_REVIEW_DECIDED", "OBJECTION_FILED", "OBJECTION_RULED", "TITLE_AWARDED" })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.True(kinds.IndexOf("COLLECTIVE_REVIEW_DECIDED") < kinds.IndexOf("OBJECTION_FILED") && kinds.IndexOf("OBJECTION_RULED") < kinds.IndexOf("TITLE_AWARDED"), string.Join(", ", kinds));
        Assert.Equal(6, kinds.Count(k => k == "EVALUATION_STEP_RECORDED"));
        Assert.Equal(2 * (await IndicatorIds()).Count, kinds.Count(k => k == "SCORE_GIVEN"));
        var withdrawn = trail.Single(t => t!["kind"]!.GetValue<string>() == "EVIDENCE_WITHDRAWN")!;
        Assert.Equal(("Minutes of the wrong year", "The minutes are of 2002, not 2004.", "applicant-TH-LIUYUN"), (withdrawn["subject"]!.GetValue<string>(), withdrawn["reason"]!.GetValue<string>(), withdrawn["by"]!.GetValue<string>()));
        var assessed = trail.Single(t => t!["kind"]!.GetValue<string>() == "SELF_ASSESSMENT_CHANGED")!;
        Assert.Equal((null, "90.0"), (assessed["before"]?.GetValue<string>(), assessed["after"]!.GetValue<string>()));
        var ruling = trail.Single(t => t!["kind"]!.GetValue<string>() == "OBJECTION_RULED")!;
        Assert.Equal(("PENDING", "DISMISSED", "No noise source found in the community."), (ruling["before"]!.GetValue<string>(), ruling["after"]!.GetValue<string>(), ruling["reason"]!.GetValue<string>()));
        Assert.Equal("public", trail.Single(t => t!["kind"]!.GetValue<string>() == "OBJECTION_FILED")!["by"]!.GetValue<string>());
        Assert.Equal("candidate", trail.Single(t => t!["kind"]!.GetValue<string>() == "COLLECTIVE_REVIEW_DECIDED")!["after"]!.GetValue<string>());
        Assert.DoesNotContain(trail, t => t!.ToJsonString().Contains("resident@example.org", StringComparison.Ordinal));

        // The applicant reads the same trail without the evaluators' individual scores.
        var applicantTrail = (await ApplicationAs(TestTokens.Applicant("TH-LIUYUN"), winner, "trail { kind }"))["trail"]!.AsArray().Select(t => t!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(kinds.Where(k => k != "SCORE_GIVEN"), applicantTrail);

        // Objectors' contacts are for the city only.
        var objections = (await Query("query($n: ID!) { objections(notice: $n) { objectorContact resolution } }", new { n = noticeId }, Admin))["objections"]!.AsArray();
        Assert.Contains(objections, o => o!["objectorContact"]?.GetValue<string>() == "resident@example.org");
        var anonymous = await _client.PostGraphQLAsync("query($n: ID!) { objections(notice: $n) { objectorContact } }", new { n = noticeId });
        Assert.Contains("ACCESS_DENIED", anonymous.ErrorCodes);

        // The city revokes a title: it stays public with its revocation.
        At(2005, 3, 1);
        var awardId = (await Query("query($c: ID!) { awards(where: { campaign: $c, community: { eq: \"TH-LIUYUN\" } }) { nodes { id } } }", new { c = campaignId }))["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var revoked = await Mutate(Admin, "revokeAward", "award { validToday revocation { revokedOn reason } }", new { award = awardId, reason = "Penalty case for illegal discharge, March 2005." });
        Assert.Equal("2005-03-01", revoked["award"]!["revocation"]!["revokedOn"]!.GetValue<string>());
        Assert.Equal(1, (await Query("{ awards(where: { revoked: true, year: { eq: 2004 } }) { totalCount } }"))["awards"]!["totalCount"]!.GetValue<int>());
        var revocation = (await ApplicationAs(Admin, winner, "trail(kinds: [TITLE_REVOKED]) { by after reason }"))["trail"]!.AsArray().Single()!;
        Assert.Equal(("2005-03-01", "Penalty case for illegal discharge, March 2005."), (revocation["after"]!.GetValue<string>(), revocation["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConcurrentScoresOnTheSameVersionConflictAndTheLoserChangesNothing()
    {
        var (application, evaluators) = await ApplicationReadyToScoreAsync();
        var version = application["evaluation"]!["version"]!.GetValue<int>();
        var indicators = await IndicatorIds();
        var first = ScoreInput(application, version, indicators, 0.9);
        var second = ScoreInput(application, version, indicators, 0.5);

        var results = await Task.WhenAll(
            Mutate(TestTokens.Evaluator(evaluators[0]), "scoreIndicators", "errors { ... on Error { code } }", first, expectErrors: true),
            Mutate(TestTokens.Evaluator(evaluators[1]), "scoreIndicators", "errors { ... on Error { code } }", second, expectErrors: true));
        var codes = results.Select(r => r["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).FirstOrDefault()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.Single(codes, c => c == "CONFLICT");

        var scores = (await ApplicationAs(Admin, application, "evaluation { version scores { evaluator points } }"))["evaluation"]!;
        Assert.True(scores["version"]!.GetValue<int>() > version);
        Assert.Equal(indicators.Count, scores["scores"]!.AsArray().Count);
    }

    [Fact]
    public async Task ScoresOutsideTheIndicatorsRangeAreRefusedAndNothingIsKept()
    {
        var (application, evaluators) = await ApplicationReadyToScoreAsync();
        var version = application["evaluation"]!["version"]!.GetValue<int>();
        var indicators = await IndicatorIds();
        var input = new
        {
            application = Id(application),
            evaluationVersion = version,
            scores = indicators.Select((i, n) => new { indicator = i.Id, points = n == 0 ? i.Maximum + 0.5 : 1.0 }).ToArray(),
        };
        Assert.Equal("SCORE_OUT_OF_RANGE", await ErrorCode(TestTokens.Evaluator(evaluators[0]), "scoreIndicators", input));
        var evaluation = (await ApplicationAs(Admin, application, "evaluation { version scores { points } }"))["evaluation"]!;
        Assert.Equal(version, evaluation["version"]!.GetValue<int>());
        Assert.Empty(evaluation["scores"]!.AsArray());
    }

    [Fact]
    public async Task ConcurrentRevocationsOfOneAwardLeaveExactlyOneOnRecord()
    {
        At(2004, 6, 1);
        var awardId = (await Query("{ awards(first: 1, where: { year: { eq: 2002 }, level: { eq: CITY }, revoked: false }) { nodes { id } } }"))["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            Mutate(Admin, "revokeAward", "award { id } errors { ... on Error { code } }", new { award = awardId, reason = $"Reason {i}." }, expectErrors: true)));
        var codes = results.Select(r => r["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).FirstOrDefault()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.All(codes.Where(c => c is not null), c => Assert.Contains(c, new[] { "CONFLICT", "WRONG_STATE" }));
        var reason = (await Query("query($id: ID!) { node(id: $id) { ... on Award { revocation { reason } } } }", new { id = awardId }))["node"]!["revocation"]!["reason"]!.GetValue<string>();
        Assert.Matches("^Reason [1-4]\\.$", reason);
    }

    private async Task<(JsonNode Application, string[] Evaluators)> ApplicationReadyToScoreAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        const int year = 2031;
        At(year, 1, 10);
        var schemeId = (await Query("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }"))["criteriaScheme"]!["id"]!.GetValue<string>();
        var campaignId = (await Mutate(Admin, "createCampaign", "campaign { id }", new
        {
            year,
            level = "CITY",
            batchNumber = 9,
            scheme = schemeId,
            name = new { zh = "测试", en = "Test " + suffix },
            timetable = new { applicationsOpen = $"{year}-01-01", applicationsClose = $"{year}-03-01", evaluationStart = $"{year}-03-02", evaluationEnd = $"{year}-06-01", publicityDays = 7 },
        }))["campaign"]!["id"]!.GetValue<string>();

        // A district title valid in that year: granted through a district-level campaign of the same year.
        var districtCampaign = (await Mutate(Admin, "createCampaign", "campaign { id }", new
        {
            year,
            level = "DISTRICT",
            batchNumber = 9,
            scheme = schemeId,
            name = new { zh = "测试区级", en = "District test " + suffix },
            timetable = new { applicationsOpen = $"{year}-01-01", applicationsClose = $"{year}-01-31", evaluationStart = $"{year}-02-01", evaluationEnd = $"{year}-02-28", publicityDays = 7 },
        }))["campaign"]!["id"]!.GetValue<string>();
        var district = await Apply("TH-WUSHAN", districtCampaign, 0.95);
        district = await Submit("TH-WUSHAN", district);
        district = await Review(Tianhe, district, new { decision = "BEGIN_REVIEW" });
        district = await Review(Tianhe, district, new { decision = "AWARD", score = 88.5 });
        Assert.Equal("AWARDED_AT_DISTRICT_LEVEL", district["status"]!.GetValue<string>());
        await Mutate(Admin, "publishResults", "campaign { id }", new { campaign = districtCampaign });

        var application = await Apply("TH-WUSHAN", campaignId, 0.95);
        application = await Submit("TH-WUSHAN", application);
        application = await Review(Tianhe, application, new { decision = "BEGIN_REVIEW" });
        application = await Recommend(Tianhe, application);
        string[] evaluators = [$"evaluator-x-{suffix}", $"evaluator-y-{suffix}"];
        var panel = await FormPanel(campaignId, "Panel " + suffix, evaluators);
        application = await Mutate(Admin, "assignPanel", $"application {{ {ApplicationFields} }}", Version(application, new { panel }), select: "application");
        foreach (var step in new[] { "REPORT_HEARD", "DOCUMENTS_REVIEWED", "FORUM_AND_QUESTIONNAIRE_HELD", "SITE_INSPECTED" })
        {
            application = await RecordStep(evaluators[0], application, step);
        }

        return (application, evaluators);
    }

    private void At(int year, int month, int day) => _api.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero));

    private async Task<JsonNode> Apply(string community, string campaignId, double occupancy)
    {
        var token = TestTokens.Applicant(community);
        var application = await Mutate(token, "createApplication", $"application {{ {ApplicationFields} }}", new { campaign = campaignId, community = await CommunityId(community) }, select: "application");
        Assert.Equal("DRAFT", application["status"]!.GetValue<string>());
        return await Mutate(token, "updateSelfAssessment", $"application {{ {ApplicationFields} }}", Version(application, new
        {
            selfAssessedScore = 90.0,
            gateFacts = new { occupancyRate = occupancy, penaltyCases = 0, complaintsReceived = 3, complaintsAnsweredInTime = 3, source = "street office records" },
        }), select: "application");
    }

    private async Task<JsonNode> Submit(string community, JsonNode application)
    {
        var submitted = await Mutate(TestTokens.Applicant(community), "submitApplication", $"application {{ {ApplicationFields} }}", Version(application), select: "application");
        Assert.Equal("SUBMITTED", submitted["status"]!.GetValue<string>());
        var verdicts = submitted["gateVerdicts"]!.AsArray().Where(v => v!["stage"]!.GetValue<string>() == "SUBMISSION").ToList();
        Assert.True(verdicts.Count >= 3, "Each submission keeps one verdict per gate.");
        Assert.All(verdicts, v => Assert.True(v!["passed"]!.GetValue<bool>()));
        return submitted;
    }

    private Task<JsonNode> Review(string reviewer, JsonNode application, object decision) =>
        Mutate(reviewer, "reviewApplication", $"application {{ {ApplicationFields} }}", Version(application, decision), select: "application");

    private Task<JsonNode> Recommend(string reviewer, JsonNode application) =>
        Mutate(reviewer, "recommendApplication", $"application {{ {ApplicationFields} }}", Version(application, new { recommend = true, reasons = "Meets the city standard." }), select: "application");

    private async Task<string> FormPanel(string campaignId, string name, params string[] evaluators) =>
        (await Mutate(Admin, "formPanel", "panel { id name members { subject } }", new
        {
            campaign = campaignId,
            name,
            members = evaluators.Select(e => new { subject = e, displayName = "Evaluator " + e, contact = e + "@example.org" }).ToArray(),
        }))["panel"]!["id"]!.GetValue<string>();

    private async Task<JsonNode> Visit(JsonNode application, string[] evaluators, double points)
    {
        foreach (var step in new[] { "REPORT_HEARD", "DOCUMENTS_REVIEWED", "FORUM_AND_QUESTIONNAIRE_HELD", "SITE_INSPECTED" })
        {
            application = await RecordStep(evaluators[0], application, step);
        }

        var indicators = await IndicatorIds();
        foreach (var evaluator in evaluators)
        {
            application = await Mutate(TestTokens.Evaluator(evaluator), "scoreIndicators", $"application {{ {ApplicationFields} }}", ScoreInput(application, application["evaluation"]!["version"]!.GetValue<int>(), indicators, points), select: "application");
        }

        application = await RecordStep(evaluators[^1], application, "SCORES_GIVEN");
        application = await RecordStep(evaluators[0], application, "FEEDBACK_GIVEN");
        return await Mutate(TestTokens.Evaluator(evaluators[0]), "completeEvaluation", $"application {{ {ApplicationFields} }}", new
        {
            application = Id(application),
            evaluationVersion = application["evaluation"]!["version"]!.GetValue<int>(),
            feedback = "Keep the waste-sorting going.",
        }, select: "application");
    }

    private Task<JsonNode> RecordStep(string evaluator, JsonNode application, string step) =>
        Mutate(TestTokens.Evaluator(evaluator), "recordEvaluationStep", $"application {{ {ApplicationFields} }}", Step(application, step), select: "application");

    private static object Step(JsonNode application, string step) => new
    {
        application = Id(application),
        evaluationVersion = application["evaluation"]!["version"]!.GetValue<int>(),
        step,
        notes = "Recorded on site.",
        questionnaire = step == "FORUM_AND_QUESTIONNAIRE_HELD" ? new { respondents = 120, satisfied = 104, awareOfProgramme = 97 } : null,
    };

    private static object ScoreInput(JsonNode application, int version, IReadOnlyList<(string Id, double Maximum)> indicators, double share) => new
    {
        application = Id(application),
        evaluationVersion = version,
        scores = indicators.Select(i => new { indicator = i.Id, points = Math.Round(i.Maximum * share, 1) }).ToArray(),
    };

    private async Task<IReadOnlyList<(string Id, double Maximum)>> IndicatorIds() =>
        [.. (await Query("{ criteriaScheme(code: \"GC-CRITERIA\") { sections { indicators { id maximumPoints } } } }"))["criteriaScheme"]!["sections"]!.AsArray()
            .SelectMany(s => s!["indicators"]!.AsArray()).Select(i => (i!["id"]!.GetValue<string>(), i["maximumPoints"]!.GetValue<double>()))];

    private async Task<string> FileObjection(string noticeId, string community, string reasons, string? contact) =>
        (await Mutate(null, "fileObjection", "receipt { reference }", new { notice = noticeId, community = await CommunityId(community), reasons, contact }))["receipt"]!["reference"]!.GetValue<string>();

    private async Task<int> PublishedAwardCount(string campaignId) =>
        (await Query("query($c: ID!) { awards(where: { campaign: $c }) { totalCount } }", new { c = campaignId }))["awards"]!["totalCount"]!.GetValue<int>();

    private async Task<string> CommunityId(string code) =>
        (await Query("query($c: String) { community(code: $c) { id } }", new { c = code }))["community"]!["id"]!.GetValue<string>();

    private async Task<JsonNode> ApplicationAs(string token, JsonNode application, string fields = ApplicationFields) =>
        (await Query($"query($id: ID!) {{ application(id: $id) {{ {fields} }} }}", new { id = Id(application) }, token))["application"]!;

    private static string Id(JsonNode application) => application["id"]!.GetValue<string>();

    private static JsonObject Version(JsonNode application, object? more = null)
    {
        var input = more is null ? new JsonObject() : JsonSerializer.SerializeToNode(more)!.AsObject();
        input["application"] = Id(application);
        input["version"] = application["version"]!.GetValue<int>();
        return input;
    }

    private async Task<JsonNode> Query(string query, object? variables = null, string? token = null) =>
        (await _client.PostGraphQLAsync(query, variables, token: token)).AssertData();

    private async Task<string?> ErrorCode(string? token, string mutation, object input) =>
        (await Mutate(token, mutation, "errors { ... on Error { code } }", input, expectErrors: true))["errors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    private async Task<JsonNode> Mutate(string? token, string mutation, string selection, object input, bool expectErrors = false, string? select = null)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var errors = selection.Contains("errors", StringComparison.Ordinal) ? string.Empty : " errors { ... on Error { code message field } }";
        var response = await _client.PostGraphQLAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection}{errors} }} }}", new { input }, token: token);
        var payload = response.AssertData()[mutation]!;
        if (!expectErrors)
        {
            Assert.True(payload["errors"]!.AsArray().Count == 0, $"{mutation} failed: {payload["errors"]!.ToJsonString()}");
        }

        return select is null ? payload : payload[select]!;
    }
}
