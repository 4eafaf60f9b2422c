using System.Globalization;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Editions;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>How big a synthetic city to generate.</summary>
/// <param name="Scale">1 is the sample dataset alone; 100 is about 3,000 communities, 20 years of campaigns,
/// tens of thousands of applications and about a million indicator observations.</param>
/// <param name="Seed">The generator's seed: the same scale and seed give the same data.</param>
public sealed record SyntheticCityOptions(int Scale, ulong Seed = 42);

/// <summary>What the generator wrote.</summary>
/// <param name="Communities">Communities in the database.</param>
/// <param name="Applications">Applications in the database.</param>
/// <param name="Evaluations">Evaluations in the database.</param>
/// <param name="Awards">Awards in the database.</param>
/// <param name="Observations">Indicator observations in the database.</param>
public sealed record SyntheticCityCounts(int Communities, int Applications, int Evaluations, int Awards, int Observations);

/// <summary>
/// Fills a database with a realistic synthetic city for benchmarks: the sample dataset, then more communities,
/// campaigns for 2004–2020, applications through both levels, evaluations with scores, awards and a time series
/// of indicator values. Deterministic for a given seed; everything it writes is flagged as sample data. Bulk
/// loaded in batches with the change tracker cleared between them, so memory stays bounded.
/// </summary>
public static class SyntheticCity
{
    /// <summary>The first synthetic campaign year; the sample dataset covers 2001–2003.</summary>
    public const int FirstYear = 2004;

    /// <summary>The last synthetic campaign year: its city-level applications are left mid-evaluation and its
    /// district-level ones submitted, so the workflow can be exercised under load.</summary>
    public const int LastYear = 2020;

    /// <summary>Indicators per community per year at scale 100 and above.</summary>
    public const int IndicatorsPerCommunity = 16;

    private const int CommunitiesPerScale = 30;
    private const int CommunitiesPerStreet = 20;
    private const int EvaluatorsPerPanel = 3;
    private const int BatchSize = 4000;

    /// <summary>Generates the city into an empty, migrated database; returns false when it already holds data.</summary>
    public static async Task<bool> GenerateAsync(GreenCommunityDbContext db, SyntheticCityOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Scale, 1);
        if (!await SampleDataSeeder.SeedAsync(db, clock, cancellationToken))
        {
            return false;
        }

        if (options.Scale == 1)
        {
            return true;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var random = new SampleRandom(options.Seed);
            var scheme = await db.CriteriaSchemes.AsTracking().OrderBy(s => s.Id).Include(s => s.Sections).ThenInclude(s => s.Indicators).Include(s => s.Gates).AsSplitQuery().FirstAsync(cancellationToken);
            var communities = await AddCommunitiesAsync(db, options.Scale, random, cancellationToken);
            await AddCampaignsAsync(db, scheme, communities, random, cancellationToken);
            await AddObservationsAsync(db, options.Scale, random, cancellationToken);
            await AddFundingAsync(db, random, cancellationToken);
            await SampleActivities.AddSyntheticAsync(db, [.. communities.Select(c => (c.Id, c.DistrictId))], FirstYear, LastYear, random, cancellationToken);
            var publishedAt = SampleTime.Beijing(LastYear, 1, 31, 10);

            // Like the indicator values, the last year's events, outreach and practices are still drafts.
            await EditionLedger.ListUnlistedAsync(db, publishedAt, "The synthetic city (sample data for benchmarks)", LastYear, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>Counts what the database holds.</summary>
    public static async Task<SyntheticCityCounts> CountAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new SyntheticCityCounts(
            await db.Communities.CountAsync(cancellationToken),
            await db.Applications.CountAsync(cancellationToken),
            await db.Evaluations.CountAsync(cancellationToken),
            await db.Awards.CountAsync(cancellationToken),
            await db.Observations.CountAsync(cancellationToken));
    }

    private static async Task<List<CommunityRef>> AddCommunitiesAsync(GreenCommunityDbContext db, int scale, SampleRandom random, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsTracking().Where(d => d.EffectiveTo == null).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var wanted = (CommunitiesPerScale * scale) - await db.Communities.CountAsync(cancellationToken);
        var streets = new List<Street>();
        for (var i = 0; i < Math.Max(1, wanted / CommunitiesPerStreet); i++)
        {
            var district = districts[i % districts.Count];
            streets.Add(new Street($"SYN-{district.Code}-{i:D4}", new LocalizedText($"合成街道{i}", $"Synthetic Subdistrict {i}"), district) { IsSample = true });
        }

        db.Streets.AddRange(streets);
        await SaveAndClearAsync(db, cancellationToken);

        var kinds = Enum.GetValues<CommunityKind>();
        for (var first = 0; first < wanted; first += BatchSize)
        {
            foreach (var i in Enumerable.Range(first, Math.Min(BatchSize, wanted - first)))
            {
                var street = streets[i % streets.Count];
                var attributes = new CommunityAttributes(
                    kinds[random.Next(0, kinds.Length)],
                    random.NextDouble() < 0.4,
                    random.NextDouble() < 0.05 ? CoBuiltWith.Army : random.NextDouble() < 0.05 ? CoBuiltWith.Police : CoBuiltWith.None,
                    random.NextDouble() < 0.3,
                    random.Next(400, 8000),
                    new Percentage(random.NextDecimal(0.55m, 0.99m, 2)),
                    new GeoPoint(23.05 + (random.NextDouble() * 0.2), 113.2 + (random.NextDouble() * 0.3)));
                db.Attach(street);
                db.Communities.Add(new Community($"SYN-{i:D5}", new LocalizedText($"合成社区{i}", $"Synthetic Community {i:D5}"), street, attributes) { IsSample = true });
            }

            await SaveAndClearAsync(db, cancellationToken);
        }

        return await db.Communities.OrderBy(c => c.Id).Select(c => new CommunityRef(c.Id, c.Street!.DistrictId)).ToListAsync(cancellationToken);
    }

    private static async Task AddCampaignsAsync(GreenCommunityDbContext db, CriteriaScheme scheme, List<CommunityRef> communities, SampleRandom random, CancellationToken cancellationToken)
    {
        var indicators = scheme.Sections.SelectMany(s => s.Indicators).ToList();
        var districtTitleUntil = new Dictionary<int, DateOnly>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            // The scheme is reached through each campaign: track it (unchanged) so it is not inserted again.
            db.Attach(scheme);
            var open = year == LastYear;
            var district = NewCampaign(scheme, year, TitleLevel.District, year - 2000);
            var city = NewCampaign(scheme, year, TitleLevel.City, year - 2001);
            var cityDay = new DateOnly(year, 12, 20);
            if (!open)
            {
                district.MarkResultsPublished(SampleTime.Beijing(year, 7, 5, 10));
                city.MarkResultsPublished(SampleTime.Beijing(cityDay, 10));
            }

            db.Campaigns.AddRange(district, city);
            await db.SaveChangesAsync(cancellationToken);

            // District level: about 40% of communities apply; three in four gain the title.
            var districtAwardedOn = new DateOnly(year, 6, 30);
            foreach (var community in communities.Where(_ => random.NextDouble() < 0.4))
            {
                var application = new Application(district.Id, community.Id, "applicant-synthetic", SampleTime.Beijing(year, 3, 5, 9)) { IsSample = true };
                application.RecordGateFacts(new GateFacts(new Percentage(random.NextDecimal(0.6m, 0.99m, 2)), 0, 2, 2, "synthetic"));
                application.MoveTo(ApplicationStatus.Submitted, "applicant-synthetic", SampleTime.Beijing(year, 4, 1, 9), "Submitted.");
                if (!open)
                {
                    var awarded = random.NextDouble() < 0.75;
                    application.MoveTo(ApplicationStatus.UnderDistrictReview, "reviewer-synthetic", SampleTime.Beijing(year, 5, 10, 9), "District review begun.");
                    application.MoveTo(awarded ? ApplicationStatus.AwardedAtDistrictLevel : ApplicationStatus.Rejected, "reviewer-synthetic", SampleTime.Beijing(year, 6, 30, 9), awarded ? "District-level title granted." : "Facilities incomplete.");
                    if (awarded)
                    {
                        var award = new Award(new AwardGrant(community.Id, district.Id, TitleLevel.District, year, community.DistrictId, scheme.Id, scheme.ValidityYears, districtAwardedOn, random.NextDecimal(75m, 95m, 1))) { IsSample = true };
                        award.Publish(SampleTime.Beijing(year, 7, 5, 10));
                        db.Awards.Add(award);
                        districtTitleUntil[community.Id] = award.ValidUntil;
                    }
                }

                db.Applications.Add(application);
            }

            await SaveAndClearAsync(db, cancellationToken);

            // City level: a quarter of the current district-title holders apply; the panels score them.
            var applicants = communities.Where(c => districtTitleUntil.TryGetValue(c.Id, out var until) && until >= cityDay && random.NextDouble() < 0.25).ToList();
            var panels = Enumerable.Range(1, Math.Max(1, applicants.Count / 30)).Select(p =>
            {
                var panel = new Panel(city.Id, $"Panel {p}") { IsSample = true };
                for (var m = 1; m <= EvaluatorsPerPanel; m++)
                {
                    panel.AddMember($"evaluator-{year}-{p}-{m}", $"Evaluator {year}-{p}-{m}", null);
                }

                return panel;
            }).ToList();
            db.Panels.AddRange(panels);
            await db.SaveChangesAsync(cancellationToken);

            var cityApplications = new List<(Application Application, CommunityRef Community, Panel Panel)>();
            foreach (var (community, index) in applicants.Select((c, i) => (c, i)))
            {
                var application = new Application(city.Id, community.Id, "applicant-synthetic", SampleTime.Beijing(year, 8, 5, 9)) { IsSample = true };
                application.RecordGateFacts(new GateFacts(new Percentage(random.NextDecimal(0.6m, 0.99m, 2)), 0, 3, 3, "synthetic"));
                foreach (var verdict in GateRules.Judge(scheme, application.GateFacts!, GateStage.Submission, SampleTime.Beijing(year, 9, 1, 9)))
                {
                    application.KeepVerdict(verdict);
                }

                application.MoveTo(ApplicationStatus.Submitted, "applicant-synthetic", SampleTime.Beijing(year, 9, 1, 9), "Submitted.");
                application.MoveTo(ApplicationStatus.UnderDistrictReview, "reviewer-synthetic", SampleTime.Beijing(year, 9, 10, 9), "District review begun.");
                application.MoveTo(ApplicationStatus.RecommendedToCity, "reviewer-synthetic", SampleTime.Beijing(year, 9, 20, 9), "Recommended.");
                application.MoveTo(ApplicationStatus.PanelAssigned, "city-admin", SampleTime.Beijing(year, 10, 8, 9), "Evaluation panel assigned.");
                application.MoveTo(ApplicationStatus.UnderEvaluation, panels[index % panels.Count].Members[0].Subject, SampleTime.Beijing(year, 10, 15, 9), "On-site evaluation begun.");
                db.Applications.Add(application);
                cityApplications.Add((application, community, panels[index % panels.Count]));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (application, community, panel) in cityApplications)
            {
                var evaluation = new Evaluation(application.Id, panel.Id) { IsSample = true };
                var quality = 0.75 + (random.NextDouble() * 0.25);
                var lastStep = open ? EvaluationStep.SiteInspected : EvaluationStep.FeedbackGiven;
                for (var step = EvaluationStep.ReportHeard; step <= lastStep; step++)
                {
                    evaluation.RecordStep(step, SampleTime.Beijing(year, 10, 15, 9 + (int)step), "Recorded on site.", step == EvaluationStep.ForumAndQuestionnaireHeld ? new QuestionnaireResult(100, (int)(100 * quality), 90) : null);
                    if (step == EvaluationStep.SiteInspected && !open)
                    {
                        foreach (var member in panel.Members)
                        {
                            foreach (var indicator in indicators)
                            {
                                var points = Math.Clamp(Math.Round(indicator.MaximumPoints * (decimal)(quality + ((random.NextDouble() - 0.5) * 0.1)), 1), 0m, indicator.MaximumPoints);
                                evaluation.Score(member.Id, indicator.Id, points);
                            }
                        }
                    }
                }

                db.Evaluations.Add(evaluation);
                if (open)
                {
                    continue;
                }

                var score = PanelScoring.PanelScore(evaluation.EvaluatorTotals(panel).Values.ToList());
                evaluation.Complete(score, "Feedback given.", SampleTime.Beijing(year, 10, 16, 17));
                application.MoveTo(ApplicationStatus.Evaluated, panel.Members[0].Subject, SampleTime.Beijing(year, 10, 16, 17), $"On-site evaluation complete; panel score {score}.");
                var candidate = score >= 85m;
                application.MoveTo(candidate ? ApplicationStatus.Candidate : ApplicationStatus.NotCandidate, "city-admin", SampleTime.Beijing(year, 12, 1, 9), candidate ? "Meets the standard." : "Below the pass mark.");
                if (!candidate)
                {
                    continue;
                }

                application.MoveTo(ApplicationStatus.InPublicity, "city-admin", SampleTime.Beijing(year, 12, 10, 9), "Announced for publicity.");
                application.MoveTo(ApplicationStatus.Awarded, "city-admin", SampleTime.Beijing(cityDay, 9), "City-level title granted.");
                var award = new Award(new AwardGrant(community.Id, city.Id, TitleLevel.City, year, community.DistrictId, scheme.Id, scheme.ValidityYears, cityDay, score, panel.Id, application.Id)) { IsSample = true };
                award.Publish(SampleTime.Beijing(cityDay, 10));
                db.Awards.Add(award);
            }

            await SaveAndClearAsync(db, cancellationToken);
        }
    }

    private static async Task AddObservationsAsync(GreenCommunityDbContext db, int scale, SampleRandom random, CancellationToken cancellationToken)
    {
        var definitions = await db.IndicatorDefinitions.OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var wanted = Math.Min(IndicatorsPerCommunity, 6 + (scale / 10));
        for (var i = definitions.Count; i < wanted; i++)
        {
            db.IndicatorDefinitions.Add(new IndicatorDefinition(
                string.Create(CultureInfo.InvariantCulture, $"synthetic-indicator-{i:D2}"),
                new LocalizedText($"合成指标{i}", $"Synthetic indicator {i}"),
                "percent",
                "A synthetic indicator for benchmarks (sample).",
                "Generated.",
                "Synthetic city generator")
            { IsSample = true });
        }

        await SaveAndClearAsync(db, cancellationToken);
        var indicatorIds = await db.IndicatorDefinitions.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        var communityIds = await db.Communities.Where(c => !db.Observations.Any(o => o.CommunityId == c.Id)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var pending = 0;
        foreach (var communityId in communityIds)
        {
            foreach (var indicatorId in indicatorIds)
            {
                var level = random.NextDouble() * 40;
                for (var year = 2001; year <= LastYear; year++)
                {
                    level = Math.Min(100, level + (random.NextDouble() * 4));
                    var observation = new Observation(indicatorId, communityId, year, Math.Round((decimal)level, 1), (Provenance)random.Next(0, 4), "Synthetic city generator (sample)", SampleTime.Beijing(year, 12, 20, 9)) { IsSample = true };
                    if (year < LastYear)
                    {
                        observation.Publish(SampleTime.Beijing(year + 1, 1, 15, 10));
                    }

                    db.Observations.Add(observation);
                    pending++;
                }
            }

            if (pending >= BatchSize * 5)
            {
                await SaveAndClearAsync(db, cancellationToken);
                pending = 0;
            }
        }

        await SaveAndClearAsync(db, cancellationToken);
    }

    // Money at scale, keeping the funding-by-category rule: about a third of the communities are funded in each
    // published year, by the city or their district, for a purpose and an amount their category allows.
    private static async Task AddFundingAsync(GreenCommunityDbContext db, SampleRandom random, CancellationToken cancellationToken)
    {
        var synthetic = db.Communities.Where(c => c.FundingCategory == null);
        await synthetic.Where(c => c.CommercialEstate).ExecuteUpdateAsync(set => set.SetProperty(c => c.FundingCategory, FundingCategory.CommercialFullyManaged), cancellationToken);
        await synthetic.Where(c => c.Kind == CommunityKind.Historic || c.Kind == CommunityKind.FarmersNewVillage).ExecuteUpdateAsync(set => set.SetProperty(c => c.FundingCategory, FundingCategory.PoorlyEquipped), cancellationToken);
        await synthetic.ExecuteUpdateAsync(set => set.SetProperty(c => c.FundingCategory, FundingCategory.WellEquippedNonCommercial), cancellationToken);

        var epb = await db.Organisations.Where(o => o.Code == "CITY-EPB").Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        var communities = await db.Communities.Where(c => c.Code.StartsWith("SYN-")).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.StreetId, c.Street!.DistrictId, c.FundingCategory }).ToListAsync(cancellationToken);
        var pending = 0;
        for (var year = FirstYear; year < LastYear; year++)
        {
            foreach (var c in communities)
            {
                if (random.NextDouble() >= 0.33)
                {
                    continue;
                }

                var (purpose, amount) = c.FundingCategory switch
                {
                    FundingCategory.CommercialFullyManaged => (FundingPurpose.EducationOnly, random.Next(5, 21) * 1000m),
                    FundingCategory.WellEquippedNonCommercial => (random.NextDouble() < 0.5 ? FundingPurpose.Facilities : FundingPurpose.EnvironmentalCulture, random.Next(10, 51) * 1000m),
                    _ => (FundingPurpose.Facilities, random.Next(20, 201) * 1000m),
                };
                var byCity = random.NextDouble() < 0.6;
                db.FundingAllocations.Add(new FundingAllocation(new FundingAllocationTerms(
                    year, byCity ? PayerLevel.City : PayerLevel.District, byCity ? epb : null, byCity ? null : c.DistrictId, null, c.DistrictId, c.StreetId, c.Id, purpose, amount,
                    "Synthetic city generator (sample)"))
                { IsSample = true });
                if (++pending >= BatchSize)
                {
                    await SaveAndClearAsync(db, cancellationToken);
                    pending = 0;
                }
            }
        }

        await SaveAndClearAsync(db, cancellationToken);
    }

    private static Campaign NewCampaign(CriteriaScheme scheme, int year, TitleLevel level, int batch)
    {
        var timetable = level == TitleLevel.District
            ? new CampaignTimetable(new(year, 3, 1), new(year, 4, 30), new(year, 5, 8), new(year, 6, 21), 7)
            : new CampaignTimetable(new(year, 8, 1), new(year, 9, 30), new(year, 10, 14), new(year, 11, 29), 7);
        var campaign = new Campaign(year, level, batch, new LocalizedText($"{year}年绿色社区创建（{(level == TitleLevel.City ? "市级" : "区级")}）", $"{year} {(level == TitleLevel.City ? "city" : "district")}-level Green Community campaign"), scheme, timetable) { IsSample = true };
        campaign.Announce(SampleTime.Beijing(year, level == TitleLevel.City ? 7 : 2, 20, 10));
        return campaign;
    }

    private static async Task SaveAndClearAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private sealed record CommunityRef(int Id, int DistrictId);
}
