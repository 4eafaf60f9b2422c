using System.Globalization;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>Deterministic evaluator points for the sample evaluations; panel scores are computed, never typed in.</summary>
internal static class SampleScoring
{
    private const int MaximumAttempts = 10_000;

    /// <summary>The scheme's indicators in order (S1.1, S1.2 ... S5.3).</summary>
    public static IReadOnlyList<Indicator> IndicatorsOf(CriteriaScheme scheme) =>
        scheme.Sections.SelectMany(s => s.Indicators).ToList();

    /// <summary>
    /// Draws points (in half points) for <paramref name="members"/> evaluators on every indicator until the panel
    /// score computed by <see cref="PanelScoring.PanelScore"/> lies within [<paramref name="minimum"/>, <paramref name="maximum"/>].
    /// </summary>
    public static (decimal[][] Points, decimal PanelScore) Draw(SampleRandom random, IReadOnlyList<Indicator> indicators, int members, decimal minimum, decimal maximum)
    {
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var quality = ((double)minimum / 100) + (random.NextDouble() * (double)(maximum - minimum) / 100);
            var points = Enumerable.Range(0, members)
                .Select(_ => indicators.Select(i => PointsFor(random, i, quality)).ToArray())
                .ToArray();
            var score = PanelScoring.PanelScore(points.Select(p => p.Sum()).ToList());
            if (score >= minimum && score <= maximum)
            {
                return (points, score);
            }
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No sample score within {minimum}..{maximum} was drawn."));
    }

    /// <summary>One evaluator's points for one indicator: the quality plus a little noise, in half points within 0..maximum.</summary>
    public static decimal PointsFor(SampleRandom random, Indicator indicator, double quality)
    {
        var share = Math.Clamp(quality + ((random.NextDouble() - 0.5) * 0.16), 0.3, 1.0);
        var points = Math.Round(indicator.MaximumPoints * (decimal)share * 2m, MidpointRounding.AwayFromZero) / 2m;
        return Math.Min(points, indicator.MaximumPoints);
    }

    /// <summary>Feedback naming the strongest and the weakest sign, judged on the mean share of points per section.</summary>
    public static string Feedback(CriteriaScheme scheme, IReadOnlyList<Indicator> indicators, decimal[][] points)
    {
        var shares = scheme.Sections
            .Select(s => (Section: s, Share: s.Indicators.Sum(i => points.Average(p => p[IndexOf(indicators, i)])) / s.MaximumPoints))
            .ToList();
        var strongest = shares.MaxBy(s => s.Share).Section;
        var weakest = shares.MinBy(s => s.Share).Section;
        return $"Strongest sign: {strongest.Title.En}. To improve before the next review: {weakest.Title.En}; the panel left written suggestions with the residents' committee.";
    }

    private static int IndexOf(IReadOnlyList<Indicator> indicators, Indicator indicator)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (ReferenceEquals(indicators[i], indicator))
            {
                return i;
            }
        }

        throw new ArgumentException("The indicator is not in the list.", nameof(indicator));
    }
}
