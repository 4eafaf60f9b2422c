using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// Two API replicas sharing one PostgreSQL and one Redis (<see cref="Replicas"/>): events raised on one reach
/// subscribers on the other, a publication on one drops the other's cached answers, the rate limit is one budget,
/// and a replica killed mid-write loses no acknowledged write nor its event.
/// </summary>
[Collection(ApiTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class TwoReplicaTests(Replicas replicas, ITestOutputHelper output) : IClassFixture<Replicas>
{
    private const string RevokeMutation = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { award { id } errors { ... on Error { code } } } }";
    private static readonly ConcurrentQueue<string> UnusedAwards = new();

    [SkippableFact]
    public async Task AMutationOnOneReplicaReachesASubscriberOnTheOtherWithinASecond()
    {
        RequirePrerequisite();

        using var socket = await SubscribeAsync(replicas.B, "subscription { resultsPublished { number } }");
        using var a = replicas.A.Client();
        var latencies = new List<double>();
        var afterAcknowledgement = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var award = await AwardAsync();
            var clock = Stopwatch.StartNew();
            var revoke = await a.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Penalty case." } }, token: Admin());
            Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());
            var acknowledgedAt = clock.Elapsed.TotalMilliseconds;
            var next = await GraphQLSocket.ReceiveAsync(socket);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            afterAcknowledgement.Add(clock.Elapsed.TotalMilliseconds - acknowledgedAt);
            Assert.Equal("next", next["type"]!.GetValue<string>());
        }

        latencies.Sort();
        afterAcknowledgement.Sort();
        output.WriteLine(FormattableString.Invariant(
            $"Mutation sent to A -> event received from B, {latencies.Count} events: median {latencies[latencies.Count / 2]:F1} ms, max {latencies[^1]:F1} ms (includes the mutation itself)."));
        output.WriteLine(FormattableString.Invariant(
            $"A's response received -> event received from B: median {afterAcknowledgement[afterAcknowledgement.Count / 2]:F1} ms, max {afterAcknowledgement[^1]:F1} ms."));
        Assert.All(latencies, ms => Assert.True(ms < 1000, $"An event took {ms:F0} ms to cross replicas."));
    }

    [SkippableFact]
    public async Task TheGraphQLWsClientOnOneReplicaHearsAStatusChangeMadeOnTheOther()
    {
        RequirePrerequisite();
        RequireNodeClientPrerequisite();

        using var a = replicas.A.Client();
        var year = DateTime.UtcNow.Year;
        var schemeId = (await a.PostGraphQLAsync("{ criteriaScheme(code: \"GC-CRITERIA\") { id } }")).AssertData()["criteriaScheme"]!["id"]!.GetValue<string>();
        var campaign = (await a.PostGraphQLAsync(
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } errors { ... on Error { code message } } } }",
            new { input = new { year, level = "DISTRICT", batchNumber = 9, scheme = schemeId, name = new { zh = $"{year}年区级", en = $"{year} district" }, timetable = new { applicationsOpen = $"{year}-01-01", applicationsClose = $"{year}-12-31", evaluationStart = $"{year}-12-31", evaluationEnd = $"{year}-12-31", publicityDays = 7 } } },
            token: Admin())).AssertData()["createCampaign"]!["campaign"]!["id"]!.GetValue<string>();
        var community = (await a.PostGraphQLAsync("{ community(code: \"HZ-RUIBAO\") { id } }")).AssertData()["community"]!["id"]!.GetValue<string>();

        using var reviewer = NodeGraphQLWsClient.Start(replicas.B.WebSocket, "subscription { applicationStatusChanged { to application { community { code } } } }", TestTokens.Reviewer("440105"));
        await reviewer.ReadyAsync();
        var created = await a.PostGraphQLAsync(
            "mutation($input: CreateApplicationInput!) { createApplication(input: $input) { errors { ... on Error { code } } } }",
            new { input = new { campaign, community } },
            token: TestTokens.Applicant("HZ-RUIBAO"));
        Assert.Empty(created.AssertData()["createApplication"]!["errors"]!.AsArray());

        var next = await reviewer.NextAsync();
        Assert.Equal("next", next["event"]!.GetValue<string>());
        var change = next["payload"]!["data"]!["applicationStatusChanged"]!;
        Assert.Equal("DRAFT", change["to"]!.GetValue<string>());
        Assert.Equal("HZ-RUIBAO", change["application"]!["community"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task TheGraphQLWsClientIsRefusedAsTheProtocolSays()
    {
        RequirePrerequisite();
        RequireNodeClientPrerequisite();

        // A forged token: the connection is closed with 4403 Forbidden.
        using (var forged = NodeGraphQLWsClient.Start(replicas.B.WebSocket, "subscription { resultsPublished { number } }", TestTokens.Mint("x", ["CityAdmin"], key: new byte[32])))
        {
            var closed = await forged.NextAsync();
            Assert.Equal("closed", closed["event"]!.GetValue<string>());
            Assert.Equal(4403, closed["code"]!.GetValue<int>());
        }

        // An anonymous caller asking for application events: an error for that operation, like a query would get.
        using var anonymous = NodeGraphQLWsClient.Start(replicas.B.WebSocket, "subscription { applicationStatusChanged { to } }");
        JsonNode error;
        do
        {
            error = await anonymous.NextAsync();
        }
        while (error["event"]!.GetValue<string>() == "ready");
        Assert.Equal("error", error["event"]!.GetValue<string>());
        Assert.Equal("ACCESS_DENIED", error["error"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task APublicationOnOneReplicaInvalidatesTheOthersCachedLists()
    {
        RequirePrerequisite();

        const string Revoked = "{ awards(first: 100, where: { revoked: true }) { totalCount } }";
        using var a = replicas.A.Client();
        using var b = replicas.B.Client();
        var before = (await b.PostGraphQLAsync(Revoked)).AssertData()["awards"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(before, (await b.PostGraphQLAsync(Revoked)).AssertData()["awards"]!["totalCount"]!.GetValue<int>());

        var revoke = await a.PostGraphQLAsync(RevokeMutation, new { input = new { award = await AwardAsync(), reason = "Penalty case." } }, token: Admin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());

        // The announcement crosses replicas in milliseconds; allow it a second.
        var after = before;
        for (var i = 0; i < 20 && after == before; i++)
        {
            await Task.Delay(50);
            after = (await b.PostGraphQLAsync(Revoked)).AssertData()["awards"]!["totalCount"]!.GetValue<int>();
        }

        Assert.Equal(before + 1, after);
    }

    [SkippableFact]
    public async Task TheRateLimitIsOneBudgetAcrossBothReplicas()
    {
        RequirePrerequisite();

        using var a = replicas.A.Client();
        using var b = replicas.B.Client();
        var token = TestTokens.CityAdmin($"budget-{Guid.NewGuid():N}");
        var charged = 0;
        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < Replicas.SignedInBudget + 10; i++)
        {
            var response = await (i % 2 == 0 ? a : b).PostGraphQLAsync("{ __typename }", token: token);
            if (response.Status == HttpStatusCode.OK)
            {
                charged += response.Body!["extensions"]!["cost"]!["charged"]!.GetValue<int>();
            }
            else
            {
                refused.Add(response.Status);
            }
        }

        Assert.Equal(Replicas.SignedInBudget, charged);
        Assert.Equal(10, refused.Count);
        Assert.All(refused, status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    [SkippableFact]
    public async Task KillingAReplicaMidWriteLosesNoAcknowledgedWriteNorItsEvent()
    {
        RequirePrerequisite();

        using var socket = await SubscribeAsync(replicas.B, "subscription { resultsPublished { number } }");
        using var b = replicas.B.Client();
        var firstNew = (await b.PostGraphQLAsync("{ editions(first: 1) { nodes { number } } }")).AssertData()["editions"]!["nodes"]![0]!["number"]!.GetValue<int>() + 1;

        // Writes stream into A; A is killed while they are in flight.
        var acknowledged = new ConcurrentBag<string>();
        var awards = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            awards.Add(await AwardAsync());
        }

        using var a = replicas.A.Client();
        var writes = Task.Run(async () =>
        {
            foreach (var award in awards)
            {
                try
                {
                    var response = await a.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Penalty case." } }, token: Admin());
                    if (response.Status == HttpStatusCode.OK && response.Body?["data"]?["revokeAward"]?["errors"]?.AsArray().Count == 0)
                    {
                        acknowledged.Add(award);
                    }
                }
                catch (HttpRequestException)
                {
                    // A is dead: this write was never acknowledged.
                }
            }
        });
        while (acknowledged.Count < 4 && !writes.IsCompleted)
        {
            await Task.Delay(5);
        }

        Assert.True(acknowledged.Count >= 4, "The writes before the kill were refused.");

        replicas.A.Kill();
        await writes;
        output.WriteLine($"{acknowledged.Count} of {awards.Count} writes were acknowledged before A was killed.");

        try
        {
            // Every acknowledged write is there, read through B.
            var revoked = (await b.PostGraphQLAsync("{ awards(first: 100, where: { revoked: true }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]!.AsArray()
                .Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
            Assert.All(acknowledged, award => Assert.Contains(award, revoked));

            // Every edition committed (acknowledged or not) is announced on B exactly once, whoever relays it.
            var editions = (await b.PostGraphQLAsync("{ editions(first: 100) { nodes { number } } }")).AssertData()["editions"]!["nodes"]!.AsArray()
                .Select(n => n!["number"]!.GetValue<int>()).Where(n => n >= firstNew).Order().ToList();
            Assert.True(editions.Count >= acknowledged.Count);
            var heard = new List<int>();
            while (heard.Count < editions.Count)
            {
                var next = await GraphQLSocket.ReceiveAsync(socket, seconds: 15);
                heard.Add(next["payload"]!["data"]!["resultsPublished"]!["number"]!.GetValue<int>());
            }

            Assert.Equal(editions, heard.Order().ToList());
            await GraphQLSocket.SendAsync(socket, new { type = "ping" });
            Assert.Equal("pong", (await GraphQLSocket.ReceiveAsync(socket))["type"]!.GetValue<string>());
        }
        finally
        {
            await replicas.A.StartAsync();
        }
    }

    // A mutation costs more than a quarter of the small budget these replicas give each caller: one caller per write.
    private static string Admin() => TestTokens.CityAdmin($"admin-{Guid.NewGuid():N}");

    private static void RequirePrerequisite() => Prerequisite.Require(Replicas.Unavailable is { } reason ? reason + "." : null);

    private static void RequireNodeClientPrerequisite() => Prerequisite.Require(NodeGraphQLWsClient.Unavailable is { } reason ? reason + "." : null);

    // An award not revoked yet, different from every other one a test took.
    private async Task<string> AwardAsync()
    {
        if (UnusedAwards.IsEmpty)
        {
            using var b = replicas.B.Client();
            var nodes = (await b.PostGraphQLAsync("{ awards(first: 100, where: { revoked: false }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]!.AsArray();
            foreach (var node in nodes)
            {
                UnusedAwards.Enqueue(node!["id"]!.GetValue<string>());
            }
        }

        Assert.True(UnusedAwards.TryDequeue(out var award), "The sample data has run out of awards to revoke.");
        return award;
    }

    private static async Task<ClientWebSocket> SubscribeAsync(Replica replica, string query)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(replica.WebSocket, default);
        await GraphQLSocket.InitializeAsync(socket);
        await GraphQLSocket.SubscribeAsync(socket, "1", query);
        return socket;
    }

}
