namespace GreenCommunity.Domain.Criteria;

/// <summary>
/// What changed between two versions of a scheme: sections and indicators (matched by code) added, removed or
/// re-weighted, gates (matched by kind) added, removed or with a new threshold, pass marks changed.
/// </summary>
public sealed record CriteriaSchemeDiff(
    CriteriaScheme From,
    CriteriaScheme To,
    IReadOnlyList<CriteriaSection> SectionsAdded,
    IReadOnlyList<CriteriaSection> SectionsRemoved,
    IReadOnlyList<Indicator> IndicatorsAdded,
    IReadOnlyList<Indicator> IndicatorsRemoved,
    IReadOnlyList<IndicatorReweighting> IndicatorsReweighted,
    IReadOnlyList<Gate> GatesAdded,
    IReadOnlyList<Gate> GatesRemoved,
    IReadOnlyList<GateChange> GatesChanged,
    IReadOnlyList<PassMarkChange> PassMarksChanged)
{
    /// <summary>Compares <paramref name="from"/> with <paramref name="to"/>.</summary>
    public static CriteriaSchemeDiff Between(CriteriaScheme from, CriteriaScheme to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = from.Sections.SelectMany(s => s.Indicators).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var after = to.Sections.SelectMany(s => s.Indicators).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var gatesBefore = from.Gates.ToDictionary(g => g.Kind);
        var gatesAfter = to.Gates.ToDictionary(g => g.Kind);
        return new CriteriaSchemeDiff(
            from,
            to,
            [.. to.Sections.Where(s => !from.Sections.Any(f => f.Code == s.Code)).OrderBy(s => s.Position)],
            [.. from.Sections.Where(s => !to.Sections.Any(t => t.Code == s.Code)).OrderBy(s => s.Position)],
            [.. after.Values.Where(i => !before.ContainsKey(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal)],
            [.. before.Values.Where(i => !after.ContainsKey(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal)],
            [.. after.Values.Where(i => before.TryGetValue(i.Code, out var b) && b.MaximumPoints != i.MaximumPoints)
                .OrderBy(i => i.Code, StringComparer.Ordinal)
                .Select(i => new IndicatorReweighting(i.Code, before[i.Code].MaximumPoints, i.MaximumPoints))],
            [.. gatesAfter.Values.Where(g => !gatesBefore.ContainsKey(g.Kind)).OrderBy(g => g.Kind)],
            [.. gatesBefore.Values.Where(g => !gatesAfter.ContainsKey(g.Kind)).OrderBy(g => g.Kind)],
            [.. gatesAfter.Values.Where(g => gatesBefore.TryGetValue(g.Kind, out var b) && b.Threshold != g.Threshold)
                .OrderBy(g => g.Kind)
                .Select(g => new GateChange(g.Kind, gatesBefore[g.Kind].Threshold, g.Threshold))],
            [.. Enum.GetValues<TitleLevel>()
                .Where(l => from.PassMarkFor(l) != to.PassMarkFor(l))
                .Select(l => new PassMarkChange(l, from.PassMarkFor(l), to.PassMarkFor(l)))]);
    }
}

/// <summary>An indicator kept under the same code with a different maximum.</summary>
public sealed record IndicatorReweighting(string Code, decimal PointsBefore, decimal PointsAfter);

/// <summary>A gate kept with a different threshold.</summary>
public sealed record GateChange(GateKind Kind, decimal? ThresholdBefore, decimal? ThresholdAfter);

/// <summary>A level's pass mark set, changed or dropped.</summary>
public sealed record PassMarkChange(TitleLevel Level, decimal? Before, decimal? After);
