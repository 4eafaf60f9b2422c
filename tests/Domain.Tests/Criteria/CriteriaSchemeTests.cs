using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Tests.Criteria;

public sealed class CriteriaSchemeTests
{
    [Fact]
    public void MaximumScoreIsTheSumOfTheIndicatorsMaxima()
    {
        var scheme = new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, "mean");
        var first = scheme.AddSection("S1", new LocalizedText("管理", "Management"));
        first.AddIndicator("S1.1", new LocalizedText("制度", "System"), 12, "g", "e");
        first.AddIndicator("S1.2", new LocalizedText("监督", "Supervision"), 8, "g", "e");
        var second = scheme.AddSection("S2", new LocalizedText("污染", "Pollution"));
        second.AddIndicator("S2.1", new LocalizedText("污染源", "Sources"), 20, "g", "e");

        Assert.Equal(20, first.MaximumPoints);
        Assert.Equal(40, scheme.MaximumScore);
        Assert.Equal(2, second.Position);
        Assert.Equal(2, first.Indicators[1].Position);
    }

    [Fact]
    public void IndicatorsAcceptPointsFromZeroToTheirMaximum()
    {
        var scheme = new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, "mean");
        var indicator = scheme.AddSection("S1", new LocalizedText("管理", "Management")).AddIndicator("S1.1", new LocalizedText("制度", "System"), 12, "g", "e");
        Assert.True(indicator.Accepts(0));
        Assert.True(indicator.Accepts(12));
        Assert.False(indicator.Accepts(12.01m));
        Assert.False(indicator.Accepts(-0.5m));
    }

    [Fact]
    public void RejectsDuplicateCodesAndKeepsOnePassMarkPerLevel()
    {
        var scheme = new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, "mean");
        scheme.AddSection("S1", new LocalizedText("管理", "Management"));
        Assert.Throws<InvalidOperationException>(() => scheme.AddSection("S1", new LocalizedText("管理", "Management")));
        scheme.SetPassMark(TitleLevel.City, 80);
        scheme.SetPassMark(TitleLevel.City, 85);
        Assert.Equal(85, scheme.PassMarkFor(TitleLevel.City));
        Assert.Null(scheme.PassMarkFor(TitleLevel.District));
    }
}
