using GreenCommunity.Infrastructure.Editions;
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

    /// <summary>
    /// Applies pending migrations; a database with published data but no edition yet (published before editions
    /// existed) gets its first edition.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await EditionLedger.EnsureFirstEditionAsync(db, cancellationToken);
    }

    /// <summary>Seeds the sample dataset unless the database already holds programme data.</summary>
    public Task<bool> SeedSampleDataAsync(CancellationToken cancellationToken) =>
        SampleDataSeeder.SeedAsync(db, clock, cancellationToken);
}
