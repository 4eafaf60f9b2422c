namespace GreenCommunity.Api.Features.Live;

/// <summary>Carries relayed events to the subscribers of every replica.</summary>
public interface IProgrammeEventTransport
{
    /// <summary>Sends <paramref name="relayed"/>; throws when it could not be sent, so the relay tries again later.</summary>
    Task SendAsync(RelayedEvent relayed, CancellationToken cancellationToken);

    /// <summary>
    /// Completes once this replica hears every event sent from now on. A subscription joins the live feed only
    /// then: joined earlier (a replica just started, its link to the other replicas not up yet), an event sent in
    /// between would be in neither the outbox replay it already read nor the live feed.
    /// </summary>
    Task Listening { get; }
}

/// <summary>One process, no Redis: events go straight to this process's subscribers.</summary>
public sealed class InProcessEventTransport(ProgrammeEventBus bus) : IProgrammeEventTransport
{
    /// <inheritdoc />
    public Task Listening => Task.CompletedTask;

    /// <inheritdoc />
    public Task SendAsync(RelayedEvent relayed, CancellationToken cancellationToken)
    {
        bus.Dispatch(relayed);
        return Task.CompletedTask;
    }
}
