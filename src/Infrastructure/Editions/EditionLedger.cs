using GreenCommunity.Domain.Editions;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Editions;

/// <summary>
/// Opens, stores and seals editions of the published data. A publication opens the next edition, makes its changes
/// through it (<see cref="Edition.PublishAward"/>, <see cref="Edition.Correct"/>...), and saves with
/// <see cref="SaveAsync"/>: the change, the edition and its hash in one transaction.
/// </summary>
public static class EditionLedger
{
    /// <summary>Opens the edition after the latest one (not stored until saved).</summary>
    public static async Task<Edition> OpenAsync(GreenCommunityDbContext db, DateTime publishedAt, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.Editions.MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0;
        return new Edition(last + 1, publishedAt, reason);
    }

    /// <summary>
    /// Saves the tracked changes and, when it changed anything, <paramref name="edition"/> with its content hash, in one
    /// transaction (the caller's, or a new one). Two publications racing for one number: the second fails with a
    /// <see cref="DbUpdateException"/> and nothing of it is kept.
    /// </summary>
    public static async Task SaveAsync(GreenCommunityDbContext db, Edition edition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(edition);
        if (edition.IsEmpty)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            db.Editions.Add(edition);
            await db.SaveChangesAsync(cancellationToken);
            var (hash, awards, observations) = await HashAsync(db, edition.Number, cancellationToken);
            edition.Seal(hash, awards, observations);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>The content hash and counts of edition <paramref name="number"/>, read from the database (streamed).</summary>
    public static async Task<(string Hash, int Awards, int Observations)> HashAsync(GreenCommunityDbContext db, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var hasher = new EditionContentHasher();
        var awards = db.AwardsAsOf(number).OrderBy(a => a.Id).Select(a => new
        {
            a.Id,
            a.CommunityId,
            a.CampaignId,
            a.Level,
            a.Year,
            a.DistrictAtAwardId,
            a.Score,
            a.AwardedOn,
            a.ValidUntil,
            RevokedOn = a.Revocation != null && a.RevokedInEdition <= number ? a.Revocation.RevokedOn : (DateOnly?)null,
            Reason = a.Revocation != null && a.RevokedInEdition <= number ? a.Revocation.Reason : null,
        });
        await foreach (var a in awards.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hasher.AddAward(a.Id, a.CommunityId, a.CampaignId, a.Level.ToString(), a.Year, a.DistrictAtAwardId, a.Score, a.AwardedOn, a.ValidUntil, a.RevokedOn, a.Reason);
        }

        var observations = db.ObservationsAsOf(number).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.IndicatorId, o.IndicatorVersion, o.CommunityId, o.Year, o.Value, o.Provenance, o.SourceDocument });
        await foreach (var o in observations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hasher.AddObservation(o.Id, o.IndicatorId, o.IndicatorVersion, o.CommunityId, o.Year, o.Value, o.Provenance.ToString(), o.SourceDocument);
        }

        await HashProgrammeAsync(db, number, hasher, cancellationToken);
        return (hasher.Finish(), hasher.AwardCount, hasher.ObservationCount);
    }

    // Organisations, plans and funding allocations, after the values (EditionContentHasher's recipe).
    private static async Task HashProgrammeAsync(GreenCommunityDbContext db, int number, EditionContentHasher hasher, CancellationToken cancellationToken)
    {
        var organisations = db.OrganisationsAsOf(number).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Code, o.Name.Zh, o.Name.En, o.Level, o.Role, o.DistrictId, o.StreetId });
        await foreach (var o in organisations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hasher.AddOrganisation(o.Id, o.Code, o.Zh, o.En, o.Level.ToString(), o.Role.ToString(), o.DistrictId, o.StreetId);
        }

        var plans = await db.PlansAsOf(number).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Year, p.DistrictId, p.OrganisationId, p.DistrictTitleTarget, p.CityTitleTarget, Tasks = p.TaskCommunities.Select(t => t.CommunityId).ToList() })
            .ToListAsync(cancellationToken);
        foreach (var p in plans)
        {
            hasher.AddPlan(p.Id, p.Year, p.DistrictId, p.OrganisationId, p.DistrictTitleTarget, p.CityTitleTarget, p.Tasks);
        }

        var allocations = db.FundingAllocationsAsOf(number).OrderBy(f => f.Id).Select(f => new
        {
            f.Id,
            f.Year,
            f.PayerLevel,
            f.PayerOrganisationId,
            f.PayerDistrictId,
            f.PayerStreetId,
            f.RecipientDistrictId,
            f.RecipientStreetId,
            f.RecipientCommunityId,
            f.Purpose,
            f.AmountYuan,
            f.Note,
        });
        await foreach (var f in allocations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hasher.AddFundingAllocation(f.Id, f.Year, f.PayerLevel.ToString(), f.PayerOrganisationId, f.PayerDistrictId, f.PayerStreetId, f.RecipientDistrictId, f.RecipientStreetId, f.RecipientCommunityId, f.Purpose.ToString(), f.AmountYuan, f.Note);
        }

        await HashActivitiesAsync(db, number, hasher, cancellationToken);
    }

    // Lists, with bulk updates, the events, outreach items and practices no edition lists, of a year before beforeYear.
    private static async Task<int> ListActivitiesAsync(GreenCommunityDbContext db, int edition, DateTime publishedAt, int beforeYear, CancellationToken cancellationToken) =>
        await db.ProgrammeEvents.Where(e => e.PublishedInEdition == null && e.Year < beforeYear)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.PublishedInEdition, edition).SetProperty(e => e.PublishedAt, publishedAt), cancellationToken)
        + await db.OutreachItems.Where(o => o.PublishedInEdition == null && o.Year < beforeYear)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.PublishedInEdition, edition).SetProperty(o => o.PublishedAt, publishedAt), cancellationToken)
        + await db.CommunityPractices.Where(p => p.PublishedInEdition == null && p.StartedOn.Year < beforeYear)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.PublishedInEdition, edition).SetProperty(p => p.PublishedAt, publishedAt), cancellationToken);

    // Events, outreach items and community practices, after the funding allocations. Published ones never change, so an
    // edition lists those published in it or before.
    private static async Task HashActivitiesAsync(GreenCommunityDbContext db, int number, EditionContentHasher hasher, CancellationToken cancellationToken)
    {
        var events = await db.ProgrammeEvents.Where(e => e.PublishedInEdition != null && e.PublishedInEdition <= number).OrderBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                Line = new EditionEventLine(e.Kind.ToString(), e.Basis.ToString(), e.Year, e.HeldOn, e.Title.Zh, e.Title.En, e.Description, e.OrganiserCode, e.DistrictId,
                    e.HostCommunityId, e.Visits.OrderBy(v => v.Position).Select(v => v.CommunityId).ToList(), e.Audience.ToString(), e.Sessions, e.Attendance,
                    e.AttendanceIsMinimum, e.CampaignId, e.SourceDocument),
            })
            .ToListAsync(cancellationToken);
        foreach (var e in events)
        {
            hasher.AddEvent(e.Id, e.Line);
        }

        var outreach = db.OutreachItems.Where(o => o.PublishedInEdition != null && o.PublishedInEdition <= number).OrderBy(o => o.Id)
            .Select(o => new
            {
                o.Id,
                Line = new EditionOutreachLine(o.Kind.ToString(), o.Basis.ToString(), o.Channel.ToString(), o.Year, o.IssuedOn, o.Title.Zh, o.Title.En, o.Description, o.Outlet,
                    o.Quantity, o.QuantityIsMinimum, o.PrintRun, o.OrganiserCode, o.DistrictId, o.CommunityId, o.CampaignId, o.PublicityNoticeId, o.SourceDocument),
            });
        await foreach (var o in outreach.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hasher.AddOutreach(o.Id, o.Line);
        }

        var practices = db.CommunityPractices.Where(p => p.PublishedInEdition != null && p.PublishedInEdition <= number).OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                Line = new EditionPracticeLine(p.CommunityId, p.Kind.ToString(), p.StartedOn, p.EndedOn, p.Title.Zh, p.Title.En, p.Description, p.Evidence, p.Count, p.DistrictId, p.SourceDocument),
            });
        await foreach (var p in practices.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            hasher.AddPractice(p.Id, p.Line);
        }
    }

    /// <summary>
    /// Lists in a new edition every published award and value, every organisation, plan and funding allocation, and every
    /// event, outreach item and practice of a year before <paramref name="activitiesBeforeYear"/>, that no edition lists
    /// yet, with bulk updates (no per-record change rows): for data loaded in bulk, such as the synthetic city of the
    /// benchmarks. The edition's content hash covers them all. Returns the edition's number, or null when there was
    /// nothing to list.
    /// </summary>
    public static async Task<int?> ListUnlistedAsync(GreenCommunityDbContext db, DateTime publishedAt, string reason, int activitiesBeforeYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var edition = await OpenAsync(db, publishedAt, reason, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var awards = await db.Awards.Where(a => a.PublishedAt != null && a.PublishedInEdition == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.PublishedInEdition, edition.Number), cancellationToken);
        var observations = await db.Observations.Where(o => o.PublishedAt != null && o.PublishedInEdition == null)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.PublishedInEdition, edition.Number), cancellationToken);
        var programme = await db.Organisations.Where(o => o.PublishedInEdition == null)
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.PublishedInEdition, edition.Number), cancellationToken)
            + await db.AnnualPlans.Where(p => p.PublishedInEdition == null)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.PublishedInEdition, edition.Number), cancellationToken)
            + await db.FundingAllocations.Where(f => f.PublishedInEdition == null)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.PublishedInEdition, edition.Number), cancellationToken)
            + await ListActivitiesAsync(db, edition.Number, publishedAt, activitiesBeforeYear, cancellationToken);
        if (awards + observations + programme == 0)
        {
            return null;
        }

        db.Editions.Add(edition);
        await db.SaveChangesAsync(cancellationToken);
        var (hash, awardCount, observationCount) = await HashAsync(db, edition.Number, cancellationToken);
        edition.Seal(hash, awardCount, observationCount);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return edition.Number;
    }

    /// <summary>
    /// Gives a database that holds published data but no edition its first edition, listing everything published so
    /// far (the sample dataset, or data published before editions existed). Does nothing otherwise; safe to repeat.
    /// </summary>
    public static Task<bool> EnsureFirstEditionAsync(GreenCommunityDbContext db, CancellationToken cancellationToken) =>
        EnsureFirstEditionAsync(db, adoptProgrammeRecords: false, cancellationToken);

    /// <summary>
    /// As <see cref="EnsureFirstEditionAsync(GreenCommunityDbContext, CancellationToken)"/>; with
    /// <paramref name="adoptProgrammeRecords"/>, the edition also lists every organisation, plan, funding allocation,
    /// event, outreach item and practice that no edition lists. Only for data loaded as published (the sample dataset): elsewhere those are drafts, and
    /// only publishProgrammeRecords releases them.
    /// </summary>
    public static async Task<bool> EnsureFirstEditionAsync(GreenCommunityDbContext db, bool adoptProgrammeRecords, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Editions.AnyAsync(cancellationToken))
        {
            return false;
        }

        var awards = await db.Awards.AsTracking().Where(a => a.PublishedAt != null).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var observations = await db.Observations.AsTracking().Where(o => o.PublishedAt != null).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        if (awards.Count == 0 && observations.Count == 0)
        {
            return false;
        }

        var organisations = adoptProgrammeRecords ? await db.Organisations.AsTracking().Where(o => o.PublishedInEdition == null).OrderBy(o => o.Id).ToListAsync(cancellationToken) : [];
        var plans = adoptProgrammeRecords ? await db.AnnualPlans.AsTracking().Where(p => p.PublishedInEdition == null).OrderBy(p => p.Id).ToListAsync(cancellationToken) : [];
        var allocations = adoptProgrammeRecords ? await db.FundingAllocations.AsTracking().Where(f => f.PublishedInEdition == null).OrderBy(f => f.Id).ToListAsync(cancellationToken) : [];

        // Dated by the data, not the clock, so every copy of the same data gets the same first edition.
        var publishedAt = awards.Select(a => a.PublishedAt!.Value).Concat(observations.Select(o => o.PublishedAt!.Value)).Max();
        var edition = new Edition(1, publishedAt, "First edition: everything published before editions were kept");
        edition.Adopt(awards, observations);
        organisations.ForEach(edition.PublishOrganisation);
        plans.ForEach(edition.PublishPlan);
        allocations.ForEach(edition.PublishFundingAllocation);
        if (adoptProgrammeRecords)
        {
            // Listed before the edition is sealed, so its content hash covers them.
            await ListActivitiesAsync(db, edition.Number, publishedAt, int.MaxValue, cancellationToken);
        }

        try
        {
            await SaveAsync(db, edition, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return true;
    }
}
