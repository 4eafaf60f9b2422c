using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>
/// An application's trail: each evaluator's scores and re-scores with the value before, read only by the city and
/// the panel; evidence withdrawn with its reason; nothing recorded for a change that was refused.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ApplicationTrailTests : IDisposable
{
    private const string Trail = "trail { kind by subject indicator before after reason }";

    private readonly WorkflowApiFactory _api;
    private readonly HttpClient _client;
    private readonly CampaignDriver _driver;

    /// <summary>Each test on its own database and clock.</summary>
    public ApplicationTrailTests()
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
    public async Task ARescoreIsKeptWithTheEarlierPointsAndOnlyTheCityAndThePanelReadScores()
    {
        string[] evaluators = ["evaluator-trail-1", "evaluator-trail-2"];
        var application = await _driver.CityApplicationReadyToScoreAsync(2031, evaluators);
        var indicator = (await _driver.IndicatorsAsync())[0];
        application = await Score(evaluators[0], application, indicator.Id, 4);
        application = await Score(evaluators[0], application, indicator.Id, 4); // the same points again: no change, no entry
        application = await Score(evaluators[0], application, indicator.Id, 3.5);

        var trail = await TrailAs(CampaignDriver.Admin, application);
        var scores = trail.Where(t => t!["kind"]!.GetValue<string>() is "SCORE_GIVEN" or "SCORE_CHANGED").ToList();
        Assert.Equal(2, scores.Count);
        Assert.Equal(("SCORE_GIVEN", null, "4.0"), Line(scores[0]!));
        Assert.Equal(("SCORE_CHANGED", "4.0", "3.5"), Line(scores[1]!));
        Assert.All(scores, s => Assert.Equal((evaluators[0], indicator.Id), (s!["by"]!.GetValue<string>(), s["indicator"]!.GetValue<string>())));

        // The panel's evaluators read the scores; the applicant and the district's reviewer read the rest only.
        Assert.Equal(2, (await TrailAs(TestTokens.Evaluator(evaluators[1]), application)).Count(IsScore));
        var applicant = await TrailAs(TestTokens.Applicant("TH-WUSHAN"), application);
        var reviewer = await TrailAs(CampaignDriver.Tianhe, application);
        Assert.DoesNotContain(applicant, IsScore);
        Assert.DoesNotContain(reviewer, IsScore);
        Assert.Equal(trail.Count - 2, applicant.Count);
        Assert.Contains(applicant, t => t!["kind"]!.GetValue<string>() == "EVALUATION_STEP_RECORDED" && t["subject"]!.GetValue<string>() == "SITE_INSPECTED");

        // Anonymous callers read no application at all, so no trail either.
        var anonymous = await _client.PostGraphQLAsync("query($id: ID!) { application(id: $id) { trail { kind } } }", new { id = CampaignDriver.Id(application) });
        Assert.Contains("ACCESS_DENIED", anonymous.ErrorCodes);
    }

    [Fact]
    public async Task AWithdrawalIsKeptWithItsReasonAndARefusedChangeLeavesNoEntry()
    {
        _driver.At(2031, 1, 10);
        var campaign = await _driver.CreateCampaignAsync(2031, "DISTRICT");
        var token = TestTokens.Applicant("TH-WUSHAN");
        var application = await _driver.ApplyAsync("TH-WUSHAN", campaign);
        application = await _driver.MutateAsync(token, "attachEvidence", "application { id version status evaluation { version } evidence { id } }", CampaignDriver.Version(application, new { title = "Photos", kind = "photo" }), select: "application");
        var evidence = application["evidence"]![0]!["id"]!.GetValue<string>();
        var before = await EntryCount();

        // Refused: a stale version, no reason, an unknown piece of evidence, another community's applicant.
        Assert.Equal("CONFLICT", await Error(token, "withdrawEvidence", new { application = CampaignDriver.Id(application), version = 0, evidence, reason = "Blurred." }));
        Assert.Equal("INVALID_INPUT", await Error(token, "withdrawEvidence", CampaignDriver.Version(application, new { evidence, reason = " " })));
        Assert.Equal("NOT_FOUND", await Error(token, "withdrawEvidence", CampaignDriver.Version(application, new { evidence = GreenCommunity.Api.GraphQL.Relay.GlobalId.Encode("Evidence", 999_999), reason = "Blurred." })));
        Assert.Equal("OUT_OF_SCOPE", await Error(TestTokens.Applicant("HZ-RUIBAO"), "withdrawEvidence", CampaignDriver.Version(application, new { evidence, reason = "Blurred." })));
        Assert.Equal(before, await EntryCount());

        application = await _driver.MutateAsync(token, "withdrawEvidence", "application { id version status evaluation { version } evidence { id } all: evidence(includeWithdrawn: true) { withdrawnAt withdrawalReason } }", CampaignDriver.Version(application, new { evidence, reason = "Blurred." }), select: "application");
        Assert.Empty(application["evidence"]!.AsArray());
        Assert.Equal("Blurred.", application["all"]![0]!["withdrawalReason"]!.GetValue<string>());
        Assert.Equal(before + 1, await EntryCount());
        Assert.Equal("WRONG_STATE", await Error(token, "withdrawEvidence", CampaignDriver.Version(application, new { evidence, reason = "Again." })));

        // Once submitted, evidence can no longer be withdrawn.
        application = await _driver.SubmitAsync("TH-WUSHAN", application);
        Assert.Equal("WRONG_STATE", await Error(token, "withdrawEvidence", CampaignDriver.Version(application, new { evidence, reason = "Late." })));

        var trail = await TrailAs(token, application);
        var withdrawn = trail.Single(t => t!["kind"]!.GetValue<string>() == "EVIDENCE_WITHDRAWN")!;
        Assert.Equal(("Photos", "Blurred.", "applicant-TH-WUSHAN"), (withdrawn["subject"]!.GetValue<string>(), withdrawn["reason"]!.GetValue<string>(), withdrawn["by"]!.GetValue<string>()));
        Assert.Equal(
            ["STATUS_CHANGED", "SELF_ASSESSMENT_CHANGED", "GATE_FACTS_RECORDED", "EVIDENCE_ADDED", "EVIDENCE_WITHDRAWN", "STATUS_CHANGED"],
            trail.Select(t => t!["kind"]!.GetValue<string>()).TakeWhile(k => k != "GATE_VERDICT_GIVEN"));
        Assert.All(trail.Skip(6), t => Assert.Equal("GATE_VERDICT_GIVEN", t!["kind"]!.GetValue<string>()));
        Assert.Equal(["EVIDENCE_ADDED", "EVIDENCE_WITHDRAWN"], (await TrailAs(token, application, "(kinds: [EVIDENCE_ADDED, EVIDENCE_WITHDRAWN])")).Select(t => t!["kind"]!.GetValue<string>()));
    }

    private static bool IsScore(JsonNode? line) => line!["kind"]!.GetValue<string>() is "SCORE_GIVEN" or "SCORE_CHANGED";

    private static (string Kind, string? Before, string? After) Line(JsonNode line) =>
        (line["kind"]!.GetValue<string>(), line["before"]?.GetValue<string>(), line["after"]?.GetValue<string>());

    private Task<JsonNode> Score(string evaluator, JsonNode application, string indicator, double points) =>
        _driver.MutateAsync(TestTokens.Evaluator(evaluator), "scoreIndicators", $"application {{ {CampaignDriver.ApplicationFields} }}", new
        {
            application = CampaignDriver.Id(application),
            evaluationVersion = application["evaluation"]!["version"]!.GetValue<int>(),
            scores = new[] { new { indicator, points } },
        }, select: "application");

    private async Task<List<JsonNode?>> TrailAs(string token, JsonNode application, string arguments = "") =>
        [.. (await _driver.QueryAsync($"query($id: ID!) {{ application(id: $id) {{ {Trail.Replace("trail", "trail" + arguments, StringComparison.Ordinal)} }} }}", new { id = CampaignDriver.Id(application) }, token))["application"]!["trail"]!.AsArray()];

    private async Task<string> Error(string token, string mutation, object input)
    {
        var response = await _client.PostGraphQLAsync(CampaignDriver.MutationText(mutation, "errors { ... on Error { code } }"), new { input }, token: token);
        return response.AssertData()[mutation]!["errors"]![0]!["code"]!.GetValue<string>();
    }

    private async Task<int> EntryCount()
    {
        using var scope = _api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>().TrailEntries.CountAsync();
    }
}
