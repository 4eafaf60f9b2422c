using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Domain.Tests.Evaluations;

public sealed class PanelScoringTests
{
    [Theory]
    [InlineData(new[] { 90.0, 91.0 }, 90.5)]
    [InlineData(new[] { 90.0, 90.0, 90.1 }, 90.0)]
    [InlineData(new[] { 85.25, 85.2 }, 85.2)]
    [InlineData(new[] { 85.25, 85.25 }, 85.3)]
    [InlineData(new[] { 100.0 }, 100.0)]
    public void IsTheMeanOfEvaluatorTotalsRoundedHalfUpToOneDecimal(double[] totals, double expected) =>
        Assert.Equal((decimal)expected, PanelScoring.PanelScore([.. totals.Select(t => (decimal)t)]));

    [Fact]
    public void NeedsAtLeastOneEvaluator() => Assert.Throws<ArgumentException>(() => PanelScoring.PanelScore([]));

    [Fact]
    public void StaysBetweenTheLowestAndHighestTotal()
    {
        var random = new Random(2002);
        for (var i = 0; i < 1000; i++)
        {
            var totals = Enumerable.Range(0, random.Next(1, 7)).Select(_ => Math.Round((decimal)random.NextDouble() * 100m, 2)).ToList();
            var score = PanelScoring.PanelScore(totals);
            Assert.InRange(score, Math.Round(totals.Min(), 1, MidpointRounding.AwayFromZero), Math.Round(totals.Max(), 1, MidpointRounding.AwayFromZero));
            Assert.Equal(score, Math.Round(score, 1));
        }
    }
}
