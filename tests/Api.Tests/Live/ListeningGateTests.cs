using System.Net.WebSockets;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Live;

/// <summary>
/// A replica that has just started joins subscribers to its live feed only once it hears the other replicas: an
/// event committed and sent by another replica before then reaches a resuming subscriber through the replay, instead
/// of falling between a replay read too early and a live feed that was not listening yet.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ListeningGateTests : IDisposable
{
    private const string Query = "subscription($after: String) { applicationStatusChanged(after: $after) { eventId } }";
    private readonly GateFactory _api = new();

    [Fact]
    public async Task AnEventSentBeforeTheReplicaListensReachesTheResumingSubscriber()
    {
        var after = await WriteAsync(ApplicationStatus.Draft);
        _api.Transport.Listen();
        await _api.Services.GetRequiredService<OutboxRelay>().RelayPendingAsync(default);
        _api.Transport.Deafen();

        using var socket = await ConnectAsync();
        await GraphQLSocket.SendAsync(socket, new { id = "s", type = "subscribe", payload = new { query = Query, variables = new { after } } });

        // While the subscription waits for this replica to listen, another one commits and sends an event it cannot hear.
        for (var i = 0; i < 200 && _api.Transport.Asked == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(_api.Transport.Asked > 0, "The subscription never asked whether the replica listens.");
        var missed = await WriteAsync(ApplicationStatus.Submitted);
        await _api.Services.GetRequiredService<OutboxRelay>().RelayPendingAsync(default);
        _api.Transport.Listen();

        var next = await GraphQLSocket.ReceiveAsync(socket);
        Assert.True(next["type"]!.GetValue<string>() == "next", next.ToJsonString());
        Assert.Equal(missed, next["payload"]!["extensions"]!["eventId"]!.GetValue<string>());
        await GraphQLSocket.PongAsync(socket);
    }

    [Fact]
    public async Task ASubscriptionIsRefusedWithACodeWhileTheReplicaCannotHearTheOthers()
    {
        using var socket = await ConnectAsync();
        await GraphQLSocket.SendAsync(socket, new { id = "s", type = "subscribe", payload = new { query = Query } });
        var error = await GraphQLSocket.ReceiveAsync(socket);
        Assert.True(error["type"]!.GetValue<string>() == "error", error.ToJsonString());
        Assert.Equal("SERVICE_UNAVAILABLE", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    public void Dispose() => _api.Dispose();

    private async Task<WebSocket> ConnectAsync()
    {
        var socket = await Transports.ConnectAsync(_api);
        await GraphQLSocket.InitializeAsync(socket, TestTokens.Reviewer("440105"));
        return socket;
    }

    // A committed status change of an application in the reviewer's district, not relayed yet; returns its ID.
    private async Task<string> WriteAsync(ApplicationStatus to)
    {
        using var scope = _api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var at = new DateTime(2004, 2, 1, 9, 0, 0, DateTimeKind.Utc);
        var message = ChangeEvents.Message(new ApplicationStatusChange(1, "HZ-RUIBAO", "440105", [], null, to, "tester", at), at);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return EventReplay.FormatId(message.Id);
    }

    /// <summary>A transport that hears what is sent only while told to listen, as a replica whose Redis link is not up yet.</summary>
    private sealed class GatedTransport(ProgrammeEventBus bus) : IProgrammeEventTransport
    {
        private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _asked;

        public int Asked => Volatile.Read(ref _asked);

        public Task Listening
        {
            get
            {
                Interlocked.Increment(ref _asked);
                return _listening.Task;
            }
        }

        public void Listen() => _listening.TrySetResult();

        public void Deafen() => _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task SendAsync(RelayedEvent relayed, CancellationToken cancellationToken)
        {
            if (_listening.Task.IsCompletedSuccessfully)
            {
                bus.Dispatch(relayed);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class GateFactory : ApiFactory
    {
        public GatedTransport Transport => (GatedTransport)Services.GetRequiredService<IProgrammeEventTransport>();

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            // The tests drive the relay themselves.
            ["Outbox:PollSeconds"] = "3600",
            ["Outbox:ListeningWaitSeconds"] = "5",
        };

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IProgrammeEventTransport>(sp => new GatedTransport(sp.GetRequiredService<ProgrammeEventBus>()));
    }
}
