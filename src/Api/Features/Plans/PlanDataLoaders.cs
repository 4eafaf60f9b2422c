using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Plans;

/// <summary>What a plan's year achieved.</summary>
/// <param name="Applications">Applications submitted in the year's published campaigns.</param>
/// <param name="DistrictTitles">District-level titles made in the area.</param>
/// <param name="CityTitles">City-level titles made in the area.</param>
/// <param name="TaskCommunitiesWithDistrictTitle">Task communities with a district-level title of the year.</param>
/// <param name="TaskCommunitiesWithCityTitle">Task communities with a city-level title of the year.</param>
public sealed record PlanResults(int Applications, int DistrictTitles, int CityTitles, int TaskCommunitiesWithDistrictTitle, int TaskCommunitiesWithCityTitle);

/// <summary>
/// The results of plans, by plan ID: four grouped queries for any number of plans (the plans' years and areas; the
/// applications by year and district; the titles by year, district and level; the task communities' titles).
/// </summary>
public sealed class PlanResultsByPlanIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, PlanResults>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, PlanResults>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var plans = await db.AnnualPlans.Where(p => keys.Contains(p.Id)).Select(p => new { p.Id, p.Year, p.DistrictId }).ToListAsync(cancellationToken);
        var years = plans.Select(p => p.Year).Distinct().ToList();
        var applications = await db.Applications
            .Where(a => years.Contains(a.Campaign!.Year) && a.Campaign.ResultsPublishedAt != null && a.Status != ApplicationStatus.Draft)
            .GroupBy(a => new { a.Campaign!.Year, a.Community!.Street!.DistrictId })
            .Select(g => new { g.Key.Year, g.Key.DistrictId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var titles = await db.PublishedAwards()
            .Where(a => years.Contains(a.Year))
            .GroupBy(a => new { a.Year, a.DistrictAtAwardId, a.Level })
            .Select(g => new { g.Key.Year, g.Key.DistrictAtAwardId, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var taskTitles = await (from p in db.AnnualPlans
                                where keys.Contains(p.Id)
                                from t in p.TaskCommunities
                                from a in db.PublishedAwards()
                                where a.CommunityId == t.CommunityId && a.Year == p.Year
                                group a by new { PlanId = p.Id, a.Level } into g
                                select new { g.Key.PlanId, g.Key.Level, Count = g.Select(a => a.CommunityId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return plans.ToDictionary(p => p.Id, p =>
        {
            bool InArea(int districtId) => p.DistrictId is null || p.DistrictId == districtId;
            int Titles(TitleLevel level) => titles.Where(t => t.Year == p.Year && t.Level == level && InArea(t.DistrictAtAwardId)).Sum(t => t.Count);
            int TaskTitles(TitleLevel level) => taskTitles.Where(t => t.PlanId == p.Id && t.Level == level).Sum(t => t.Count);
            return new PlanResults(
                applications.Where(a => a.Year == p.Year && InArea(a.DistrictId)).Sum(a => a.Count),
                Titles(TitleLevel.District),
                Titles(TitleLevel.City),
                TaskTitles(TitleLevel.District),
                TaskTitles(TitleLevel.City));
        });
    }
}
