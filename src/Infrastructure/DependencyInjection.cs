using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GreenCommunity.Infrastructure;

/// <summary>Registers persistence.</summary>
public static class DependencyInjection
{
    /// <summary>Adds the database context for the configured provider.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The database settings.</param>
    /// <param name="contentRoot">The folder relative SQLite paths are resolved against.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = ResolveConnectionString(options, contentRoot);
        services.AddSingleton(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddContext<SqliteGreenCommunityDbContext>(services, options, connectionString);
                break;
            case DatabaseProvider.PostgreSql:
                AddContext<PostgreSqlGreenCommunityDbContext>(services, options, connectionString);
                break;
            case DatabaseProvider.SqlServer:
                AddContext<SqlServerGreenCommunityDbContext>(services, options, connectionString);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    // Everything injects GreenCommunityDbContext; the provider's subclass carries that provider's migrations.
    // Interceptors registered as IInterceptor services (the tests' command counter) are added to every context.
    // Contexts are pooled (ADR-030): a request rents one and returns it reset (change tracker, transaction,
    // settings), which spares building a context and its services per request. The context holds no per-request
    // state of its own, so nothing else needs resetting; the interceptors are singletons.
    private static void AddContext<TContext>(IServiceCollection services, DatabaseOptions options, string connectionString)
        where TContext : GreenCommunityDbContext =>
        services.AddDbContextPool<GreenCommunityDbContext, TContext>((serviceProvider, db) => db
            .UseGreenCommunityDatabase(options.Provider, connectionString)
            .EnableThreadSafetyChecks(options.ThreadSafetyChecks)

            // A failed command, save or transaction surfaces as its exception to the code that handles it, which
            // logs it once, knowing what it means: a concurrent write is a CONFLICT answered to the caller (not
            // logged), a full disk one line per episode, an outage one warning per request, a bug an error with its
            // stack trace and correlation ID. EF Core's own error events would add a stack trace to every one of
            // them, so they are Debug; so are a failed connection and a failed query's iteration, which an outage
            // raises on every request (the API's outage log says it once).
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)))
            .AddInterceptors(serviceProvider.GetServices<IInterceptor>()));

    /// <summary>The effective connection string: for SQLite, a file path made absolute and its folder created.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? throw new InvalidOperationException($"ConnectionStrings:GreenCommunity is required for Database:Provider '{options.Provider}'.")
                : options.ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString) ? $"Data Source={DatabaseOptions.DefaultSqliteFile}" : options.ConnectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
