using GreenCommunity.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.Hosting;

/// <summary>Binds the database settings and prepares the database at start.</summary>
public static class DatabaseSetup
{
    /// <summary>The connection string's name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "GreenCommunity";

    /// <summary>Adds persistence from configuration: <c>Database</c> section and <c>ConnectionStrings:GreenCommunity</c>.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new DatabaseOptions();
        try
        {
            configuration.GetSection(DatabaseOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException(
                $"Invalid '{DatabaseOptions.SectionName}' settings: {ex.Message} Database:Provider must be one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.",
                ex);
        }

        options.ConnectionString = configuration.GetConnectionString(ConnectionStringName) ?? options.ConnectionString;
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<DatabaseStartup>();
        return services.AddInfrastructure(options, environment.ContentRootPath);
    }

}

/// <summary>
/// Migrates and seeds as configured when the host starts, before the server takes requests
/// (<see cref="IHostedLifecycleService.StartingAsync"/> runs before any service starts, the web server included).
/// </summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
