using System.Net;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Authorization;

/// <summary>Every mutation: who may call it (it runs and answers in its payload) and who may not (refused before execution).</summary>
[Collection(ApiTestGroup.Name)]
public sealed class MutationAccessTests(ApiFactory factory)
{
    private static readonly string App = GlobalId.Encode("Application", 999_999);
    private static readonly string Campaign = GlobalId.Encode("Campaign", 999_999);
    private static readonly string Community = GlobalId.Encode("Community", 999_999);

    public static TheoryData<string, string, string, string> Mutations() => new()
    {
        // mutation, input (JSON), the role that may, a role that may not
        { "createApplication", $$"""{"campaign":"{{Campaign}}","community":"{{Community}}"}""", "applicant", "reviewer" },
        { "updateSelfAssessment", $$"""{"application":"{{App}}","version":0,"selfAssessedScore":80}""", "applicant", "admin" },
        { "attachEvidence", $$"""{"application":"{{App}}","version":0,"title":"Minutes","kind":"minutes"}""", "applicant", "evaluator" },
        { "withdrawEvidence", $$"""{"application":"{{App}}","version":0,"evidence":"{{GlobalId.Encode("Evidence", 999_999)}}","reason":"Wrong file."}""", "applicant", "reviewer" },
        { "submitApplication", $$"""{"application":"{{App}}","version":0}""", "applicant", "reviewer" },
        { "reviewApplication", $$"""{"application":"{{App}}","version":0,"decision":"BEGIN_REVIEW"}""", "reviewer", "applicant" },
        { "recommendApplication", $$"""{"application":"{{App}}","version":0,"recommend":true,"reasons":"Good."}""", "reviewer", "admin" },
        { "formPanel", $$"""{"campaign":"{{Campaign}}","name":"Panel X","members":[{"subject":"e","displayName":"E"}]}""", "admin", "evaluator" },
        { "assignPanel", $$"""{"application":"{{App}}","version":0,"panel":"{{GlobalId.Encode("Panel", 999_999)}}"}""", "admin", "reviewer" },
        { "recordEvaluationStep", $$"""{"application":"{{App}}","evaluationVersion":0,"step":"REPORT_HEARD"}""", "evaluator", "admin" },
        { "scoreIndicators", $$"""{"application":"{{App}}","evaluationVersion":0,"scores":[]}""", "evaluator", "reviewer" },
        { "completeEvaluation", $$"""{"application":"{{App}}","evaluationVersion":0,"feedback":"Good."}""", "evaluator", "applicant" },
        { "decideCollectiveReview", $$$"""{"campaign":"{{{Campaign}}}","heldOn":"2004-11-01","decisions":[{"application":"{{{App}}}","version":0,"candidate":true,"reasons":"Good."}]}""", "admin", "evaluator" },
        { "openPublicity", $$$"""{"campaign":"{{{Campaign}}}","title":{"zh":"公示","en":"Notice"}}""", "admin", "reviewer" },
        { "resolveObjection", $$"""{"objection":"{{GlobalId.Encode("Objection", 999_999)}}","upheld":false,"note":"No."}""", "admin", "applicant" },
        { "createCampaign", $$$"""{"year":2002,"level":"CITY","batchNumber":1,"name":{"zh":"x","en":"x"},"scheme":"{{{GlobalId.Encode("CriteriaScheme", 999_999)}}}","timetable":{"applicationsOpen":"2002-01-01","applicationsClose":"2002-02-01","evaluationStart":"2002-03-01","evaluationEnd":"2002-04-01","publicityDays":7}}""", "admin", "evaluator" },
        { "publishResults", $$"""{"campaign":"{{Campaign}}"}""", "admin", "reviewer" },
        { "revokeAward", $$"""{"award":"{{GlobalId.Encode("Award", 999_999)}}","reason":"Penalty case."}""", "admin", "applicant" },
        { "createOrganisation", """{"code":"XX-LG","name":{"zh":"x","en":"x"},"level":"DISTRICT","role":"LEADING_GROUP","district":"999999"}""", "admin", "applicant" },
        { "recordAnnualPlan", """{"year":2004,"district":"999999","districtTitleTarget":1,"cityTitleTarget":1,"taskCommunities":[]}""", "admin", "evaluator" },
        { "recordFundingAllocation", """{"year":2004,"payerLevel":"CITY","recipientCommunity":"NO-SUCH-COMMUNITY","purpose":"TRAINING","amountYuan":1}""", "admin", "applicant" },
        { "updateFundingAllocation", $$"""{"allocation":"{{GlobalId.Encode("FundingAllocation", 999_999)}}","version":0,"amountYuan":1}""", "admin", "evaluator" },
        { "recordProgrammeEvent", """{"kind":"EXCHANGE_MEETING","year":2002,"heldOn":"2002-04-23","title":{"zh":"交流会","en":"Exchange"},"district":"999999","audience":"OFFICIALS"}""", "admin", "applicant" },
        { "updateProgrammeEvent", $$$"""{"id":"{{{GlobalId.Encode("ProgrammeEvent", 999_999)}}}","version":0,"kind":"EXCHANGE_MEETING","year":2002,"heldOn":"2002-04-23","title":{"zh":"交流会","en":"Exchange"},"audience":"OFFICIALS"}""", "reviewer", "evaluator" },
        { "recordOutreachItem", """{"kind":"POSTER","channel":"COMMUNITY","year":2002,"title":{"zh":"海报","en":"Posters"},"district":"999999"}""", "admin", "evaluator" },
        { "updateOutreachItem", $$$"""{"id":"{{{GlobalId.Encode("OutreachItem", 999_999)}}}","version":0,"kind":"POSTER","channel":"COMMUNITY","year":2002,"title":{"zh":"海报","en":"Posters"}}""", "reviewer", "applicant" },
        { "recordCommunityPractice", """{"community":"NO-SUCH-COMMUNITY","kind":"WASTE_SORTING","startedOn":"2002-01-01","title":{"zh":"垃圾分类","en":"Waste sorting"},"evidence":"Bins."}""", "reviewer", "applicant" },
        { "updateCommunityPractice", $$$"""{"id":"{{{GlobalId.Encode("CommunityPractice", 999_999)}}}","version":0,"community":"YX-DUFU","kind":"WASTE_SORTING","startedOn":"2002-01-01","title":{"zh":"垃圾分类","en":"Waste sorting"},"evidence":"Bins."}""", "admin", "evaluator" },
        { "draftCriteriaScheme", """{"code":"NO-SUCH-SCHEME"}""", "admin", "reviewer" },
        { "editCriteriaDraft", $$"""{"scheme":"{{GlobalId.Encode("CriteriaScheme", 999_999)}}","revision":0,"edits":[{"removeGate":"NO_PENALTY_CASE"}]}""", "admin", "evaluator" },
        { "publishCriteriaScheme", $$"""{"scheme":"{{GlobalId.Encode("CriteriaScheme", 999_999)}}","revision":0}""", "admin", "applicant" },
        { "reviseIndicatorDefinition", """{"indicator":"NO-SUCH-INDICATOR","version":1,"unit":"count","changeNote":"Counted in households."}""", "admin", "evaluator" },
        { "discardCriteriaDraft", $$"""{"scheme":"{{GlobalId.Encode("CriteriaScheme", 999_999)}}","revision":0}""", "admin", "reviewer" },
        { "publishProgrammeRecords", $$$"""{"ids":["{{{GlobalId.Encode("ProgrammeEvent", 999_999)}}}"]}""", "reviewer", "applicant" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task AnonymousCallersAreRefusedWith401(string mutation, string input, string allowed, string refused)
    {
        _ = (allowed, refused);
        var response = await Call(mutation, input, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task CallersWithoutTheRoleAreRefusedWith403(string mutation, string input, string allowed, string refused)
    {
        _ = allowed;
        var response = await Call(mutation, input, Token(refused));
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task CallersWithTheRoleGetAnAnswerInThePayload(string mutation, string input, string allowed, string refused)
    {
        _ = refused;
        var response = await Call(mutation, input, Token(allowed));
        var payload = response.AssertData()[mutation]!;
        var errors = payload["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("NOT_FOUND", e!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnyoneMayFileAnObjection()
    {
        var input = $$"""{"notice":"{{GlobalId.Encode("PublicityNotice", 999_999)}}","community":"{{Community}}","reasons":"Illegal structures remain."}""";
        var anonymous = await Call("fileObjection", input, token: null);
        Assert.Equal("NOT_FOUND", anonymous.AssertData()["fileObjection"]!["errors"]![0]!["code"]!.GetValue<string>());
        var signedIn = await Call("fileObjection", input, Token("applicant"));
        Assert.Equal("NOT_FOUND", signedIn.AssertData()["fileObjection"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    private static string Token(string who) => who switch
    {
        "applicant" => TestTokens.Applicant("YX-QIAOYUAN"),
        "reviewer" => TestTokens.Reviewer("440106"),
        "evaluator" => TestTokens.Evaluator("evaluator-01"),
        _ => TestTokens.CityAdmin(),
    };

    private Task<GraphQLResponse> Call(string mutation, string input, string? token) =>
        factory.CreateClient().PostGraphQLAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ errors {{ ... on Error {{ code message }} }} }} }}",
            new { input = System.Text.Json.JsonDocument.Parse(input).RootElement },
            token: token);
}
