using System.Data.Common;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the API over real HTTP (in-memory transport) on its own database (a SQLite file, or a PostgreSQL database
/// when the environment says so: <see cref="TestDatabase"/>), migrated and seeded with the sample dataset exactly
/// as a fresh clone does, and counts the SQL commands it sends.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A host on the provider the suite runs on.</summary>
    public ApiFactory()
        : this(TestDatabase.SuiteProvider)
    {
    }

    /// <summary>A host on <paramref name="provider"/>, whatever the suite runs on.</summary>
    protected ApiFactory(DatabaseProvider provider) => Database = TestDatabase.Create(provider);

    /// <summary>This host's database, on the provider the suite runs on (or the one a derived factory chose).</summary>
    public TestDatabase Database { get; }

    /// <summary>Settings a derived factory adds or overrides (applied last).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Counts SQL commands sent by the API.</summary>
    public SqlCommandCounter Commands { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        Database.Configure(builder);
        foreach (var (key, value) in TestTokens.Settings)
        {
            builder.UseSetting(key, value);
        }

        // The suite's requests all come from one test client: budgets that only the rate-limit tests exhaust.
        builder.UseSetting("RateLimits:AnonymousPerWindow", "100000000");
        builder.UseSetting("RateLimits:SignedInPerWindow", "100000000");
        builder.UseSetting("RateLimits:ApiKeyPerWindow", "100000000");

        // Hundreds of hosts start in one test process, whose JIT is warm after the first: WarmUpTests turns it on.
        builder.UseSetting("WarmUp:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(sp =>
            {
                Commands.Requests = sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
                return Commands;
            });
            ConfigureTestServices(services);
        });
    }

    /// <summary>Lets a derived factory replace services (e.g. the clock).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

/// <summary>
/// Counts the SQL commands executed through EF Core on behalf of HTTP requests; the host's background work (the
/// outbox relay's polling, seeding) is not counted, so a count taken around a request is that request's own.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;

    /// <summary>Commands executed so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of the last command executed for a request.</summary>
    public string? LastText { get; private set; }

    /// <summary>Tells whether a command runs for a request; set when the host resolves the counter.</summary>
    public Microsoft.AspNetCore.Http.IHttpContextAccessor? Requests { get; set; }

    /// <inheritdoc />
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        Count1(command.CommandText);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        Count1(command.CommandText);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Count1(string text)
    {
        if (Requests?.HttpContext is not null)
        {
            Interlocked.Increment(ref _count);
            LastText = text;
        }
    }
}

/// <summary>
/// One API host shared by the tests of a collection (seeding once keeps the suite fast). Test classes with a host of
/// their own (a class fixture) join this collection too, so no two hosts serve at once: process-wide listeners, such
/// as the telemetry test's, would otherwise see another host's requests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<ApiFactory>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "api";
}
