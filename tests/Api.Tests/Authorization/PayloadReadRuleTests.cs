using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Authorization;

/// <summary>
/// A payload is a read: a mutation refused for scope or a stale version answers with the error only, never with the
/// application the caller could not read through <c>application(id:)</c>; over HTTP and over WebSocket alike.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class PayloadReadRuleTests : IDisposable
{
    private const string Fields = "application { id status selfAssessedScore gateFacts { occupancyRate } history { by comment } } errors { ... on Error { code } }";
    private static readonly string Outsider = TestTokens.Applicant("YX-QIAOYUAN");
    private static readonly string Owner = TestTokens.Applicant("HZ-RUIBAO");
    private static readonly string OtherDistrict = TestTokens.Reviewer("440106");
    private static readonly string OffPanel = TestTokens.Evaluator("evaluator-on-no-panel");

    private readonly WorkflowApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RefusedAndStaleMutationsReturnTheErrorWithoutTheApplication()
    {
        var application = await DraftApplicationAsync();
        foreach (var transport in new[] { Transport.Http, Transport.WebSocket })
        {
            var version = await VersionAsync(application);
            var cases = new (string Mutation, string Token, object Input)[]
            {
                ("updateSelfAssessment", Outsider, new { application, version, selfAssessedScore = 80 }),
                ("updateSelfAssessment", Owner, new { application, version = version - 1, selfAssessedScore = 80 }),
                ("attachEvidence", Outsider, new { application, version, title = "Minutes", kind = "minutes" }),
                ("attachEvidence", Owner, new { application, version = version + 7, title = "Minutes", kind = "minutes" }),
                ("submitApplication", Outsider, new { application, version }),
                ("reviewApplication", OtherDistrict, new { application, version, decision = "BEGIN_REVIEW" }),
                ("recommendApplication", OtherDistrict, new { application, version, recommend = true, reasons = "Good." }),
                ("recordEvaluationStep", OffPanel, new { application, evaluationVersion = 0, step = "REPORT_HEARD" }),
                ("scoreIndicators", OffPanel, new { application, evaluationVersion = 0, scores = Array.Empty<object>() }),
                ("completeEvaluation", OffPanel, new { application, evaluationVersion = 0, feedback = "Good." }),
            };
            foreach (var (mutation, token, input) in cases)
            {
                var payload = (await MutateAsync(transport, token, mutation, input))[mutation]!;
                var codes = payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
                Assert.True(codes.Count > 0, $"{transport} {mutation}: expected a refusal, got {GraphQLClient.Show(payload)}");
                Assert.True(payload["application"] is null, $"{transport} {mutation} ({string.Join(", ", codes)}) returned the application: {GraphQLClient.Show(payload["application"])}");
            }

            Assert.Equal(version, await VersionAsync(application));
        }
    }

    [Fact]
    public async Task AnAllowedChangeReturnsTheApplicationAsItNowStands()
    {
        var application = await DraftApplicationAsync();
        foreach (var transport in new[] { Transport.Http, Transport.WebSocket })
        {
            var version = await VersionAsync(application);
            var payload = (await MutateAsync(transport, Owner, "updateSelfAssessment", new { application, version, selfAssessedScore = 81 }))["updateSelfAssessment"]!;
            Assert.Empty(payload["errors"]!.AsArray());
            Assert.Equal(application, payload["application"]!["id"]!.GetValue<string>());
            Assert.Equal(81, payload["application"]!["selfAssessedScore"]!.GetValue<double>());
        }
    }

    // A district-level draft of HZ-RUIBAO (district 440105) in a new 2004 campaign.
    private async Task<string> DraftApplicationAsync()
    {
        var client = _api.CreateClient();
        var scheme = (await client.PostGraphQLAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }")).AssertData()["criteriaScheme"]!["id"]!.GetValue<string>();
        var campaign = (await client.PostGraphQLAsync(
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }",
            new { input = new { year = 2004, level = "DISTRICT", batchNumber = 4, scheme, name = new { zh = "2004年区级", en = "2004 district" }, timetable = new { applicationsOpen = "2004-01-01", applicationsClose = "2004-03-31", evaluationStart = "2004-04-01", evaluationEnd = "2004-05-31", publicityDays = 7 } } },
            token: TestTokens.CityAdmin())).AssertData()["createCampaign"]!["campaign"]!["id"]!.GetValue<string>();
        var community = (await client.PostGraphQLAsync("{ community(code: \"HZ-RUIBAO\") { id } }")).AssertData()["community"]!["id"]!.GetValue<string>();
        var created = (await client.PostGraphQLAsync(
            "mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } errors { ... on Error { code } } } }",
            new { input = new { campaign, community } },
            token: Owner)).AssertData()["createApplication"]!;
        Assert.Empty(created["errors"]!.AsArray());
        return created["application"]!["id"]!.GetValue<string>();
    }

    private async Task<int> VersionAsync(string application) =>
        (await _api.CreateClient().PostGraphQLAsync("query($id: ID!) { application(id: $id) { version } }", new { id = application }, token: TestTokens.CityAdmin()))
            .AssertData()["application"]!["version"]!.GetValue<int>();

    private async Task<JsonNode> MutateAsync(Transport transport, string token, string mutation, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await _api.ExecuteAsync(transport, $"mutation($input: {type}!) {{ {mutation}(input: $input) {{ {Fields} }} }}", new { input }, token);
        return response.AssertData();
    }
}
