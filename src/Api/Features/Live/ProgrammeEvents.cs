using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Live;

/// <summary>An application moved from one state to another.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CommunityCode">Its community's code (for the applicant's scope).</param>
/// <param name="DistrictCode">Its community's current district code (for the reviewers' scope).</param>
/// <param name="PanelMembers">The subjects of its panel's evaluators, if a panel is assigned.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="By">Who moved it.</param>
/// <param name="At">When.</param>
public sealed record ApplicationStatusChange(int ApplicationId, string CommunityCode, string DistrictCode, IReadOnlyList<string> PanelMembers, ApplicationStatus? From, ApplicationStatus To, string By, DateTime At);

/// <summary>A panel recorded a step of its on-site evaluation, or completed it.</summary>
/// <param name="ApplicationId">The application evaluated.</param>
/// <param name="CommunityCode">Its community's code.</param>
/// <param name="DistrictCode">Its community's current district code.</param>
/// <param name="PanelMembers">The subjects of its panel's evaluators.</param>
/// <param name="Step">The last step recorded.</param>
/// <param name="PanelScore">The panel score, once complete.</param>
/// <param name="At">When.</param>
public sealed record EvaluationProgress(int ApplicationId, string CommunityCode, string DistrictCode, IReadOnlyList<string> PanelMembers, EvaluationStep? Step, decimal? PanelScore, DateTime At);

/// <summary>A publicity notice was opened.</summary>
/// <param name="PublicityNoticeId">The notice.</param>
public sealed record PublicityNoticeOpened(int PublicityNoticeId);

/// <summary>
/// The programme's live events, for subscriptions. In this process an event reaches every subscriber of this
/// process; the events are raised only after the change they describe is committed.
/// </summary>
public sealed class ProgrammeEventBus
{
    /// <summary>Application status changes.</summary>
    public EventFeed<ApplicationStatusChange> StatusChanges { get; } = new();

    /// <summary>Evaluation progress.</summary>
    public EventFeed<EvaluationProgress> EvaluationProgress { get; } = new();

    /// <summary>Publicity notices opened.</summary>
    public EventFeed<PublicityNoticeOpened> NoticesOpened { get; } = new();
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
