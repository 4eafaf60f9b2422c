using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>A logger that keeps what was logged, so a test can see which warnings were written and how often.</summary>
public sealed class CollectingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, EventId Event, string Message)> _entries = new();

    /// <summary>Everything logged so far, in order.</summary>
    public IReadOnlyList<(LogLevel Level, EventId Event, string Message)> Entries => [.. _entries];

    /// <summary>The messages logged at <see cref="LogLevel.Warning"/>.</summary>
    public IReadOnlyList<string> Warnings => [.. _entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message)];

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _entries.Enqueue((logLevel, eventId, formatter(state, exception)));
    }
}
