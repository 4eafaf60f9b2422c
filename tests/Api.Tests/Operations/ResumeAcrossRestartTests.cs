using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// A subscriber closed with 1001 by a stopping API reconnects to the restarted one, names the last event it saw, and
/// gets every event committed while the API was down, in order, then live ones. Only a real process shows this:
/// SIGTERM, the exit, a new process on the same database.
/// </summary>
[Collection(ApiTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class ResumeAcrossRestartTests
{
    private const string Subscription = "subscription($after: String) { applicationStatusChanged(after: $after) { eventId to } }";
    private static readonly Dictionary<string, string> Settings = new() { ["Shutdown__DrainSeconds"] = "1", ["Outbox__PollSeconds"] = "0.2" };

    [Fact]
    public async Task ASubscriberResumesAfterARestartWithEveryEventCommittedMeanwhile()
    {
        using var database = TestDatabase.Create();
        var token = TestTokens.Reviewer("440105");
        string last;
        using (var api = ApiProcess.Start(database, Settings))
        {
            await api.WaitUntilLiveAsync();
            using var subscriber = await ConnectAsync(api, token);
            await GraphQLSocket.SendAsync(subscriber, new { id = "s", type = "subscribe", payload = new { query = Subscription } });
            await GraphQLSocket.PongAsync(subscriber);
            var before = await WriteAsync(database, ApplicationStatus.Draft, ApplicationStatus.Submitted);
            Assert.Equal(before, await ReceiveIdsAsync(subscriber, before.Count));
            last = before[^1];

            using (var kill = Process.Start("kill", ["-TERM", api.Process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            Assert.Equal(1001, await ClosedWithAsync(subscriber));
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await api.Process.WaitForExitAsync(exit.Token);
        }

        // Committed while no API runs (another replica's writes, say).
        var meanwhile = await WriteAsync(database, ApplicationStatus.UnderDistrictReview, ApplicationStatus.RecommendedToCity, ApplicationStatus.PanelAssigned);

        using var restarted = ApiProcess.Start(database, Settings);
        await restarted.WaitUntilLiveAsync();
        using var resumed = await ConnectAsync(restarted, token);
        await GraphQLSocket.SendAsync(resumed, new { id = "s", type = "subscribe", payload = new { query = Subscription, variables = new { after = last } } });
        Assert.Equal(meanwhile, await ReceiveIdsAsync(resumed, meanwhile.Count));

        // The restarted API's relay sends the same events live once it polls: not delivered twice. Then live ones.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await GraphQLSocket.PongAsync(resumed);
        var after = await WriteAsync(database, ApplicationStatus.UnderEvaluation);
        Assert.Equal(after, await ReceiveIdsAsync(resumed, after.Count));
    }

    private static async Task<ClientWebSocket> ConnectAsync(ApiProcess api, string token)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{api.Port}/graphql"), default);
        await GraphQLSocket.InitializeAsync(socket, token);
        return socket;
    }

    // Commits status changes the reviewer may see, as a mutation would; the running API's relay finds them by polling.
    private static async Task<List<string>> WriteAsync(TestDatabase database, params ApplicationStatus[] moves)
    {
        await using var db = DatabaseProviders.CreateContext(database.Provider, database.ConnectionString);
        var at = new DateTime(2004, 2, 1, 9, 0, 0, DateTimeKind.Utc);
        var messages = moves.Select(to => ChangeEvents.Message(new ApplicationStatusChange(1, "HZ-RUIBAO", "440105", [], null, to, "tester", at), at)).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages.Select(m => EventReplay.FormatId(m.Id))];
    }

    private static async Task<List<string>> ReceiveIdsAsync(WebSocket socket, int count)
    {
        var ids = new List<string>();
        while (ids.Count < count)
        {
            var next = await GraphQLSocket.ReceiveAsync(socket);
            Assert.True(next["type"]!.GetValue<string>() == "next", next.ToJsonString());
            ids.Add(next["payload"]!["data"]!["applicationStatusChanged"]!["eventId"]!.GetValue<string>());
        }

        return ids;
    }

    private static async Task<int?> ClosedWithAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int?)result.CloseStatus;
            }
        }
    }
}
