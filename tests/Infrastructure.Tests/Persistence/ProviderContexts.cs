using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

/// <summary>Contexts configured for a provider exactly as the API configures them, without a server.</summary>
public static class ProviderContexts
{
    /// <summary>A context for <paramref name="provider"/> that never connects: for the model, migrations and generated SQL.</summary>
    public static GreenCommunityDbContext Offline(DatabaseProvider provider) => DatabaseProviders.CreateContext(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=localhost;Database=greencommunity_offline",
        _ => "Server=localhost;Database=greencommunity_offline;TrustServerCertificate=True",
    });
}
