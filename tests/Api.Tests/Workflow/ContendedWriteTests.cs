using System.Net;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Workflow;

/// <summary>
/// A hundred clients write the same record at once, each with the version it read: one write wins, every other
/// answer is a business error (<c>CONFLICT</c>, or <c>DUPLICATE</c> where the caller could have known), never an
/// internal error, and the database holds exactly the acknowledged writes and their events. On the suite's provider:
/// SQLite here, PostgreSQL in CI's second run.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ContendedWriteTests : IDisposable
{
    private const int Clients = 100;
    private const int Evaluators = 5;

    private readonly ContendedApiFactory _api;
    private readonly HttpClient _client;
    private readonly CampaignDriver _driver;
    private readonly ITestOutputHelper _output;

    /// <summary>Each race runs on its own database.</summary>
    public ContendedWriteTests(ITestOutputHelper output)
    {
        _output = output;
        _api = new ContendedApiFactory();
        _client = _api.CreateClient();
        _driver = new CampaignDriver(_api.Clock, _client);
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task AHundredScoresOfOneEvaluationVersionKeepOneAndAnswerTheRestConflict()
    {
        // Five evaluators of one panel, twenty clients each: the same evaluator racing itself writes the same
        // (evaluation, evaluator, indicator) rows, so a unique index can refuse a write before the version check does.
        var evaluators = Enumerable.Range(1, Evaluators).Select(e => $"evaluator-race-{e}").ToArray();
        var application = await _driver.CityApplicationReadyToScoreAsync(2031, evaluators);
        var version = application["evaluation"]!["version"]!.GetValue<int>();
        var indicators = await _driver.IndicatorsAsync();
        var first = indicators[0];

        // Each client's points for the first indicator are its own, so the stored scores name the winner.
        var points = Enumerable.Range(0, Clients).Select(i => Math.Round(first.Maximum * (i + 1) / (Clients + 1), 2)).ToArray();
        Assert.Equal(Clients, points.Distinct().Count());
        var outboxBefore = await LastOutboxMessageAsync();

        var answers = await RaceAsync(i => _client.PostGraphQLAsync(
            CampaignDriver.MutationText("scoreIndicators", "application { id } errors { ... on Error { code } }"),
            new
            {
                input = new
                {
                    application = CampaignDriver.Id(application),
                    evaluationVersion = version,
                    scores = indicators.Select((indicator, n) => new { indicator = indicator.Id, points = n == 0 ? points[i] : Math.Round(indicator.Maximum / 2, 1) }).ToArray(),
                },
            },
            token: TestTokens.Evaluator(evaluators[i % Evaluators])));

        var winner = AssertOneWinner(answers, "scoreIndicators", "CONFLICT");

        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var applicationId = GlobalId.DecodeOf(ApplicationType.TypeName, CampaignDriver.Id(application));
        var evaluation = await db.Evaluations.Include(e => e.Scores).SingleAsync(e => e.ApplicationId == applicationId);
        var member = await db.PanelMembers.SingleAsync(m => m.PanelId == evaluation.PanelId && m.Subject == evaluators[winner % Evaluators]);
        var firstIndicatorId = GlobalId.DecodeOf(CriteriaIndicatorType.TypeName, first.Id);
        Assert.Equal(indicators.Count, evaluation.Scores.Count);
        Assert.All(evaluation.Scores, s => Assert.Equal(member.Id, s.PanelMemberId));
        Assert.Equal((decimal)points[winner], evaluation.Scores.Single(s => s.IndicatorId == firstIndicatorId).Points);
        Assert.Equal(version + indicators.Count, evaluation.Version);
        Assert.Equal(1, await OutboxMessagesSinceAsync(outboxBefore));
    }

    [Fact]
    public async Task AHundredDistrictAwardsOfOneApplicationVersionGrantOneTitleAndAnswerTheRestConflict()
    {
        _driver.At(2032, 1, 10);
        var campaign = await _driver.CreateCampaignAsync(2032, "DISTRICT");
        var application = await _driver.DistrictApplicationUnderReviewAsync(campaign, "TH-WUSHAN");
        var version = application["version"]!.GetValue<int>();
        var outboxBefore = await LastOutboxMessageAsync();

        // A hundred reviewers of the district, each with its own score (all above the pass mark).
        var answers = await RaceAsync(i => _client.PostGraphQLAsync(
            CampaignDriver.MutationText("reviewApplication", "application { id } errors { ... on Error { code } }"),
            new { input = CampaignDriver.Version(application, new { decision = "AWARD", score = Score(i) }) },
            token: Reviewer(i)));

        var winner = AssertOneWinner(answers, "reviewApplication", "CONFLICT");

        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var applicationId = GlobalId.DecodeOf(ApplicationType.TypeName, CampaignDriver.Id(application));
        var award = await db.Awards.SingleAsync(a => a.ApplicationId == applicationId);
        Assert.Equal((decimal)Score(winner), award.Score);
        var stored = await db.Applications.Include(a => a.History).SingleAsync(a => a.Id == applicationId);
        Assert.Equal(ApplicationStatus.AwardedAtDistrictLevel, stored.Status);
        Assert.Equal(version + 1, stored.Version);
        Assert.Equal(Subject(winner), Assert.Single(stored.History, h => h.To == ApplicationStatus.AwardedAtDistrictLevel).By);
        Assert.Equal(1, await OutboxMessagesSinceAsync(outboxBefore));

        static double Score(int i) => 80 + (i * 0.1);
        static string Subject(int i) => $"reviewer-race-{i}";
        static string Reviewer(int i) => TestTokens.Mint(Subject(i), ["DistrictReviewer"], districts: ["440106"]);
    }

    [Fact]
    public async Task AHundredApplicationsOfOneCommunityToOneCampaignOpenOneAndAnswerTheRestDuplicate()
    {
        _driver.At(2033, 1, 10);
        var campaign = await _driver.CreateCampaignAsync(2033, "DISTRICT");
        var community = await _driver.CommunityIdAsync("TH-WUSHAN");
        var token = TestTokens.Applicant("TH-WUSHAN");

        // The second application of a community to a campaign is a duplicate its applicant can see, whether the first
        // was saved long before or a moment before; never a conflict to retry.
        var answers = await RaceAsync(_ => _client.PostGraphQLAsync(
            CampaignDriver.MutationText("createApplication", "application { id } errors { ... on Error { code } }"),
            new { input = new { campaign, community } },
            token: token));

        AssertOneWinner(answers, "createApplication", "DUPLICATE");
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, campaign);
        Assert.Equal(1, await db.Applications.CountAsync(a => a.CampaignId == campaignId));
    }

    // Starts every client at once and waits for all the answers.
    private static async Task<GraphQLResponse[]> RaceAsync(Func<int, Task<GraphQLResponse>> send)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clients = Enumerable.Range(0, Clients).Select(async i =>
        {
            await start.Task;
            return await send(i);
        }).ToArray();
        start.SetResult();
        return await Task.WhenAll(clients);
    }

    // Every answer is HTTP 200 with the payload: exactly one without errors, all the others with the expected code.
    private int AssertOneWinner(GraphQLResponse[] answers, string mutation, string loserCode)
    {
        var successes = new List<int>();
        var codes = new Dictionary<string, int>();
        var failures = new List<string>();
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = answers[i];
            if (answer.Status != HttpStatusCode.OK || answer.Errors.Count > 0)
            {
                failures.Add($"client {i}: {(int)answer.Status} {GraphQLClient.Show(answer.Body)}");
                foreach (var code in answer.ErrorCodes)
                {
                    codes[code ?? "(none)"] = codes.GetValueOrDefault(code ?? "(none)") + 1;
                }

                continue;
            }

            var errors = answer.Data![mutation]!["errors"]!.AsArray();
            if (errors.Count == 0)
            {
                successes.Add(i);
                continue;
            }

            var payloadCode = errors[0]!["code"]!.GetValue<string>();
            codes[payloadCode] = codes.GetValueOrDefault(payloadCode) + 1;
        }

        _output.WriteLine($"{mutation} on {_api.Database.Provider}: {answers.Length} clients, {successes.Count} succeeded, "
            + string.Concat(codes.Where(c => c.Key != "INTERNAL_SERVER_ERROR").OrderByDescending(c => c.Value).Select(c => $"{c.Value} {c.Key}, "))
            + $"{codes.GetValueOrDefault("INTERNAL_SERVER_ERROR")} INTERNAL_SERVER_ERROR");
        Assert.True(failures.Count == 0, $"{failures.Count} answers were not a payload; the first: {failures.FirstOrDefault()}");
        Assert.Single(successes);
        Assert.Equal(new Dictionary<string, int> { [loserCode] = answers.Length - 1 }, codes);
        return successes[0];
    }

    // Each acknowledged write leaves one event in the outbox, committed with it; a refused write leaves none.
    private async Task<long> LastOutboxMessageAsync()
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        return await db.OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0;
    }

    private async Task<int> OutboxMessagesSinceAsync(long lastId)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        return await db.OutboxMessages.CountAsync(m => m.Id > lastId);
    }

    /// <summary>
    /// The workflow's host (a clock the test moves). On PostgreSQL the API's connection pool is kept below the server's
    /// connection limit (100 by default, shared with whatever else runs), as a deployment must: a hundred clients then
    /// queue for connections instead of being refused by the server.
    /// </summary>
    private sealed class ContendedApiFactory : ApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2031, 1, 1, 9, 0, 0, TimeSpan.Zero));

        protected override IReadOnlyDictionary<string, string> Settings => Database.Provider == DatabaseProvider.PostgreSql
            ? new Dictionary<string, string> { ["ConnectionStrings:GreenCommunity"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 30 }.ConnectionString }
            : new Dictionary<string, string>();

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
