using System.Data.Common;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Infrastructure.Outbox;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.Live;

/// <summary>
/// A subscriber that reconnects names the last event it saw (<c>after</c>) and gets what it missed, in order, then
/// live events, none twice and none lost at the seam; never anything it could not query; and a coded error when the
/// history is gone or the ID is not one the server gave. Driven over the real WebSocket transport.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ResumeTests : IDisposable
{
    private const string Reviewed = "440105";
    private const string Other = "440106";
    private const int MaxReplay = 8;
    private readonly ResumeFactory _api = new();

    [Fact]
    public async Task ResumingDeliversExactlyTheMissedEventsInOrderThenLiveOnes()
    {
        var seen = new List<string>();
        using (var first = await InitializedAsync(TestTokens.Reviewer(Reviewed)))
        {
            await GraphQLSocket.SubscribeAsync(first, "s", "subscription { applicationStatusChanged { eventId to } }");
            var written = await WriteAsync(Status(Reviewed, ApplicationStatus.Draft), Status(Reviewed, ApplicationStatus.Submitted), Status(Reviewed, ApplicationStatus.UnderDistrictReview));
            await RelayAsync();
            foreach (var id in written)
            {
                var next = await GraphQLSocket.ReceiveAsync(first);
                Assert.Equal(id, StatusEventId(next));
                Assert.Equal(id, next["payload"]!["extensions"]!["eventId"]!.GetValue<string>());
                seen.Add(id);
            }

            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "going away", default);
        }

        // Missed while away: four events of the reviewer's district, and one of another district's it may not see.
        var missed = await WriteAsync(Status(Reviewed, ApplicationStatus.UnderEvaluation), Status(Other, ApplicationStatus.Submitted), Status(Reviewed, ApplicationStatus.PanelAssigned));
        missed = [missed[0], missed[2], .. await WriteAsync(Status(Reviewed, ApplicationStatus.RecommendedToCity), Status(Reviewed, ApplicationStatus.ReturnedForRevision))];
        await RelayAsync();

        using var second = await InitializedAsync(TestTokens.Reviewer(Reviewed));
        await SubscribeAsync(second, "s", "subscription($after: String) { applicationStatusChanged(after: $after) { eventId to } }", seen[^1]);
        var replayed = await ReceiveIdsAsync(second, missed.Count);
        Assert.Equal(missed, replayed);
        await GraphQLSocket.PongAsync(second);

        // Then live, once.
        var live = await WriteAsync(Status(Reviewed, ApplicationStatus.AwardedAtDistrictLevel));
        await RelayAsync();
        Assert.Equal(live, await ReceiveIdsAsync(second, 1));
        await GraphQLSocket.PongAsync(second);
    }

    [Fact]
    public async Task EventsCommittedWhileReplayingAreDeliveredOnceAndNoneIsLost()
    {
        var after = (await WriteAsync(Status(Reviewed, ApplicationStatus.Draft)))[0];
        var missed = await WriteAsync(Status(Reviewed, ApplicationStatus.Submitted), Status(Reviewed, ApplicationStatus.UnderDistrictReview));
        await RelayAsync();

        // Just before the replay reads the outbox: one event committed and relayed (so both replayed and heard live),
        // one committed and not relayed yet (replayed, and heard live later). Between the replay's two reads: one
        // committed and relayed (heard live only, while the replay runs).
        var during = new List<string>();
        _api.Replay.Before = async reads =>
        {
            if (reads == 1)
            {
                during.AddRange(await WriteAsync(Status(Reviewed, ApplicationStatus.UnderEvaluation)));
                await RelayAsync();
                during.AddRange(await WriteAsync(Status(Reviewed, ApplicationStatus.PanelAssigned)));
            }
            else if (reads == 2)
            {
                // Relayed by another replica: the one not relayed yet stays so until the subscriber is attached.
                var live = await WriteAsync(Status(Reviewed, ApplicationStatus.RecommendedToCity));
                await DispatchAsync(live);
                during.AddRange(live);
            }
        };

        using var socket = await InitializedAsync(TestTokens.Reviewer(Reviewed));
        await SubscribeAsync(socket, "s", "subscription($after: String) { applicationStatusChanged(after: $after) { eventId to } }", after);
        var delivered = await ReceiveIdsAsync(socket, missed.Count + 3);
        Assert.Equal(2, _api.Replay.Reads);
        Assert.Equal([.. missed, .. during], delivered);

        // The event replayed before it was relayed is relayed now: not delivered again.
        _api.Replay.Before = null;
        Assert.Equal(2, await RelayAsync());
        await GraphQLSocket.PongAsync(socket);
        var next = await WriteAsync(Status(Reviewed, ApplicationStatus.ReturnedForRevision));
        await RelayAsync();
        Assert.Equal(next, await ReceiveIdsAsync(socket, 1));
    }

    [Fact]
    public async Task AResumingSubscriberGetsOnlyWhatItMaySee()
    {
        var notices = await NoticeIdAsync();
        var after = (await WriteAsync(Notice(notices)))[0];
        var written = await WriteAsync(Status(Reviewed, ApplicationStatus.Draft), Notice(notices), Status(Other, ApplicationStatus.Draft), Status(Other, ApplicationStatus.Submitted));
        await RelayAsync();

        // Anonymous: the public notice, never an application's moves.
        using var anonymous = await InitializedAsync(null);
        await SubscribeAsync(anonymous, "n", "subscription($after: String) { publicityNoticeOpened(after: $after) { id } }", after);
        var notice = await GraphQLSocket.ReceiveAsync(anonymous);
        Assert.Equal("next", notice["type"]!.GetValue<string>());
        Assert.Equal(written[1], notice["payload"]!["extensions"]!["eventId"]!.GetValue<string>());
        await GraphQLSocket.PongAsync(anonymous);
        await GraphQLSocket.SendAsync(anonymous, new { id = "a", type = "subscribe", payload = new { query = "subscription($after: String) { applicationStatusChanged(after: $after) { eventId to } }", variables = new { after } } });
        var refused = await GraphQLSocket.ReceiveAsync(anonymous);
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("ACCESS_DENIED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // A reviewer of the other district: its own district's moves only.
        using var other = await InitializedAsync(TestTokens.Reviewer(Other));
        await SubscribeAsync(other, "s", "subscription($after: String) { applicationStatusChanged(after: $after) { eventId to } }", after);
        Assert.Equal([written[2], written[3]], await ReceiveIdsAsync(other, 2));
        await GraphQLSocket.PongAsync(other);
    }

    [Fact]
    public async Task AnIdPastTheRetainedHistoryIsExpired()
    {
        var old = await WriteAsync(Status(Reviewed, ApplicationStatus.Draft), Status(Reviewed, ApplicationStatus.Submitted));
        await RelayAsync();
        _api.Clock.Advance(TimeSpan.FromHours(25));
        var kept = await WriteAsync(Status(Reviewed, ApplicationStatus.UnderDistrictReview));
        await RelayAsync();
        using (var scope = _api.Services.CreateScope())
        {
            // The relay prunes past Outbox:RetainHours on its own; once more makes sure.
            var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
            await OutboxStore.PruneAsync(db, _api.Clock.GetUtcNow().UtcDateTime.AddHours(-24), default);
            Assert.Equal(kept, await HeldAsync(db));
        }

        using var socket = await InitializedAsync(TestTokens.Reviewer(Reviewed));
        var error = await SubscribeForErrorAsync(socket, "subscription($after: String) { applicationStatusChanged(after: $after) { to } }", old[0]);
        Assert.Equal("EVENT_HISTORY_EXPIRED", error["extensions"]!["code"]!.GetValue<string>());

        // The newest held one still resumes: nothing is missing after it.
        await SubscribeAsync(socket, "ok", "subscription($after: String) { applicationStatusChanged(after: $after) { eventId } }", kept[0]);
        await GraphQLSocket.PongAsync(socket);
        await GraphQLSocket.SendAsync(socket, new { id = "ok", type = "complete" });

        // Further behind than a subscription replays: the same answer.
        var after = (await WriteAsync(Status(Reviewed, ApplicationStatus.UnderEvaluation)))[0];
        for (var i = 0; i <= MaxReplay; i++)
        {
            await WriteAsync(Status(Reviewed, ApplicationStatus.PanelAssigned));
        }

        error = await SubscribeForErrorAsync(socket, "subscription($after: String) { applicationStatusChanged(after: $after) { to } }", after);
        Assert.Equal("EVENT_HISTORY_EXPIRED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("1e3")]
    [InlineData("999999999")]
    public async Task AnIdTheServerNeverGaveIsInvalid(string after)
    {
        await WriteAsync(Status(Reviewed, ApplicationStatus.Draft));
        using var socket = await InitializedAsync(null);
        var error = await SubscribeForErrorAsync(socket, "subscription($after: String) { resultsPublished(after: $after) { number } }", after);
        Assert.Equal("INVALID_EVENT_ID", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PruningKeepsAnUnbrokenRunOfIdsUpToTheNewest()
    {
        var ids = await WriteAsync(Status(Reviewed, ApplicationStatus.Draft), Status(Reviewed, ApplicationStatus.Submitted), Status(Reviewed, ApplicationStatus.UnderDistrictReview));
        await RelayAsync();
        using var scope = _api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();

        // The middle one is relayed long after the others (a replica held it): it and everything after it stay.
        await db.OutboxMessages.Where(m => m.Id == long.Parse(ids[1], System.Globalization.CultureInfo.InvariantCulture)).ExecuteUpdateAsync(s => s.SetProperty(m => m.RelayedAt, DateTime.MaxValue));
        var cutoff = _api.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await OutboxStore.PruneAsync(db, cutoff, default);
        Assert.Equal(ids[1..], await HeldAsync(db));

        // Everything past the retention: the newest stays, so an older ID is told from an unknown one.
        await db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.RelayedAt, cutoff.AddHours(-2)));
        await OutboxStore.PruneAsync(db, cutoff, default);
        Assert.Equal([ids[2]], await HeldAsync(db));
    }

    public void Dispose() => _api.Dispose();

    private static async Task<List<string>> HeldAsync(GreenCommunityDbContext db) =>
        [.. (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync()).Select(EventReplay.FormatId)];

    private static ApplicationStatusChange Status(string district, ApplicationStatus to) =>
        new(1, district == Reviewed ? "HZ-RUIBAO" : "LW-OTHER", district, [], null, to, "tester", new DateTime(2004, 2, 1, 9, 0, 0, DateTimeKind.Utc));

    private static PublicityNoticeOpened Notice(int id) => new(id);

    private static string StatusEventId(JsonNode next)
    {
        Assert.Equal("next", next["type"]!.GetValue<string>());
        return next["payload"]!["data"]!["applicationStatusChanged"]!["eventId"]!.GetValue<string>();
    }

    private static async Task<List<string>> ReceiveIdsAsync(WebSocket socket, int count, string? id = null)
    {
        var ids = new List<string>();
        while (ids.Count < count)
        {
            var next = await GraphQLSocket.ReceiveAsync(socket);
            Assert.True(next["type"]!.GetValue<string>() == "next", next.ToJsonString());
            if (id is not null)
            {
                Assert.Equal(id, next["id"]!.GetValue<string>());
            }

            ids.Add(next["payload"]!["extensions"]!["eventId"]!.GetValue<string>());
        }

        return ids;
    }

    private static async Task SubscribeAsync(WebSocket socket, string id, string query, string after)
    {
        await GraphQLSocket.SendAsync(socket, new { id, type = "subscribe", payload = new { query, variables = new { after } } });
    }

    private static async Task<JsonNode> SubscribeForErrorAsync(WebSocket socket, string query, string after)
    {
        await SubscribeAsync(socket, "e", query, after);
        var error = await GraphQLSocket.ReceiveAsync(socket);
        Assert.True(error["type"]!.GetValue<string>() == "error", error.ToJsonString());
        return error["payload"]![0]!;
    }

    private async Task<int> NoticeIdAsync()
    {
        using var scope = _api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>().PublicityNotices.Select(n => n.Id).FirstAsync();
    }

    // Writes events as a mutation would (committed outbox messages, not relayed yet); returns their IDs.
    private async Task<List<string>> WriteAsync(params object[] events)
    {
        using var scope = _api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var now = _api.Clock.GetUtcNow().UtcDateTime;
        var messages = events.Select(e => e switch
        {
            ApplicationStatusChange change => ChangeEvents.Message(change, now),
            PublicityNoticeOpened notice => ChangeEvents.Message(notice, now),
            _ => throw new ArgumentException("Not an event these tests write.", nameof(events)),
        }).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages.Select(m => EventReplay.FormatId(m.Id))];
    }

    // Hands written events to the bus as a relay would, without marking them relayed.
    private async Task DispatchAsync(List<string> ids)
    {
        using var scope = _api.Services.CreateScope();
        var wanted = ids.Select(i => long.Parse(i, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var messages = await scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>().OutboxMessages.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync();
        var bus = _api.Services.GetRequiredService<ProgrammeEventBus>();
        foreach (var message in messages)
        {
            Assert.True(bus.Dispatch(new RelayedEvent(message.Id, message.Kind, message.Payload)));
        }
    }

    private Task<int> RelayAsync() => _api.Services.GetRequiredService<OutboxRelay>().RelayPendingAsync(default);

    private async Task<WebSocket> InitializedAsync(string? token)
    {
        var socket = await Transports.ConnectAsync(_api);
        await GraphQLSocket.InitializeAsync(socket, token);
        return socket;
    }

    /// <summary>Runs a step of the test just before each of the replay's reads of the outbox.</summary>
    private sealed class ReplayHook : DbCommandInterceptor
    {
        private int _reads;

        public Func<int, Task>? Before { get; set; }

        public int Reads => Volatile.Read(ref _reads);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Before is { } before && command.CommandText.Contains("-- Event replay", StringComparison.Ordinal))
            {
                await before(Interlocked.Increment(ref _reads));
            }

            return result;
        }
    }

    private sealed class ResumeFactory : ApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2004, 2, 1, 9, 0, 0, TimeSpan.Zero));

        public ReplayHook Replay { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            // The tests drive the relay themselves; its own loop waits long between rounds.
            ["Outbox:PollSeconds"] = "3600",
            ["Outbox:MaxReplayEvents"] = MaxReplay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IInterceptor>(Replay);
        }
    }
}
