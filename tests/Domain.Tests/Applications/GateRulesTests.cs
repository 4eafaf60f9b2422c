using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Tests.Applications;

public sealed class GateRulesTests
{
    private static readonly DateTime At = new(2002, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CriteriaScheme Scheme()
    {
        var scheme = new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, "mean");
        scheme.AddGate(GateKind.MinimumOccupancy, new LocalizedText("入住率", "Occupancy"), 0.6m);
        scheme.AddGate(GateKind.NoPenaltyCase, new LocalizedText("无处罚", "No penalty"));
        scheme.AddGate(GateKind.ComplaintsHandled, new LocalizedText("投诉", "Complaints"));
        return scheme;
    }

    [Theory]
    [InlineData(0.60, true)]
    [InlineData(0.5999, false)]
    [InlineData(0.95, true)]
    public void OccupancyGatePassesFromSixtyPercent(double occupancy, bool passes)
    {
        var facts = new GateFacts(new Percentage((decimal)occupancy), 0, 0, 0, "street office");
        var verdict = GateRules.Judge(Scheme(), facts, GateStage.Submission, At).Single(v => v.Gate == GateKind.MinimumOccupancy);
        Assert.Equal(passes, verdict.Passed);
        Assert.Contains("street office", verdict.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyPenaltyCaseFailsTheGate()
    {
        var facts = new GateFacts(new Percentage(0.9m), 1, 0, 0, "EPB records");
        Assert.False(GateRules.Judge(Scheme(), facts, GateStage.Submission, At).Single(v => v.Gate == GateKind.NoPenaltyCase).Passed);
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(5, 4, false)]
    [InlineData(0, 0, true)]
    public void ComplaintsMustAllBeAnsweredInTime(int received, int answered, bool passes)
    {
        var facts = new GateFacts(new Percentage(0.9m), 0, received, answered, "complaints register");
        Assert.Equal(passes, GateRules.Judge(Scheme(), facts, GateStage.CollectiveReview, At).Single(v => v.Gate == GateKind.ComplaintsHandled).Passed);
    }

    [Fact]
    public void GivesOneVerdictPerGateAtTheStageAsked()
    {
        var verdicts = GateRules.Judge(Scheme(), new GateFacts(new Percentage(0.9m), 0, 0, 0, "x"), GateStage.CollectiveReview, At);
        Assert.Equal(3, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal(GateStage.CollectiveReview, v.Stage));
    }

    [Fact]
    public void AnOccupancyGateNeedsAThreshold()
    {
        var scheme = new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, "mean");
        Assert.Throws<ArgumentOutOfRangeException>(() => scheme.AddGate(GateKind.MinimumOccupancy, new LocalizedText("入住率", "Occupancy")));
    }
}
