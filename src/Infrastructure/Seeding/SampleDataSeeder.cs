using GreenCommunity.Infrastructure.Editions;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// Seeds the sample dataset modelled on the city's 2002 year-end report on creating Green Communities
/// (市绿色社区创建工作总结): the real districts and their 2005 mergers, the report's named communities and its
/// 31 city-level titles of 2002, the programme metrics it gives, and invented records around them.
/// Everything invented carries <c>IsSample = true</c>; facts taken from the report or from history do not.
/// </summary>
/// <remarks>
/// The data is deterministic: every timestamp is a fixed historical date and every "random" value comes from
/// a fixed-seed generator, so two seeded databases hold the same records. Child records created through their
/// aggregate (sections, indicators, gates, panel members, history events, scores...) cannot be flagged
/// individually; they belong to a flagged aggregate.
/// </remarks>
public static class SampleDataSeeder
{
    /// <summary>
    /// Seeds an empty database in one transaction, all or nothing. Returns false, seeding nothing, when the
    /// database already holds programme data (any district).
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="clock">Not read: the sample data uses fixed historical dates, never the current time.</param>
    /// <param name="cancellationToken">Cancels the seeding; the transaction is rolled back.</param>
    public static async Task<bool> SeedAsync(GreenCommunityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Districts.AnyAsync(cancellationToken))
        {
            return false;
        }

        try
        {
            // Stages are saved in turn so that generated ids exist where a constructor takes an id.
            var geography = await SampleGeography.SeedAsync(db, cancellationToken);
            var scheme = await SampleCriteria.SeedAsync(db, cancellationToken);
            var campaigns = await SampleCampaigns.SeedAsync(db, scheme, geography, cancellationToken);
            var satisfaction2002 = await SampleCityEvaluation2002.SeedAsync(db, scheme, campaigns, geography, cancellationToken);
            await SampleApplications2003.SeedAsync(db, scheme, campaigns, geography, cancellationToken);
            await SampleIndicators.SeedAsync(db, geography, satisfaction2002, cancellationToken);
            await SampleMetrics.SeedAsync(db, geography, cancellationToken);
            await SampleActivities.SeedAsync(db, geography, cancellationToken);

            // The seeded published state is edition 1, so editions and asOf work on a fresh clone.
            // The programme's organisations, plans and funding (issue #14) are published with it, and so are its events,
            // outreach and practices.
            await SampleProgramme.SeedAsync(db, geography, cancellationToken);
            await EditionLedger.EnsureFirstEditionAsync(db, adoptProgrammeRecords: true, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            // The context is no-tracking by default: do not leave thousands of seeded entities tracked,
            // nor half-seeded ones after a rollback.
            db.ChangeTracker.Clear();
        }
    }
}
