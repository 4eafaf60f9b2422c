using System.Net.WebSockets;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Outbox;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.Live;

/// <summary>
/// Events are written in the same transaction as their change (the outbox), relayed afterwards, survive the death
/// of the replica that wrote them, and reach each subscription once.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class OutboxTests : IDisposable
{
    private const string RevokeMutation = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { errors { ... on Error { code } } } }";
    private readonly LiveFactory _api = new();

    [Fact]
    public async Task RevokingAnAwardAnnouncesTheNewEditionToAnonymousSubscribers()
    {
        using var socket = await InitializedAsync();
        await GraphQLSocket.SendAsync(socket, new { id = "p", type = "subscribe", payload = new { query = "subscription { resultsPublished { number reason awardCount } }" } });
        await GraphQLSocket.PongAsync(socket);

        var client = _api.CreateClient();
        var latest = (await client.PostGraphQLAsync("{ editions(first: 1) { nodes { number } } }")).AssertData()["editions"]!["nodes"]![0]!["number"]!.GetValue<int>();
        var revoke = await client.PostGraphQLAsync(RevokeMutation, new { input = new { award = await AnAwardAsync(client), reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());

        var next = await GraphQLSocket.ReceiveAsync(socket);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        var edition = next["payload"]!["data"]!["resultsPublished"]!;
        Assert.Equal(latest + 1, edition["number"]!.GetValue<int>());
        Assert.True(edition["awardCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task AWriteAndItsEventsCommitTogetherAndAreRelayed()
    {
        var client = _api.CreateClient();
        var before = await CountAsync(_ => true);
        var revoke = await client.PostGraphQLAsync(RevokeMutation, new { input = new { award = await AnAwardAsync(client), reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());
        Assert.Equal(before + 1, await CountAsync(m => m.Kind == ProgrammeEventKinds.ResultsPublished));

        // The write nudged the relay: the message leaves at once.
        Assert.True(await EventuallyAsync(async () => await CountAsync(m => m.RelayedAt == null) == 0), "The outbox was not relayed within 5 s.");
    }

    [Fact]
    public async Task AFailedWriteLeavesNoEvent()
    {
        var client = _api.CreateClient();
        var award = await AnAwardAsync(client);
        await client.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Penalty case." } }, token: TestTokens.CityAdmin());
        var before = await CountAsync(_ => true);

        var again = await client.PostGraphQLAsync(RevokeMutation, new { input = new { award, reason = "Again." } }, token: TestTokens.CityAdmin());
        Assert.NotEmpty(again.AssertData()["revokeAward"]!["errors"]!.AsArray());
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task AMessageLeftByADeadReplicaIsRelayedOnceItsLeaseEnds()
    {
        using var socket = await InitializedAsync();
        await GraphQLSocket.SendAsync(socket, new { id = "n", type = "subscribe", payload = new { query = "subscription { publicityNoticeOpened { id } }" } });
        await GraphQLSocket.PongAsync(socket);

        // A replica wrote two events and died: one claimed with a lease still running, one whose lease ran out.
        int noticeId;
        long expired, held;
        using (var scope = _api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
            noticeId = await db.PublicityNotices.Select(n => n.Id).FirstAsync();
            var now = _api.Clock.GetUtcNow().UtcDateTime;
            var a = ChangeEvents.Message(new PublicityNoticeOpened(noticeId), now);
            var b = ChangeEvents.Message(new PublicityNoticeOpened(noticeId), now);
            db.OutboxMessages.AddRange(a, b);
            await db.SaveChangesAsync();
            await db.OutboxMessages.Where(m => m.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, "dead-replica").SetProperty(m => m.ClaimedUntil, now.AddSeconds(-1)));
            await db.OutboxMessages.Where(m => m.Id == b.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, "dead-replica").SetProperty(m => m.ClaimedUntil, now.AddMinutes(10)));
            (expired, held) = (a.Id, b.Id);
        }

        await _api.Services.GetRequiredService<OutboxRelay>().RelayPendingAsync(default);
        var next = await GraphQLSocket.ReceiveAsync(socket);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync(m => m.Id == expired && m.RelayedAt != null));
        Assert.Equal(1, await CountAsync(m => m.Id == held && m.RelayedAt == null));

        // Relayed again (the dead replica had published it before dying): the subscription does not hear it twice.
        var bus = _api.Services.GetRequiredService<ProgrammeEventBus>();
        Assert.False(bus.Dispatch(new RelayedEvent(expired, ProgrammeEventKinds.NoticeOpened, $"{{\"publicityNoticeId\":{noticeId}}}")));
        await GraphQLSocket.PongAsync(socket);

        // Once the held lease ends too, that one is relayed.
        _api.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await _api.Services.GetRequiredService<OutboxRelay>().RelayPendingAsync(default));
        Assert.Equal("next", (await GraphQLSocket.ReceiveAsync(socket))["type"]!.GetValue<string>());
    }

    [Fact]
    public void TheBusDropsRepeatsAndUnknownEventsWithoutThrowing()
    {
        var bus = _api.Services.GetRequiredService<ProgrammeEventBus>();
        var heard = new List<int>();
        using var subscription = bus.ResultsPublished.Subscribe(new Collect(heard));
        Assert.True(bus.Dispatch(new RelayedEvent(-1, ProgrammeEventKinds.ResultsPublished, "{\"editionNumber\":7}")));
        Assert.False(bus.Dispatch(new RelayedEvent(-1, ProgrammeEventKinds.ResultsPublished, "{\"editionNumber\":7}")));
        Assert.False(bus.Dispatch(new RelayedEvent(-2, "something-new", "{}")));
        Assert.False(bus.Dispatch(new RelayedEvent(-3, ProgrammeEventKinds.ResultsPublished, "not json")));
        Assert.Equal([7], heard);
    }

    public void Dispose() => _api.Dispose();

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> predicate)
    {
        using var scope = _api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>().OutboxMessages.CountAsync(predicate);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task<string> AnAwardAsync(HttpClient client) =>
        (await client.PostGraphQLAsync("{ awards(first: 1, where: { revoked: false, year: { eq: 2002 } }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private async Task<WebSocket> InitializedAsync()
    {
        var client = _api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(_api.Server.BaseAddress, "graphql"), default);
        await GraphQLSocket.InitializeAsync(socket);
        return socket;
    }

    private sealed class Collect(List<int> heard) : IObserver<ResultsPublished>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(ResultsPublished value) => heard.Add(value.EditionNumber);
    }

    private sealed class LiveFactory : ApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2004, 2, 1, 9, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // The tests drive the relay themselves; its own loop waits long between rounds.
            builder.UseSetting("Outbox:PollSeconds", "3600");
        }

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
