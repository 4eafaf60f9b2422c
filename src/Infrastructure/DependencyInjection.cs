using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddDbContext<GreenCommunityDbContext>(db =>
        {
            switch (options.Provider)
            {
                case DatabaseProvider.Sqlite:
                    db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(GreenCommunityDbContext).Assembly.GetName().Name));
                    break;
                default:
                    throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
            }

            db.UseSnakeCaseNamingConvention();
            db.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

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
