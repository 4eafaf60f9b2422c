using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Outbox;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// A database that refuses writes for lack of space (the provider's own exception, injected into every write
/// command): each write is answered <c>STORAGE_FULL</c> with HTTP 503 and Retry-After, reads go on, the log has one
/// line when the episode starts, a summary a minute later and one line when a write succeeds again (never a stack
/// trace per request), and <c>/health/ready</c> reports the episode until then. On SQLite and on PostgreSQL.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class StorageFullTests(ITestOutputHelper output)
{
    private const string IssueKey = "mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { key errors { ... on Error { code } } } }";
    private const int RefusedWrites = 12;
    private static readonly string Admin = TestTokens.CityAdmin();

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ADatabaseWithoutSpaceAnswersStorageFullAndSaysSoOncePerEpisode(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            PostgresServer.Require();
        }

        await using var api = new DiskFullApiFactory(provider);
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await IssueKeyAsync(client, "before")).Status);
        api.Faults.Armed = true;

        // Every write is refused with its own code, a 503 the client may retry after Retry-After; nothing leaks.
        for (var i = 0; i < RefusedWrites; i++)
        {
            var refused = await IssueKeyAsync(client, $"refused {i}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.NotNull(refused.RetryAfter);
            Assert.Equal(["STORAGE_FULL"], refused.Codes);
            Assert.DoesNotContain("Exception", refused.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(api.Faults.Message, refused.Body, StringComparison.Ordinal);
            if (i == 0)
            {
                output.WriteLine($"A refused write: {(int)refused.Status}, Retry-After {refused.RetryAfter}, {refused.Body}");
            }
        }

        Assert.Equal(RefusedWrites, api.Faults.Refused);

        // Reads are served; readiness says writes are refused, and why, without taking the replica out.
        (await client.PostGraphQLAsync("{ districts { code } }")).AssertData();
        var degraded = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, degraded.Status);
        Assert.Equal("Degraded", degraded.Body["status"]!.GetValue<string>());
        Assert.Equal("Degraded", degraded.Body["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Contains("no space left", degraded.Body["checks"]!["storage"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);

        // One line for the episode, however many requests: no stack trace, no line per refused write.
        Assert.Single(api.Logged(StorageFullEvents.Started));
        Assert.Contains(api.Faults.Message, api.Logged(StorageFullEvents.Started)[0].Message, StringComparison.Ordinal);
        Assert.Empty(api.Logged(StorageFullEvents.GoesOn));
        Assert.DoesNotContain(api.DuringEpisode, e => e.Exception is not null || e.Message.Contains("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain(api.DuringEpisode, e => e.Level >= LogLevel.Warning && e.Event.Id != StorageFullEvents.Started);

        // While it lasts, a summary at most once a minute.
        api.Clock.Advance(StorageFullMonitor.SummaryInterval);
        await IssueKeyAsync(client, "a minute later");
        await IssueKeyAsync(client, "and again");
        var summary = Assert.Single(api.Logged(StorageFullEvents.GoesOn));
        Assert.Contains($"{RefusedWrites + 1} in all", summary.Message, StringComparison.Ordinal);

        // Space is back: the next write succeeds, one line says so, and readiness is healthy again.
        api.Faults.Armed = false;
        Assert.Equal(HttpStatusCode.OK, (await IssueKeyAsync(client, "after")).Status);
        Assert.Single(api.Logged(StorageFullEvents.Ended));
        var healthy = await ReadyAsync(client);
        Assert.Equal("Healthy", healthy.Body["status"]!.GetValue<string>());
        Assert.Single(api.Logged(StorageFullEvents.Started));
        foreach (var entry in api.Log.Where(e => e.Event.Id is >= StorageFullEvents.Started and <= StorageFullEvents.Ended))
        {
            output.WriteLine($"{entry.Level}: {entry.Message}");
        }
    }

    [SkippableFact]
    public async Task TheOutboxRelayReportsAFullDiskOncePerEpisodeNotOncePerRound()
    {
        await using var api = new DiskFullApiFactory(DatabaseProvider.Sqlite, pollSeconds: "0.05");
        var client = api.CreateClient();
        (await client.PostGraphQLAsync("{ districts { code } }")).AssertData();
        api.Faults.OutboxArmed = true;
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
            db.OutboxMessages.Add(new OutboxMessage("test-event", "{}", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        // Rounds every 50 ms fail: one line for the episode, no warning or stack trace per round.
        await WaitForAsync(() => api.Faults.OutboxRefused >= 20);
        Assert.Single(api.Logged(RelayEvents.Started, typeof(OutboxRelay)));
        Assert.Empty(api.Logged(RelayEvents.GoesOn, typeof(OutboxRelay)));
        Assert.DoesNotContain(api.Log, e => e.Category == typeof(OutboxRelay).FullName && e.Level >= LogLevel.Warning && e.Event.Id != RelayEvents.Started);

        // A summary a minute while it lasts.
        api.Clock.Advance(StorageFullMonitor.SummaryInterval);
        var seen = api.Faults.OutboxRefused;
        await WaitForAsync(() => api.Faults.OutboxRefused >= seen + 10);
        var summary = Assert.Single(api.Logged(RelayEvents.GoesOn, typeof(OutboxRelay)));
        output.WriteLine(summary.Message);

        // Space is back: one line, once.
        api.Faults.OutboxArmed = false;
        await WaitForAsync(() => api.Logged(RelayEvents.Ended, typeof(OutboxRelay)).Count > 0);
        await Task.Delay(300);
        Assert.Single(api.Logged(RelayEvents.Ended, typeof(OutboxRelay)));
        Assert.Single(api.Logged(RelayEvents.Started, typeof(OutboxRelay)));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private static async Task<(HttpStatusCode Status, RetryConditionHeaderValue? RetryAfter, IReadOnlyList<string?> Codes, string Body)> IssueKeyAsync(HttpClient client, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = IssueKey, variables = new { input = new { name } } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Admin);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonNode.Parse(body)!["errors"]?.AsArray() ?? [];
        return (response.StatusCode, response.Headers.RetryAfter, [.. errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())], body);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(HealthSetup.ReadyPath, UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>The event IDs of <see cref="StorageFullMonitor"/>'s three lines.</summary>
    private static class StorageFullEvents
    {
        public const int Started = 5070;
        public const int GoesOn = 5071;
        public const int Ended = 5072;
    }

    /// <summary>The event IDs of the outbox relay's three lines about a full disk.</summary>
    private static class RelayEvents
    {
        public const int Started = 5073;
        public const int GoesOn = 5074;
        public const int Ended = 5075;
    }

    /// <summary>A host whose database refuses writes while armed, with a clock the test moves and its log kept.</summary>
    private sealed class DiskFullApiFactory(DatabaseProvider provider, string? pollSeconds = null) : ApiFactory(provider)
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = pollSeconds is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["Outbox:PollSeconds"] = pollSeconds };

        public DiskFullInjector Faults { get; } = new(provider);

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        public ConcurrentQueue<LogEntry> Log { get; } = new();

        /// <summary>What was logged from the first refused write on.</summary>
        public IEnumerable<LogEntry> DuringEpisode => Log.SkipWhile(e => e.Event.Id != StorageFullEvents.Started);

        public IReadOnlyList<LogEntry> Logged(int eventId, Type? category = null) => [.. Log.Where(e => e.Event.Id == eventId && e.Category == (category ?? typeof(StorageFullMonitor)).FullName)];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new KeepingLoggerProvider(Log)));
        }

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<IInterceptor>(Faults);
            services.AddSingleton<TimeProvider>(Clock);
        }
    }

    /// <summary>One log entry.</summary>
    private sealed record LogEntry(LogLevel Level, string Category, EventId Event, string Message, Exception? Exception);

    private sealed class KeepingLoggerProvider(ConcurrentQueue<LogEntry> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new KeepingLogger(entries, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class KeepingLogger(ConcurrentQueue<LogEntry> entries, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception));
    }
}

/// <summary>
/// While armed, every write command fails with the provider's own "disk full" exception: SQLite's
/// <c>SQLITE_FULL</c> (error code 13) or PostgreSQL's SQLSTATE 53100, as the real driver throws it. The outbox relay's
/// own writes fail only while <see cref="OutboxArmed"/>: the relay reports its failures itself.
/// </summary>
public sealed class DiskFullInjector(DatabaseProvider provider) : DbCommandInterceptor
{
    private int _refused;
    private int _outboxRefused;

    /// <summary>Whether writes other than the outbox relay's fail now.</summary>
    public bool Armed { get; set; }

    /// <summary>Whether the outbox relay's writes fail now.</summary>
    public bool OutboxArmed { get; set; }

    /// <summary>How many writes were refused.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>How many of the outbox relay's writes were refused.</summary>
    public int OutboxRefused => Volatile.Read(ref _outboxRefused);

    /// <summary>The driver's message for the failure.</summary>
    public string Message => provider == DatabaseProvider.PostgreSql
        ? "could not extend file \"base/16384/2619\": No space left on device"
        : "SQLite Error 13: 'database or disk is full'.";

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void RefuseWrite(DbCommand command)
    {
        var sql = command.CommandText.TrimStart();
        var write = sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
        // The relay's writes: claims, marks, releases and pruning (a mutation's INSERT of its events is a write like any).
        var outbox = sql.Contains("outbox_messages", StringComparison.Ordinal) && !sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase);
        if (!write || !(outbox ? OutboxArmed : Armed))
        {
            return;
        }

        Interlocked.Increment(ref outbox ? ref _outboxRefused : ref _refused);
        throw provider == DatabaseProvider.PostgreSql
            ? new PostgresException(Message, "ERROR", "ERROR", PostgresErrorCodes.DiskFull)
            : new SqliteException(Message, 13);
    }
}
