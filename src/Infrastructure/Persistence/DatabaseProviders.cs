using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>
/// Configures a context for a provider, the same way for the host, the design-time factories and the tests: the
/// provider's subclass of <see cref="GreenCommunityDbContext"/> (which carries that provider's migrations), snake_case
/// names and no-tracking reads.
/// </summary>
public static class DatabaseProviders
{
    private static readonly string MigrationsAssembly = typeof(GreenCommunityDbContext).Assembly.GetName().Name!;

    /// <summary>The context type whose migrations belong to <paramref name="provider"/>.</summary>
    public static Type ContextTypeFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteGreenCommunityDbContext),
        DatabaseProvider.PostgreSql => typeof(PostgreSqlGreenCommunityDbContext),
        DatabaseProvider.SqlServer => typeof(SqlServerGreenCommunityDbContext),
        _ => throw Unsupported(provider),
    };

    /// <summary>Sets the provider, its connection string and the conventions every provider shares.</summary>
    public static DbContextOptionsBuilder UseGreenCommunityDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = provider switch
        {
            // SQLite adds a foreign key to an existing table (ProgrammeFunding: awards and campaigns gain their
            // responsible organisation) by rebuilding it with foreign keys off, which EF Core must do outside the
            // migration's transaction and reports as a warning. That is the expected way, not an operator's concern.
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
                .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, sqlServer => sqlServer.MigrationsAssembly(MigrationsAssembly)),
            _ => throw Unsupported(provider),
        };
        // Set here, not in OnConfiguring, which pooled contexts may not use to change their options.
        return builder
            .ReplaceService<IModelCacheKeyFactory, GreenCommunityDbContext.ProviderModelCacheKeyFactory>()
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary>A new context of the provider's subclass, outside dependency injection (tools, tests).</summary>
    public static GreenCommunityDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteGreenCommunityDbContext(Options<SqliteGreenCommunityDbContext>(provider, connectionString)),
        DatabaseProvider.PostgreSql => new PostgreSqlGreenCommunityDbContext(Options<PostgreSqlGreenCommunityDbContext>(provider, connectionString)),
        DatabaseProvider.SqlServer => new SqlServerGreenCommunityDbContext(Options<SqlServerGreenCommunityDbContext>(provider, connectionString)),
        _ => throw Unsupported(provider),
    };

    private static DbContextOptions<TContext> Options<TContext>(DatabaseProvider provider, string connectionString)
        where TContext : GreenCommunityDbContext
        => (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UseGreenCommunityDatabase(provider, connectionString).Options;

    private static InvalidOperationException Unsupported(DatabaseProvider provider) =>
        new($"Database:Provider '{provider}' is not supported. Use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
}
