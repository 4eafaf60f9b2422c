using System.Text.Json.Serialization;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Live;

/// <summary>A programme event as subscribers receive it: with the ID of its outbox message.</summary>
public interface IProgrammeEvent
{
    /// <summary>
    /// The outbox message's ID: stable, and increasing in commit order. Set when the event is read back from the
    /// outbox (relayed or replayed); not part of the stored payload. A subscriber resumes after it (<c>after</c>).
    /// </summary>
    long EventId { get; }
}

/// <summary>An application moved from one state to another.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CommunityCode">Its community's code (for the applicant's scope).</param>
/// <param name="DistrictCode">Its community's current district code (for the reviewers' scope).</param>
/// <param name="PanelMembers">The subjects of its panel's evaluators, if a panel is assigned.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="By">Who moved it.</param>
/// <param name="At">When.</param>
public sealed record ApplicationStatusChange(int ApplicationId, string CommunityCode, string DistrictCode, IReadOnlyList<string> PanelMembers, ApplicationStatus? From, ApplicationStatus To, string By, DateTime At) : IProgrammeEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public long EventId { get; init; }
}

/// <summary>A panel recorded a step of its on-site evaluation, or completed it.</summary>
/// <param name="ApplicationId">The application evaluated.</param>
/// <param name="CommunityCode">Its community's code.</param>
/// <param name="DistrictCode">Its community's current district code.</param>
/// <param name="PanelMembers">The subjects of its panel's evaluators.</param>
/// <param name="Step">The last step recorded.</param>
/// <param name="PanelScore">The panel score, once complete.</param>
/// <param name="At">When.</param>
public sealed record EvaluationProgress(int ApplicationId, string CommunityCode, string DistrictCode, IReadOnlyList<string> PanelMembers, EvaluationStep? Step, decimal? PanelScore, DateTime At) : IProgrammeEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public long EventId { get; init; }
}

/// <summary>A publicity notice was opened.</summary>
/// <param name="PublicityNoticeId">The notice.</param>
public sealed record PublicityNoticeOpened(int PublicityNoticeId) : IProgrammeEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public long EventId { get; init; }
}

/// <summary>Results were published (or revoked): a new edition of the published data.</summary>
/// <param name="EditionNumber">The edition.</param>
public sealed record ResultsPublished(int EditionNumber) : IProgrammeEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public long EventId { get; init; }
}

/// <summary>The names events have in the outbox and on the wire.</summary>
public static class ProgrammeEventKinds
{
    /// <summary><see cref="ApplicationStatusChange"/>.</summary>
    public const string StatusChanged = "application-status-changed";

    /// <summary><see cref="Live.EvaluationProgress"/>.</summary>
    public const string EvaluationProgress = "evaluation-progress";

    /// <summary><see cref="PublicityNoticeOpened"/>.</summary>
    public const string NoticeOpened = "publicity-notice-opened";

    /// <summary><see cref="Live.ResultsPublished"/>.</summary>
    public const string ResultsPublished = "results-published";

    /// <summary>The kind of events of type <typeparamref name="T"/>.</summary>
    public static string Of<T>() => typeof(T).Name switch
    {
        nameof(ApplicationStatusChange) => StatusChanged,
        nameof(Live.EvaluationProgress) => EvaluationProgress,
        nameof(PublicityNoticeOpened) => NoticeOpened,
        nameof(Live.ResultsPublished) => ResultsPublished,
        _ => throw new ArgumentException($"{typeof(T).Name} is not a programme event."),
    };

    /// <summary>
    /// The event in <paramref name="relayed"/>, carrying its ID; null for a kind this version does not know. Throws
    /// <see cref="System.Text.Json.JsonException"/> for a payload that cannot be read.
    /// </summary>
    public static IProgrammeEvent? Decode(RelayedEvent relayed)
    {
        ArgumentNullException.ThrowIfNull(relayed);
        return relayed.Kind switch
        {
            StatusChanged => Read<ApplicationStatusChange>(relayed) with { EventId = relayed.Id },
            EvaluationProgress => Read<Live.EvaluationProgress>(relayed) with { EventId = relayed.Id },
            NoticeOpened => Read<PublicityNoticeOpened>(relayed) with { EventId = relayed.Id },
            ResultsPublished => Read<Live.ResultsPublished>(relayed) with { EventId = relayed.Id },
            _ => null,
        };
    }

    private static T Read<T>(RelayedEvent relayed) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(relayed.Payload, ChangeEvents.Json) ?? throw new System.Text.Json.JsonException("The payload is null.");
}

/// <summary>An event as relayed from the outbox: its outbox ID, kind and JSON payload.</summary>
/// <param name="Id">The outbox message's ID; subscribers drop an ID they have seen.</param>
/// <param name="Kind">One of <see cref="ProgrammeEventKinds"/>.</param>
/// <param name="Payload">The event, as JSON.</param>
public sealed record RelayedEvent(long Id, string Kind, string Payload);

/// <summary>
/// The programme's live events, for this process's subscribers. Events arrive from the outbox relay through the
/// transport (in process, or Redis so that every replica hears every event), only after the change they describe
/// was committed. An event relayed twice (a relay that died before marking it) is delivered once.
/// </summary>
public sealed class ProgrammeEventBus(ILogger<ProgrammeEventBus> logger)
{
    private const int RememberedIds = 8192;
    private readonly Lock _seenGate = new();
    private readonly HashSet<long> _seen = [];
    private readonly Queue<long> _seenOrder = new();

    /// <summary>Application status changes.</summary>
    public EventFeed<ApplicationStatusChange> StatusChanges { get; } = new();

    /// <summary>Evaluation progress.</summary>
    public EventFeed<EvaluationProgress> EvaluationProgress { get; } = new();

    /// <summary>Publicity notices opened.</summary>
    public EventFeed<PublicityNoticeOpened> NoticesOpened { get; } = new();

    /// <summary>Results published.</summary>
    public EventFeed<ResultsPublished> ResultsPublished { get; } = new();

    /// <summary>How many distinct events this process has delivered to its subscribers.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    /// <summary>
    /// Delivers a relayed event to this process's subscribers, unless it was delivered already. Returns false for
    /// a repeat or an event this version does not know (logged, not thrown: one bad event must not stop the rest).
    /// </summary>
    public bool Dispatch(RelayedEvent relayed)
    {
        ArgumentNullException.ThrowIfNull(relayed);
        lock (_seenGate)
        {
            if (!_seen.Add(relayed.Id))
            {
                return false;
            }

            _seenOrder.Enqueue(relayed.Id);
            if (_seenOrder.Count > RememberedIds)
            {
                _seen.Remove(_seenOrder.Dequeue());
            }
        }

        try
        {
            switch (ProgrammeEventKinds.Decode(relayed))
            {
                case ApplicationStatusChange change:
                    StatusChanges.Publish(change);
                    break;
                case EvaluationProgress progress:
                    EvaluationProgress.Publish(progress);
                    break;
                case PublicityNoticeOpened notice:
                    NoticesOpened.Publish(notice);
                    break;
                case ResultsPublished results:
                    ResultsPublished.Publish(results);
                    break;
                default:
                    logger.LogWarning("Event {EventId} has an unknown kind {Kind}; not delivered.", relayed.Id, relayed.Kind);
                    return false;
            }
        }
        catch (System.Text.Json.JsonException exception)
        {
            logger.LogWarning(exception, "Event {EventId} ({Kind}) could not be read; not delivered.", relayed.Id, relayed.Kind);
            return false;
        }

        Interlocked.Increment(ref _delivered);
        return true;
    }

}

/// <summary>A minimal thread-safe hot observable: every subscriber gets each event published after it subscribed.</summary>
/// <typeparam name="T">The event type.</typeparam>
public sealed class EventFeed<T> : IObservable<T>
{
    private readonly Lock _gate = new();
    private IObserver<T>[] _observers = [];

    /// <summary>How many subscribers there are now.</summary>
    public int SubscriberCount => Volatile.Read(ref _observers).Length;

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate)
        {
            _observers = [.. _observers, observer];
        }

        return new Unsubscriber(this, observer);
    }

    /// <summary>Sends <paramref name="value"/> to every current subscriber; a failing subscriber does not stop the others.</summary>
    public void Publish(T value)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            try
            {
                observer.OnNext(value);
            }
#pragma warning disable CA1031 // One subscriber's failure must not stop the delivery to the others.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    /// <summary>Only the events that match <paramref name="predicate"/>.</summary>
    public IObservable<T> Where(Func<T, bool> predicate) => new Filtered(this, predicate);

    private sealed class Unsubscriber(EventFeed<T> stream, IObserver<T> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (stream._gate)
            {
                stream._observers = [.. stream._observers.Where(o => !ReferenceEquals(o, observer))];
            }
        }
    }

    private sealed class Filtered(EventFeed<T> source, Func<T, bool> predicate) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) => source.Subscribe(new FilteringObserver(observer, predicate));
    }

    private sealed class FilteringObserver(IObserver<T> inner, Func<T, bool> predicate) : IObserver<T>
    {
        public void OnCompleted() => inner.OnCompleted();

        public void OnError(Exception error) => inner.OnError(error);

        public void OnNext(T value)
        {
            if (predicate(value))
            {
                inner.OnNext(value);
            }
        }
    }
}
