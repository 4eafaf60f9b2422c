using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// A database outage is logged as an episode: one line when it starts, one when a connection opens again, and
/// nothing per refused request or per readiness probe in between (the summary a minute is RedisOutageLogTests' rule,
/// shared by both).
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class DatabaseOutageLogTests
{
    [Fact]
    public async Task AnOutageIsOneLineWhenItStartsAndOneWhenItEndsWhateverTheRequestsInBetween()
    {
        using var api = new OutageFactory();
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostGraphQLAsync("{ districts { code } }")).Status);

        api.Down.Armed = true;
        for (var i = 0; i < 12; i++)
        {
            var refused = await client.PostGraphQLAsync("{ districts { code } }");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal("SERVICE_UNAVAILABLE", refused.Body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        }

        api.Down.Armed = false;
        Assert.Equal(HttpStatusCode.OK, (await client.PostGraphQLAsync("{ districts { code } }")).Status);

        var lines = api.Lines.Where(l => l.Level >= LogLevel.Warning).ToList();
        var down = Assert.Single(lines);
        Assert.Equal((LogLevel.Error, "DatabaseDown"), (down.Level, down.Event));
        Assert.Single(api.Lines, l => l.Event == "DatabaseBack");
    }

    private sealed class OutageFactory : ApiFactory
    {
        public Unreachable Down { get; } = new();

        // Every request reaches the database: none is answered from the public result cache.
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Caching:PublicResults"] = "false" };

        public ConcurrentQueue<(LogLevel Level, string? Event, string Message)> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new Collector(Lines)));
        }

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Down);
    }

    /// <summary>Once armed, every connection fails to open as SQLite does when its file cannot be opened.</summary>
    private sealed class Unreachable : DbConnectionInterceptor
    {
        public volatile bool Armed;

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            Armed ? throw new SqliteException("unable to open database file", 14) : result;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Armed ? throw new SqliteException("unable to open database file", 14) : ValueTask.FromResult(result);
    }

    private sealed class Collector(ConcurrentQueue<(LogLevel, string?, string)> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, eventId.Name, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}
