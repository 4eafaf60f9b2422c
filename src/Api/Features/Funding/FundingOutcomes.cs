using GreenCommunity.Domain.Indicators;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Funding;

/// <summary>One row of <c>fundingOutcomes</c>; dimensions not grouped by are null.</summary>
public sealed record FundingOutcome(
    FundingCategory? Category,
    int? DistrictId,
    int? Year,
    IndicatorDefinition Indicator,
    int FundedCommunities,
    int UnfundedCommunities,
    int CommunitiesLeftOut,
    int CellsLeftOut,
    bool Suppressed,
    double? FundedMeanChange,
    double? UnfundedMeanChange,
    double? Difference,
    double? FundedAmountYuan);

/// <summary>The funded and unfunded halves of one CATEGORY × DISTRICT × YEAR cell, as the database sums them.</summary>
/// <param name="Category">The communities' funding category.</param>
/// <param name="DistrictId">Their current district.</param>
/// <param name="Year">The year Y.</param>
/// <param name="Funded">Funded communities with values in Y-1 and Y.</param>
/// <param name="FundedChange">The sum of their changes.</param>
/// <param name="FundedAmount">The money they received in Y.</param>
/// <param name="Unfunded">Unfunded communities with values in Y-1 and Y.</param>
/// <param name="UnfundedChange">The sum of their changes.</param>
public sealed record FundingOutcomeCell(FundingCategory? Category, int DistrictId, int Year, int Funded, double FundedChange, double FundedAmount, int Unfunded, double UnfundedChange);

/// <summary>
/// What the money achieved, computed in the database: two grouped queries over the indicator's published values (each
/// joined to the same community's value a year before) and the published allocations to communities. Disclosure as
/// for the questionnaires (ADR-018): every figure sums publishable cells only.
/// </summary>
public static class FundingOutcomes
{
    /// <summary>The indicator compared when none is named.</summary>
    public const string DefaultIndicator = "waste-sorting-participation";

    /// <summary>The cells of <paramref name="indicatorId"/> as edition <paramref name="edition"/> lists values and money.</summary>
    public static async Task<IReadOnlyList<FundingOutcomeCell>> CellsAsync(GreenCommunityDbContext db, int edition, int indicatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var values = db.ObservationsAsOf(edition).Where(o => o.IndicatorId == indicatorId);
        var money = db.FundingAllocationsAsOf(edition).Where(f => f.RecipientCommunityId != null && f.AmountYuan > 0)
            .GroupBy(f => new { f.RecipientCommunityId, f.Year })
            .Select(g => new { CommunityId = g.Key.RecipientCommunityId, g.Key.Year, Amount = g.Sum(f => (double)f.AmountYuan) });
        var changes = from now in values
                      join before in values on new { now.CommunityId, Year = now.Year - 1 } equals new { before.CommunityId, before.Year }
                      select new { now.CommunityId, now.Community!.FundingCategory, now.Community.Street!.DistrictId, now.Year, Change = (double)now.Value - (double)before.Value };

        // Two grouped queries: every community with a change, and the funded ones (the unfunded are the difference).
        var all = await changes.GroupBy(c => new { c.FundingCategory, c.DistrictId, c.Year })
            .Select(g => new { g.Key.FundingCategory, g.Key.DistrictId, g.Key.Year, Count = g.Count(), Change = g.Sum(c => c.Change) })
            .ToListAsync(cancellationToken);
        var funded = await (from c in changes
                            join m in money on new { CommunityId = (int?)c.CommunityId, c.Year } equals new { m.CommunityId, m.Year }
                            group new { c.Change, m.Amount } by new { c.FundingCategory, c.DistrictId, c.Year } into g
                            select new { g.Key.FundingCategory, g.Key.DistrictId, g.Key.Year, Count = g.Count(), Change = g.Sum(x => x.Change), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken);
        var paid = funded.ToDictionary(f => (f.FundingCategory, f.DistrictId, f.Year));
        return [.. all.Select(a =>
        {
            var f = paid.GetValueOrDefault((a.FundingCategory, a.DistrictId, a.Year));
            return new FundingOutcomeCell(a.FundingCategory, a.DistrictId, a.Year,
                f?.Count ?? 0, f?.Change ?? 0, f?.Amount ?? 0, a.Count - (f?.Count ?? 0), a.Change - (f?.Change ?? 0));
        })];
    }

    /// <summary>True when both halves of <paramref name="cell"/> reach <paramref name="minimumGroupSize"/> communities.</summary>
    public static bool Publishable(FundingOutcomeCell cell, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Funded >= minimumGroupSize && cell.Unfunded >= minimumGroupSize;
    }

    /// <summary>The published rows: each group sums its publishable cells; a group with none is suppressed.</summary>
    public static IReadOnlyList<FundingOutcome> Aggregate(IEnumerable<FundingOutcomeCell> cells, IReadOnlySet<FundingOutcomeDimension> groupBy, IndicatorDefinition indicator, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(groupBy);
        return [.. cells
            .GroupBy(c => (
                Category: groupBy.Contains(FundingOutcomeDimension.Category) ? c.Category : null,
                DistrictId: groupBy.Contains(FundingOutcomeDimension.District) ? c.DistrictId : (int?)null,
                Year: groupBy.Contains(FundingOutcomeDimension.Year) ? c.Year : (int?)null))
            .Select(g =>
            {
                var counted = g.Where(c => Publishable(c, minimumGroupSize)).ToList();
                var communities = g.Sum(c => c.Funded + c.Unfunded);
                var leftOut = communities - counted.Sum(c => c.Funded + c.Unfunded);
                var cellsLeftOut = g.Count() - counted.Count;
                var funded = g.Sum(c => c.Funded);
                var unfunded = g.Sum(c => c.Unfunded);
                if (counted.Count == 0)
                {
                    return new FundingOutcome(g.Key.Category, g.Key.DistrictId, g.Key.Year, indicator, funded, unfunded, leftOut, cellsLeftOut, true, null, null, null, null);
                }

                var fundedMean = counted.Sum(c => c.FundedChange) / counted.Sum(c => c.Funded);
                var unfundedMean = counted.Sum(c => c.UnfundedChange) / counted.Sum(c => c.Unfunded);
                return new FundingOutcome(g.Key.Category, g.Key.DistrictId, g.Key.Year, indicator, funded, unfunded, leftOut, cellsLeftOut, false,
                    Math.Round(fundedMean, 4), Math.Round(unfundedMean, 4), Math.Round(fundedMean - unfundedMean, 4), counted.Sum(c => c.FundedAmount));
            })
            .OrderBy(o => o.Year).ThenBy(o => o.Category).ThenBy(o => o.DistrictId)];
    }
}
