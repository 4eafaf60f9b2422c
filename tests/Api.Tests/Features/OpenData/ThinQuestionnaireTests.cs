using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// A community's resident satisfaction in a panel year is its questionnaire's own result: recording it for publication
/// is refused when that questionnaire had fewer respondents than <c>OpenData:MinimumRespondents</c>.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ThinQuestionnaireTests : IDisposable
{
    private const string Record = "mutation($input: RecordObservationsInput!) { recordObservations(input: $input) { batch { added corrected edition { number } } errors { ... on Error { code field } } } }";

    // Every sample questionnaire has 30 to 60 respondents: above this threshold, all are too small.
    private readonly StrictFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RefusesASatisfactionValueThatRestsOnASmallQuestionnaire()
    {
        var (community, year) = await SurveyedAsync();
        var editions = await EditionCountAsync();
        var refused = (await Send(community, year, 91.5)).AssertData()["recordObservations"]!;
        Assert.Null(refused["batch"]);
        Assert.Equal("INVALID_INPUT", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("observations[0]", refused["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(editions, await EditionCountAsync());
    }

    [Fact]
    public async Task AcceptsASatisfactionValueOfAYearWithoutAPanelQuestionnaire()
    {
        var (community, year) = await SurveyedAsync();
        var accepted = (await Send(community, year + 1, 91.5)).AssertData()["recordObservations"]!;
        Assert.Empty(accepted["errors"]!.AsArray());
        Assert.NotNull(accepted["batch"]!["edition"]);
    }

    private async Task<(string Community, int Year)> SurveyedAsync()
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var surveyed = await (from s in db.EvaluationSteps
                              where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null
                              join e in db.Evaluations on s.EvaluationId equals e.Id
                              join a in db.Applications on e.ApplicationId equals a.Id
                              orderby a.Id
                              select new { a.Community!.Code, a.Campaign!.Year }).FirstAsync();
        return (surveyed.Code, surveyed.Year);
    }

    private async Task<int> EditionCountAsync() =>
        (await _api.CreateClient().PostGraphQLAsync("{ editions { totalCount } }")).AssertData()["editions"]!["totalCount"]!.GetValue<int>();

    private Task<GraphQLResponse> Send(string community, int year, double value) =>
        _api.CreateClient().PostGraphQLAsync(
            Record,
            new { input = new { observations = new[] { new { indicator = "resident-satisfaction", community, year, value, provenance = "SURVEY" } } } },
            token: TestTokens.CityAdmin());

    private sealed class StrictFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["OpenData:MinimumRespondents"] = "61",
        };
    }
}
