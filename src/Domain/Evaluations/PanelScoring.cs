namespace GreenCommunity.Domain.Evaluations;

/// <summary>
/// The panel-score rule: each evaluator's total is the sum of their indicator points; the panel score is the
/// mean of the evaluators' totals, rounded half away from zero to one decimal place.
/// </summary>
public static class PanelScoring
{
    /// <summary>The rule in words, as shown with every scheme.</summary>
    public const string Rule = "Each evaluator's total is the sum of their indicator points; the panel score is the mean of the evaluators' totals, rounded half-up to one decimal.";

    /// <summary>The panel score of the given evaluator totals.</summary>
    public static decimal PanelScore(IReadOnlyCollection<decimal> evaluatorTotals)
    {
        ArgumentNullException.ThrowIfNull(evaluatorTotals);
        if (evaluatorTotals.Count == 0)
        {
            throw new ArgumentException("A panel score needs at least one evaluator's total.", nameof(evaluatorTotals));
        }

        return Math.Round(evaluatorTotals.Sum() / evaluatorTotals.Count, 1, MidpointRounding.AwayFromZero);
    }
}
