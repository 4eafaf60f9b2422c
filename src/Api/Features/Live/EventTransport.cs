namespace GreenCommunity.Api.Features.Live;

/// <summary>Carries relayed events to the subscribers of every replica.</summary>
public interface IProgrammeEventTransport
{
    /// <summary>Sends <paramref name="relayed"/>; throws when it could not be sent, so the relay tries again later.</summary>
    Task SendAsync(RelayedEvent relayed, CancellationToken cancellationToken);
}

/// <summary>One process, no Redis: events go straight to this process's subscribers.</summary>
public sealed class InProcessEventTransport(ProgrammeEventBus bus) : IProgrammeEventTransport
{
    /// <inheritdoc />
    public Task SendAsync(RelayedEvent relayed, CancellationToken cancellationToken)
    {
        bus.Dispatch(relayed);
        return Task.CompletedTask;
    }
}
