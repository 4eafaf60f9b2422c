using System.Globalization;
using GraphQL;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Infrastructure.Outbox;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.Features.Live;

/// <summary>
/// Resuming a subscription after the last event a client saw (the <c>after</c> argument): the events since then that
/// the caller may see are replayed from the outbox in ID order, then live delivery continues with no gap and no
/// repeat at the seam. The live feed is joined before the outbox is read, so an event committed meanwhile is in the
/// replay, in the live feed, or in both, and then delivered once (dropped by ID).
/// </summary>
public static class EventReplay
{
    /// <summary>The argument that names the last event seen.</summary>
    public const string Argument = "after";

    /// <summary>The argument's description, the same on every subscription field.</summary>
    public const string ArgumentDescription =
        "Resume after this event (an `eventId` you received): first the events since then that you may see, in order, then live ones, none twice. "
        + "Fails with EVENT_HISTORY_EXPIRED when the server no longer holds that history (refetch what you show, then subscribe without it) and INVALID_EVENT_ID for an ID it never gave.";

    /// <summary>The key of the event ID in each <c>next</c> message's <c>extensions</c>.</summary>
    public const string ExtensionKey = "eventId";

    /// <summary>
    /// The stream of <paramref name="feed"/>'s events that pass <paramref name="filter"/>: live only, or, with
    /// <c>after</c>, replayed from the outbox first. Throws an error with a code for an ID that cannot be resumed after.
    /// </summary>
    public static async Task<IObservable<object?>> StreamAsync<T>(IResolveFieldContext context, EventFeed<T> feed, Func<T, bool> filter)
        where T : class, IProgrammeEvent
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(filter);
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var options = services.GetRequiredService<OutboxOptions>();
        await WaitUntilListeningAsync(services.GetRequiredService<IProgrammeEventTransport>(), TimeSpan.FromSeconds(options.ListeningWaitSeconds), context.CancellationToken);
        var live = feed.Where(filter);
        if (context.GetArgument<string?>(Argument) is not { } after)
        {
            return live;
        }

        if (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var afterId) || afterId <= 0)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.InvalidEventId, $"`{Argument}` must be an event ID this server gave (an `eventId`); \"{Shorten(after)}\" is not one.");
        }

        var db = services.GetRequiredService<GreenCommunityDbContext>();
        var point = await OutboxStore.LocateAsync(db, afterId, context.CancellationToken);
        switch (point.History)
        {
            case ResumeHistory.Expired:
                throw Expired($"Event {afterId} is older than the history this server keeps (about {options.RetainHours:0.#} hours).");
            case ResumeHistory.Unknown:
                throw GraphQLErrors.WithCode(ErrorCodes.InvalidEventId, $"This server never gave an event {afterId}. Refetch what you show, then subscribe without `{Argument}`.");
            default:
                break;
        }

        // Join the live feed first, then read the outbox: nothing committed in between falls through the seam.
        var stream = new ResumedStream<T>(live);
        services.GetRequiredService<LiveSubscriptions>().Add(stream);
        var messages = await OutboxStore.SinceAsync(db, ProgrammeEventKinds.Of<T>(), point, afterId, options.MaxReplayEvents + 1, context.CancellationToken);
        if (messages.Count > options.MaxReplayEvents)
        {
            stream.Dispose();
            throw Expired($"More than {options.MaxReplayEvents} events came after event {afterId}; that is more than a subscription replays.");
        }

        var replayed = new List<T>(messages.Count);
        foreach (var message in messages)
        {
            if (Decode<T>(message) is { } value && filter(value))
            {
                replayed.Add(value);
            }
        }

        stream.Replay(replayed, [.. messages.Select(m => m.Id)]);
        return stream;
    }

    /// <summary>The event being delivered, with its ID added to the <c>next</c> message's <c>extensions</c>.</summary>
    public static T Deliver<T>(IResolveFieldContext context)
        where T : class, IProgrammeEvent
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = (T)context.Source!;
        context.OutputExtensions[ExtensionKey] = FormatId(value.EventId);
        return value;
    }

    /// <summary>An event ID as clients see it.</summary>
    public static string FormatId(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task WaitUntilListeningAsync(IProgrammeEventTransport transport, TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await transport.Listening.WaitAsync(wait, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.ServiceUnavailable, "Live events are not available on this server yet (it cannot reach the other replicas); subscribe again in a few seconds.");
        }
    }

    private static ExecutionError Expired(string reason) =>
        GraphQLErrors.WithCode(ErrorCodes.EventHistoryExpired, reason + $" Refetch what you show, then subscribe without `{Argument}`.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static T? Decode<T>(OutboxMessage message)
        where T : class, IProgrammeEvent
    {
        try
        {
            return ProgrammeEventKinds.Decode(new RelayedEvent(message.Id, message.Kind, message.Payload)) as T;
        }
        catch (System.Text.Json.JsonException)
        {
            // The live feed drops (and logs) a payload it cannot read; so does the replay.
            return null;
        }
    }
}

/// <summary>
/// The resumed subscriptions started in one operation's scope; ended with it, so a stream that was never subscribed
/// (the operation was cancelled while it replayed, or ran over HTTP) does not stay in the live feed.
/// </summary>
public sealed class LiveSubscriptions : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<IDisposable> _streams = [];

    /// <summary>Ends <paramref name="stream"/> with the scope.</summary>
    public void Add(IDisposable stream)
    {
        lock (_gate)
        {
            _streams.Add(stream);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        IDisposable[] streams;
        lock (_gate)
        {
            streams = [.. _streams];
            _streams.Clear();
        }

        foreach (var stream in streams)
        {
            stream.Dispose();
        }
    }
}

/// <summary>
/// Replayed events, then live ones: live events that arrive before the subscriber attaches are held back, and any
/// event whose ID was replayed is dropped, however late it arrives live (a replayed message relayed only later).
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
internal sealed class ResumedStream<T> : IObservable<T>, IObserver<T>, IDisposable
    where T : class, IProgrammeEvent
{
    // Live events held back before the subscriber attaches (it attaches as soon as the operation starts); beyond this,
    // the stream is not being read, and stops listening rather than grow.
    private const int MaxHeldBack = 10_000;

    private readonly Lock _gate = new();
    private readonly List<T> _heldBack = [];
    private readonly IDisposable _live;
    private IReadOnlyList<T> _replay = [];
    private HashSet<long> _replayedIds = [];
    private IObserver<T>? _observer;
    private bool _ended;
    private bool _overflowed;

    public ResumedStream(IObservable<T> live) => _live = live.Subscribe(this);

    public void Replay(IReadOnlyList<T> events, HashSet<long> ids)
    {
        lock (_gate)
        {
            _replay = events;
            _replayedIds = ids;
        }
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate)
        {
            if (_observer is not null || _ended)
            {
                throw new InvalidOperationException("A resumed stream is read once.");
            }

            if (_overflowed)
            {
                observer.OnError(new InvalidOperationException("The live events held back during the replay overflowed."));
                return this;
            }

            foreach (var value in _replay)
            {
                observer.OnNext(value);
            }

            foreach (var value in _heldBack.Where(v => !_replayedIds.Contains(v.EventId)))
            {
                observer.OnNext(value);
            }

            _replay = [];
            _heldBack.Clear();
            _observer = observer;
        }

        return this;
    }

    public void OnNext(T value)
    {
        lock (_gate)
        {
            if (_ended || _replayedIds.Contains(value.EventId))
            {
                return;
            }

            if (_observer is null)
            {
                if (_heldBack.Count < MaxHeldBack)
                {
                    _heldBack.Add(value);
                    return;
                }

                _overflowed = true;
                _heldBack.Clear();
            }
            else
            {
                _observer.OnNext(value);
                return;
            }
        }

        _live.Dispose();
    }

    public void OnError(Exception error)
    {
        lock (_gate)
        {
            _observer?.OnError(error);
        }
    }

    public void OnCompleted()
    {
        lock (_gate)
        {
            _observer?.OnCompleted();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _ended = true;
            _observer = null;
            _heldBack.Clear();
            _replay = [];
        }

        _live.Dispose();
    }
}
