namespace GreenCommunity.Infrastructure.Outbox;

/// <summary>
/// An event written in the same transaction as the change it describes, and relayed to subscribers afterwards
/// (the transactional outbox): an event exists exactly when its change was committed, and survives a crash
/// between the commit and its delivery.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The longest <see cref="Kind"/>.</summary>
    public const int MaxKindLength = 64;

    /// <summary>The longest <see cref="ClaimedBy"/>.</summary>
    public const int MaxClaimedByLength = 100;

    /// <summary>A new message of <paramref name="kind"/> with its JSON <paramref name="payload"/>.</summary>
    public OutboxMessage(string kind, string payload, DateTime occurredAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kind.Length, MaxKindLength, nameof(kind));
        ArgumentNullException.ThrowIfNull(payload);
        Kind = kind;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    /// <summary>The message's ID: increasing in commit order within one writer, and the event's ID for subscribers.</summary>
    public long Id { get; private set; }

    /// <summary>What kind of event this is.</summary>
    public string Kind { get; private set; }

    /// <summary>The event, as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>When the change was made (UTC).</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>The replica relaying it now, if any.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>Until when that replica holds it; after that another replica may take it over.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>When it was relayed; null until then.</summary>
    public DateTime? RelayedAt { get; private set; }
}
