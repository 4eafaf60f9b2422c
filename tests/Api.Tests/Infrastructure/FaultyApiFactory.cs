using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// An API host in the Production environment whose database misbehaves on purpose: queries of indicator definitions
/// hang until cancelled (for the execution timeout), queries of criteria schemes throw an exception whose message
/// looks like SQL and a file path (for the safe-error tests). It keeps its log lines.
/// </summary>
public sealed class FaultyApiFactory : ApiFactory
{
    /// <summary>The misbehaving database.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Every log line the host wrote.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Limits:ExecutionTimeout"] = "00:00:02",
        ["OpenData:PublicBaseUrl"] = "http://localhost",
    };

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Log)));
    }

    /// <summary>A client of the started and warmed-up host (schema and EF model built), with the faults armed.</summary>
    public async Task<HttpClient> CreateArmedClientAsync()
    {
        var client = CreateClient();
        await client.PostGraphQLAsync("{ districts { code } }");
        Faults.Armed = true;
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Faults);

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(lines, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>Makes chosen queries hang or fail.</summary>
public sealed class FaultInjector : DbCommandInterceptor
{
    /// <summary>The message of the injected failure: it looks like SQL and a path, so a leak is easy to see.</summary>
    public const string SecretMessage = "SELECT password FROM staff -- /srv/greencommunity/Secrets.cs line 42";

    private int _cancelled;

    /// <summary>Faults happen only once armed (the host seeds its database first).</summary>
    public bool Armed { get; set; }

    /// <summary>How many hanging queries were cancelled.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Armed && command.CommandText.Contains("indicator_definitions", StringComparison.Ordinal))
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }
        }

        if (Armed && command.CommandText.Contains("criteria_schemes", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(SecretMessage);
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
