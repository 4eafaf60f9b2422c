using System.Collections.Concurrent;

namespace GreenCommunity.Api.GraphQL.RateLimiting;

/// <summary>
/// Fixed windows per client in this process: a window starts at the client's first request and lasts
/// <see cref="RateLimitOptions.Window"/>. Bounded: past <see cref="RateLimitOptions.MaxTrackedClients"/> clients, ended
/// windows are dropped, then the oldest.
/// </summary>
public sealed class InMemoryRateLimitStore(RateLimitOptions options, TimeProvider clock) : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>How many clients are tracked now.</summary>
    public int TrackedClients => _windows.Count;

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> PeekAsync(RateLimitClient client, CancellationToken cancellationToken) => TryTakeAsync(client, 0, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> TryTakeAsync(RateLimitClient client, int points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        var now = clock.GetUtcNow();
        if (!_windows.TryGetValue(client.Key, out var window))
        {
            if (_windows.Count >= options.MaxTrackedClients)
            {
                Prune(now);
            }

            window = _windows.GetOrAdd(client.Key, _ => new Window(now + options.Window));
        }

        lock (window)
        {
            if (now >= window.ResetAt)
            {
                window.ResetAt = now + options.Window;
                window.Used = 0;
            }

            var allowed = window.Used + points <= client.Limit;
            if (allowed)
            {
                window.Used += points;
            }

            return ValueTask.FromResult(new RateLimitDecision(allowed, client.Limit, Math.Max(0, client.Limit - window.Used), window.ResetAt));
        }
    }

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> RefundAsync(RateLimitClient client, int points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        if (!_windows.TryGetValue(client.Key, out var window))
        {
            return TryTakeAsync(client, 0, cancellationToken);
        }

        lock (window)
        {
            if (clock.GetUtcNow() < window.ResetAt)
            {
                window.Used = Math.Max(0, window.Used - points);
            }
        }

        return TryTakeAsync(client, 0, cancellationToken);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (window.ResetAt <= now)
            {
                _windows.TryRemove(key, out _);
            }
        }

        var excess = _windows.Count - (options.MaxTrackedClients * 9 / 10);
        if (excess > 0)
        {
            foreach (var (key, _) in _windows.OrderBy(w => w.Value.ResetAt).Take(excess).ToList())
            {
                _windows.TryRemove(key, out _);
            }
        }
    }

    private sealed class Window(DateTimeOffset resetAt)
    {
        public DateTimeOffset ResetAt { get; set; } = resetAt;

        public int Used { get; set; }
    }
}
