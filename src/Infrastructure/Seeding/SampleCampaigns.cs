using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>The five sample campaigns.</summary>
/// <param name="District2001">2001, district level, batch 1 (the pilots); results published.</param>
/// <param name="District2002">2002, district level, batch 2; results published.</param>
/// <param name="City2002">2002, city level, batch 1: the report's 31 city-level Green Communities; results published.</param>
/// <param name="District2003">2003, district level, batch 3; in progress.</param>
/// <param name="City2003">2003, city level, batch 2; in progress.</param>
internal sealed record SampleCampaignSet(Campaign District2001, Campaign District2002, Campaign City2002, Campaign District2003, Campaign City2003);

/// <summary>
/// Campaigns and district-level awards. The report confirms the 2002 city-level campaign and its 31 titles;
/// the timetables, batches and every district-level award are ours.
/// </summary>
internal static class SampleCampaigns
{
    /// <summary>The publicity (objection) period of every sample campaign.</summary>
    public const int PublicityDays = 7;

    /// <summary>The day the 2002 city-level titles were granted.</summary>
    public static readonly DateOnly City2002AwardedOn = new(2002, 12, 20);

    private static readonly DateOnly District2001AwardedOn = new(2001, 12, 18);
    private static readonly DateOnly District2002AwardedOn = new(2002, 7, 5);

    /// <summary>Stores the campaigns and the district-level awards of 2001 and 2002.</summary>
    public static async Task<SampleCampaignSet> SeedAsync(GreenCommunityDbContext db, CriteriaScheme scheme, SampleGeographyResult geography, CancellationToken cancellationToken)
    {
        var set = new SampleCampaignSet(
            Create(scheme, 2001, TitleLevel.District, 1, "2001年广州市绿色社区创建（区级）", "2001 district-level Green Community campaign", new(2001, 4, 2), new(2001, 6, 29), new(2001, 9, 3), new(2001, 11, 30), SampleTime.Beijing(2001, 3, 15, 10)),
            Create(scheme, 2002, TitleLevel.District, 2, "2002年广州市绿色社区创建（区级）", "2002 district-level Green Community campaign", new(2002, 3, 1), new(2002, 4, 30), new(2002, 5, 8), new(2002, 6, 21), SampleTime.Beijing(2002, 2, 25, 10)),
            Create(scheme, 2002, TitleLevel.City, 1, "2002年广州市绿色社区创建（市级）", "2002 city-level Green Community campaign", new(2002, 8, 1), new(2002, 9, 30), new(2002, 10, 14), new(2002, 11, 29), SampleTime.Beijing(2002, 7, 22, 10)),
            Create(scheme, 2003, TitleLevel.District, 3, "2003年广州市绿色社区创建（区级）", "2003 district-level Green Community campaign", new(2003, 4, 1), new(2003, 8, 29), new(2003, 9, 15), new(2003, 11, 14), SampleTime.Beijing(2003, 3, 10, 10)),
            Create(scheme, 2003, TitleLevel.City, 2, "2003年广州市绿色社区创建（市级）", "2003 city-level Green Community campaign", new(2003, 8, 1), new(2003, 9, 30), new(2003, 10, 13), new(2003, 11, 28), SampleTime.Beijing(2003, 7, 28, 10)));

        set.District2001.MarkResultsPublished(SampleTime.Beijing(2001, 12, 28, 10));
        set.District2002.MarkResultsPublished(SampleTime.Beijing(2002, 7, 12, 10));
        set.City2002.MarkResultsPublished(SampleTime.Beijing(City2002AwardedOn, 10));

        // The 2003 campaigns are in progress: announced, results not published.
        db.Campaigns.AddRange(set.District2001, set.District2002, set.City2002, set.District2003, set.City2003);
        await db.SaveChangesAsync(cancellationToken);

        var random = new SampleRandom(2001);
        foreach (var community in geography.Communities.Where(c => c.Row.Title != DistrictTitle.None))
        {
            var in2001 = community.Row.Title is DistrictTitle.Year2001 or DistrictTitle.Year2001Revoked;
            var campaign = in2001 ? set.District2001 : set.District2002;
            var award = new Award(new AwardGrant(
                community.Entity.Id,
                campaign.Id,
                TitleLevel.District,
                campaign.Year,
                community.DistrictAtAward.Id,
                scheme.Id,
                scheme.ValidityYears,
                in2001 ? District2001AwardedOn : District2002AwardedOn,
                random.NextDecimal(78.0m, 93.0m, 1)))
            {
                IsSample = true,
            };
            award.Publish(campaign.ResultsPublishedAt!.Value);
            if (community.Row.Title == DistrictTitle.Year2001Revoked)
            {
                award.Revoke(
                    new DateOnly(2003, 6, 1),
                    "A penalty case for discharging catering waste water into the storm drain was confirmed against a restaurant run by the community's service centre in May 2003, so the no-penalty gate is no longer met. The title stays on record with this revocation.");
            }

            db.Awards.Add(award);
        }

        await db.SaveChangesAsync(cancellationToken);
        return set;
    }

    private static Campaign Create(
        CriteriaScheme scheme,
        int year,
        TitleLevel level,
        int batch,
        string zh,
        string en,
        DateOnly applicationsOpen,
        DateOnly applicationsClose,
        DateOnly evaluationStart,
        DateOnly evaluationEnd,
        DateTime announcedAt)
    {
        var timetable = new CampaignTimetable(applicationsOpen, applicationsClose, evaluationStart, evaluationEnd, PublicityDays);
        var campaign = new Campaign(year, level, batch, new LocalizedText(zh, en), scheme, timetable) { IsSample = true };
        campaign.Announce(announcedAt);
        return campaign;
    }
}
