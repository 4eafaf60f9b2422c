using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>
/// Drives a campaign through its mutations over HTTP, as <see cref="CityCampaignWalkthroughTests"/> does step by
/// step: for tests that need an application at a given point of the workflow and then do something else with it.
/// </summary>
public sealed class CampaignDriver(FakeTimeProvider clock, HttpClient client)
{
    /// <summary>The application fields the driver reads back after each step.</summary>
    public const string ApplicationFields = "id version status evaluation { version }";

    /// <summary>A city administrator.</summary>
    public static readonly string Admin = TestTokens.CityAdmin();

    /// <summary>The district reviewer of Tianhe (440106), the district of the communities the driver uses.</summary>
    public static readonly string Tianhe = TestTokens.Reviewer("440106");

    private static readonly string[] OnSiteSteps = ["REPORT_HEARD", "DOCUMENTS_REVIEWED", "FORUM_AND_QUESTIONNAIRE_HELD", "SITE_INSPECTED"];

    /// <summary>Sets the API's clock to 02:00 UTC of that day.</summary>
    public void At(int year, int month, int day) => clock.SetUtcNow(new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero));

    /// <summary>A new campaign of <paramref name="level"/> in <paramref name="year"/>: applications in January, evaluation until June.</summary>
    public async Task<string> CreateCampaignAsync(int year, string level)
    {
        var schemeId = (await QueryAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }"))["criteriaScheme"]!["id"]!.GetValue<string>();
        var evaluationEnd = level == "DISTRICT" ? $"{year}-02-28" : $"{year}-06-01";
        return (await MutateAsync(Admin, "createCampaign", "campaign { id }", new
        {
            year,
            level,
            batchNumber = 9,
            scheme = schemeId,
            name = new { zh = "测试" + level, en = $"Test {level} {year}" },
            timetable = new { applicationsOpen = $"{year}-01-01", applicationsClose = $"{year}-01-31", evaluationStart = $"{year}-02-01", evaluationEnd, publicityDays = 7 },
        }))["campaign"]!["id"]!.GetValue<string>();
    }

    /// <summary>A district-level application of <paramref name="community"/> (in Tianhe) under district review.</summary>
    public async Task<JsonNode> DistrictApplicationUnderReviewAsync(string campaignId, string community)
    {
        var application = await ApplyAsync(community, campaignId);
        application = await SubmitAsync(community, application);
        return await ReviewAsync(Tianhe, application, new { decision = "BEGIN_REVIEW" });
    }

    /// <summary>
    /// A city-level application of TH-WUSHAN whose panel (of <paramref name="evaluators"/>) has inspected the site and
    /// may score now; the community first earns its district-level title in the same year.
    /// </summary>
    public async Task<JsonNode> CityApplicationReadyToScoreAsync(int year, IReadOnlyList<string> evaluators)
    {
        At(year, 1, 10);
        var districtCampaign = await CreateCampaignAsync(year, "DISTRICT");
        var cityCampaign = await CreateCampaignAsync(year, "CITY");
        var district = await DistrictApplicationUnderReviewAsync(districtCampaign, "TH-WUSHAN");
        await ReviewAsync(Tianhe, district, new { decision = "AWARD", score = 88.5 });
        await MutateAsync(Admin, "publishResults", "campaign { id }", new { campaign = districtCampaign });

        var application = await ApplyAsync("TH-WUSHAN", cityCampaign);
        application = await SubmitAsync("TH-WUSHAN", application);
        application = await ReviewAsync(Tianhe, application, new { decision = "BEGIN_REVIEW" });
        application = await MutateAsync(Tianhe, "recommendApplication", $"application {{ {ApplicationFields} }}", Version(application, new { recommend = true, reasons = "Meets the city standard." }), select: "application");
        var panel = (await MutateAsync(Admin, "formPanel", "panel { id }", new
        {
            campaign = cityCampaign,
            name = "Panel " + year,
            members = evaluators.Select(e => new { subject = e, displayName = "Evaluator " + e, contact = e + "@example.org" }).ToArray(),
        }))["panel"]!["id"]!.GetValue<string>();
        application = await MutateAsync(Admin, "assignPanel", $"application {{ {ApplicationFields} }}", Version(application, new { panel }), select: "application");
        foreach (var step in OnSiteSteps)
        {
            application = await MutateAsync(TestTokens.Evaluator(evaluators[0]), "recordEvaluationStep", $"application {{ {ApplicationFields} }}", new
            {
                application = Id(application),
                evaluationVersion = application["evaluation"]!["version"]!.GetValue<int>(),
                step,
                notes = "Recorded on site.",
                questionnaire = step == "FORUM_AND_QUESTIONNAIRE_HELD" ? new { respondents = 120, satisfied = 104, awareOfProgramme = 97 } : null,
            }, select: "application");
        }

        return application;
    }

    /// <summary>The scheme's indicators: global ID and maximum points.</summary>
    public async Task<IReadOnlyList<(string Id, double Maximum)>> IndicatorsAsync() =>
        [.. (await QueryAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { sections { indicators { id maximumPoints } } } }"))["criteriaScheme"]!["sections"]!.AsArray()
            .SelectMany(s => s!["indicators"]!.AsArray()).Select(i => (i!["id"]!.GetValue<string>(), i["maximumPoints"]!.GetValue<double>()))];

    /// <summary>A draft application of <paramref name="community"/> with its self-assessment and gate facts.</summary>
    public async Task<JsonNode> ApplyAsync(string community, string campaignId)
    {
        var token = TestTokens.Applicant(community);
        var application = await MutateAsync(token, "createApplication", $"application {{ {ApplicationFields} }}", new { campaign = campaignId, community = await CommunityIdAsync(community) }, select: "application");
        return await MutateAsync(token, "updateSelfAssessment", $"application {{ {ApplicationFields} }}", Version(application, new
        {
            selfAssessedScore = 90.0,
            gateFacts = new { occupancyRate = 0.95, penaltyCases = 0, complaintsReceived = 3, complaintsAnsweredInTime = 3, source = "street office records" },
        }), select: "application");
    }

    /// <summary>Submits the application as its community.</summary>
    public Task<JsonNode> SubmitAsync(string community, JsonNode application) =>
        MutateAsync(TestTokens.Applicant(community), "submitApplication", $"application {{ {ApplicationFields} }}", Version(application), select: "application");

    /// <summary>A district reviewer's decision.</summary>
    public Task<JsonNode> ReviewAsync(string reviewer, JsonNode application, object decision) =>
        MutateAsync(reviewer, "reviewApplication", $"application {{ {ApplicationFields} }}", Version(application, decision), select: "application");

    /// <summary>A community's global ID.</summary>
    public async Task<string> CommunityIdAsync(string code) =>
        (await QueryAsync("query($c: String) { community(code: $c) { id } }", new { c = code }))["community"]!["id"]!.GetValue<string>();

    /// <summary>The application's global ID.</summary>
    public static string Id(JsonNode application) => application["id"]!.GetValue<string>();

    /// <summary>The input of a change to <paramref name="application"/>: its ID and version, and <paramref name="more"/>.</summary>
    public static JsonObject Version(JsonNode application, object? more = null)
    {
        var input = more is null ? new JsonObject() : JsonSerializer.SerializeToNode(more)!.AsObject();
        input["application"] = Id(application);
        input["version"] = application["version"]!.GetValue<int>();
        return input;
    }

    /// <summary>A query that must succeed; its data.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null, string? token = null) =>
        (await client.PostGraphQLAsync(query, variables, token: token)).AssertData();

    /// <summary>The text of a mutation taking one <c>input</c> argument and selecting <paramref name="selection"/>.</summary>
    public static string MutationText(string mutation, string selection) =>
        $"mutation($input: {char.ToUpperInvariant(mutation[0]) + mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {selection} }} }}";

    /// <summary>A mutation that must succeed without business-rule errors; its payload, or the field <paramref name="select"/> of it.</summary>
    public async Task<JsonNode> MutateAsync(string? token, string mutation, string selection, object input, string? select = null)
    {
        var response = await client.PostGraphQLAsync(MutationText(mutation, selection + " errors { ... on Error { code message field } }"), new { input }, token: token);
        var payload = response.AssertData()[mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"{mutation} failed: {payload["errors"]!.ToJsonString()}");
        return select is null ? payload : payload[select]!;
    }
}
