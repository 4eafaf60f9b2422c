using GreenCommunity.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>Applies migrations and seeds the sample dataset, as the settings say.</summary>
public sealed class DatabaseInitializer(GreenCommunityDbContext db, DatabaseOptions options, TimeProvider clock)
{
    /// <summary>Migrates and seeds according to <see cref="DatabaseOptions"/>.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStart)
        {
            await MigrateAsync(cancellationToken);
        }

        if (options.SeedSampleData)
        {
            await SeedSampleDataAsync(cancellationToken);
        }
    }

    /// <summary>Applies pending migrations.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);

    /// <summary>Seeds the sample dataset unless the database already holds programme data.</summary>
    public Task<bool> SeedSampleDataAsync(CancellationToken cancellationToken) =>
        SampleDataSeeder.SeedAsync(db, clock, cancellationToken);
}
