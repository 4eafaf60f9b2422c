using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Queries;

/// <summary>
/// The one place that says what the public may see. Every public read starts from these sets, so nothing
/// unpublished (draft campaigns, unpublished awards or values, notices not yet out) can leak through a field.
/// Reference data (districts, streets, communities, criteria schemes, indicator definitions) is public as such.
/// </summary>
public static class PublishedData
{
    /// <summary>Awards whose campaign results are published. Revoked awards stay, with their revocation.</summary>
    public static IQueryable<Award> PublishedAwards(this GreenCommunityDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Awards.Where(a => a.PublishedAt != null);
    }

    /// <summary>Campaigns announced to the public.</summary>
    public static IQueryable<Campaign> AnnouncedCampaigns(this GreenCommunityDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Campaigns.Where(c => c.AnnouncedAt != null);
    }

    /// <summary>Published indicator values that no correction has replaced.</summary>
    public static IQueryable<Observation> PublishedObservations(this GreenCommunityDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Observations.Where(o => o.PublishedAt != null && o.SupersededById == null);
    }

    /// <summary>Publicity notices made public by <paramref name="now"/>.</summary>
    public static IQueryable<PublicityNotice> PublishedNotices(this GreenCommunityDbContext db, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PublicityNotices.Where(n => n.PublishedAt <= now);
    }

    /// <summary>
    /// Awards exactly as edition <paramref name="edition"/> listed them (revocations published later are not in
    /// the rows' meaning for that edition: see <see cref="Award.AsPublishedIn"/>). When <paramref name="latest"/>
    /// says it is the latest edition, every award published is in it and the edition predicate is left out: a
    /// prepared statement then keeps the plan of the year/level index instead of a generic plan that scans the
    /// whole edition index (ADR-030).
    /// </summary>
    public static IQueryable<Award> AwardsAsOf(this GreenCommunityDbContext db, int edition, bool latest = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        return latest
            ? db.Awards.Where(a => a.PublishedInEdition != null)
            : db.Awards.Where(a => a.PublishedInEdition != null && a.PublishedInEdition <= edition);
    }

    /// <summary>Indicator values exactly as edition <paramref name="edition"/> listed them: later corrections not applied (see <see cref="AwardsAsOf"/> for <paramref name="latest"/>).</summary>
    public static IQueryable<Observation> ObservationsAsOf(this GreenCommunityDbContext db, int edition, bool latest = false)
    {
        ArgumentNullException.ThrowIfNull(db);

        // In the latest edition every published value is in, and only the values no correction replaced yet.
        return latest
            ? db.Observations.Where(o => o.PublishedInEdition != null && o.SupersededInEdition == null)
            : db.Observations.Where(o => o.PublishedInEdition != null && o.PublishedInEdition <= edition
                && (o.SupersededInEdition == null || o.SupersededInEdition > edition));
    }

    /// <summary>Every value ever published, current or corrected since: the record that editions and change lists cite.</summary>
    public static IQueryable<Observation> EverPublishedObservations(this GreenCommunityDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Observations.Where(o => o.PublishedAt != null && o.PublishedInEdition != null);
    }

    /// <summary>Organisations edition <paramref name="edition"/> lists.</summary>
    public static IQueryable<Organisation> OrganisationsAsOf(this GreenCommunityDbContext db, int edition)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Organisations.Where(o => o.PublishedInEdition != null && o.PublishedInEdition <= edition);
    }

    /// <summary>Annual plans edition <paramref name="edition"/> lists.</summary>
    public static IQueryable<AnnualPlan> PlansAsOf(this GreenCommunityDbContext db, int edition)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AnnualPlans.Where(p => p.PublishedInEdition != null && p.PublishedInEdition <= edition);
    }

    /// <summary>Funding allocations edition <paramref name="edition"/> lists.</summary>
    public static IQueryable<FundingAllocation> FundingAllocationsAsOf(this GreenCommunityDbContext db, int edition)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.FundingAllocations.Where(f => f.PublishedInEdition != null && f.PublishedInEdition <= edition);
    }

    /// <summary>Sealed editions (an edition is sealed in the transaction that publishes it).</summary>
    public static IQueryable<Edition> PublishedEditions(this GreenCommunityDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Editions.Where(e => e.ContentHash != null);
    }
}
