using System.Data.Common;
using GreenCommunity.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace GreenCommunity.Api.Hosting;

/// <summary>Binds and checks the database settings and prepares the database at start.</summary>
public static class DatabaseSetup
{
    /// <summary>The connection string's name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "GreenCommunity";

    /// <summary>
    /// Adds persistence from configuration: <c>Database</c> section and <c>ConnectionStrings:GreenCommunity</c>.
    /// A wrong or missing setting stops the start with a message that names it (and never echoes a password).
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = Bind(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StorageFullMonitor>();
        services.AddSingleton<DatabaseOutageLog>();
        services.AddSingleton<IInterceptor, DatabaseOutageInterceptor>();
        services.AddHostedService<DatabaseStartup>();
        return services.AddInfrastructure(options, environment.ContentRootPath);
    }

    /// <summary>Reads and checks the settings. SQLite migrates and seeds on start unless told not to; other providers only when told to.</summary>
    public static DatabaseOptions Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var providers = string.Join(", ", Enum.GetNames<DatabaseProvider>());
        var providerText = section[nameof(DatabaseOptions.Provider)];
        var options = new DatabaseOptions();
        if (!string.IsNullOrWhiteSpace(providerText))
        {
            if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider) || !Enum.IsDefined(provider) || int.TryParse(providerText, out _))
            {
                throw new InvalidOperationException($"Database:Provider '{providerText}' is not supported. Use one of: {providers}.");
            }

            options.Provider = provider;
        }

        var embedded = options.Provider == DatabaseProvider.Sqlite;
        options.MigrateOnStart = ReadBool(section, nameof(DatabaseOptions.MigrateOnStart)) ?? embedded;
        options.SeedSampleData = ReadBool(section, nameof(DatabaseOptions.SeedSampleData)) ?? embedded;
        options.ThreadSafetyChecks = ReadBool(section, nameof(DatabaseOptions.ThreadSafetyChecks)) ?? false;
        options.ConnectionString = configuration.GetConnectionString(ConnectionStringName);
        CheckConnectionString(options);
        return options;
    }

    private static bool? ReadBool(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"Database:{key} must be true or false; it is '{text}'.");
    }

    private static void CheckConnectionString(DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (options.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"Database:Provider is {options.Provider}, so ConnectionStrings:{ConnectionStringName} is required "
                    + $"(environment variable ConnectionStrings__{ConnectionStringName}). See docs/configuration.md.");
            }

            return;
        }

        try
        {
            DbConnectionStringBuilder builder = options.Provider switch
            {
                DatabaseProvider.PostgreSql => new NpgsqlConnectionStringBuilder(options.ConnectionString),
                DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(options.ConnectionString),
                _ => new SqliteConnectionStringBuilder(options.ConnectionString),
            };
            _ = builder.Count;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // The message names the offending keyword, never the value (which may be a password).
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not a valid {options.Provider} connection string: {ex.Message}", ex);
        }
    }
}

/// <summary>
/// Migrates and seeds as configured when the host starts, before the server takes requests
/// (<see cref="IHostedLifecycleService.StartingAsync"/> runs before any service starts, the web server included).
/// </summary>
internal sealed partial class DatabaseStartup(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<DatabaseStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        LogSettings(logger, options.Provider, options.MigrateOnStart, options.SeedSampleData);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Database provider {Provider}; migrate on start: {MigrateOnStart}; seed sample data: {SeedSampleData}")]
    private static partial void LogSettings(ILogger logger, DatabaseProvider provider, bool migrateOnStart, bool seedSampleData);
}
