using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Tests.Criteria;

public sealed class CriteriaVersionTests
{
    private static CriteriaScheme Published()
    {
        var scheme = new CriteriaScheme("GC", 1, new LocalizedText("标准", "Criteria"), 3, "mean");
        var section = scheme.AddSection("S1", new LocalizedText("管理", "Management"));
        section.AddIndicator("S1.1", new LocalizedText("制度", "System"), 60, "g", "e");
        section.AddIndicator("S1.2", new LocalizedText("监督", "Supervision"), 40, "g", "e");
        scheme.AddGate(GateKind.MinimumOccupancy, new LocalizedText("入住率", "Occupancy"), 0.6m);
        scheme.AddGate(GateKind.NoPenaltyCase, new LocalizedText("无处罚", "No penalty"));
        scheme.SetPassMark(TitleLevel.City, 85);
        Assert.True(scheme.Publish(new DateOnly(2001, 3, 1)).Succeeded);
        return scheme;
    }

    [Fact]
    public void ADraftIsACopyOfThePublishedVersionNumberedAfterTheHighest()
    {
        var v1 = Published();
        var (draft, error) = CriteriaScheme.DraftNext(v1, highestVersion: 1, openDraftExists: false);

        Assert.Null(error);
        Assert.Equal(2, draft!.Version);
        Assert.Equal(1, draft.BasedOnVersion);
        Assert.Equal(CriteriaSchemeStatus.Draft, draft.Status);
        Assert.Null(draft.PublishedOn);
        Assert.Equal(["S1.1", "S1.2"], draft.Sections.SelectMany(s => s.Indicators).Select(i => i.Code));
        Assert.Equal(0.6m, draft.Gates.Single(g => g.Kind == GateKind.MinimumOccupancy).Threshold);
        Assert.Equal(85, draft.PassMarkFor(TitleLevel.City));
    }

    [Fact]
    public void OnlyOneDraftPerCodeMayBeOpen()
    {
        var (draft, error) = CriteriaScheme.DraftNext(Published(), highestVersion: 2, openDraftExists: true);
        Assert.Null(draft);
        Assert.Equal(DomainErrorCodes.Duplicate, error!.Code);
    }

    [Fact]
    public void PublishedVersionsRefuseEveryEditAndASecondPublication()
    {
        var v1 = Published();
        var edit = v1.Apply([new CriteriaEdit.SetIndicatorPoints("S1.1", 50)]);
        Assert.Equal(DomainErrorCodes.WrongState, edit.Error!.Code);
        Assert.False(edit.ChangesKept);
        Assert.Equal(60, v1.Sections[0].Indicators[0].MaximumPoints);
        Assert.Equal(DomainErrorCodes.WrongState, v1.Publish(new DateOnly(2002, 1, 1)).Error!.Code);
        Assert.Throws<InvalidOperationException>(() => v1.AddSection("S9", new LocalizedText("新", "New")));
        Assert.Throws<InvalidOperationException>(() => v1.SetPassMark(TitleLevel.District, 1));
        Assert.Throws<InvalidOperationException>(() => v1.Sections[0].AddIndicator("S1.9", new LocalizedText("新", "New"), 1, "g", "e"));
        Assert.Throws<InvalidOperationException>(() => v1.AddGate(GateKind.ComplaintsHandled, new LocalizedText("投诉", "Complaints")));
    }

    [Fact]
    public void DraftEditsChangeTheDraftAndTheDiffNamesEachChange()
    {
        var v1 = Published();
        var draft = CriteriaScheme.DraftNext(v1, 1, false).Draft!;
        var outcome = draft.Apply(
        [
            new CriteriaEdit.SetIndicatorPoints("S1.1", 50),
            new CriteriaEdit.RemoveIndicator("S1.2"),
            new CriteriaEdit.AddSection("S2", new LocalizedText("低碳", "Low carbon")),
            new CriteriaEdit.AddIndicator("S2", "S2.1", new LocalizedText("节能", "Energy saving"), 50, "g", "e"),
            new CriteriaEdit.SetGateThreshold(GateKind.MinimumOccupancy, 0.7m),
            new CriteriaEdit.RemoveGate(GateKind.NoPenaltyCase),
            new CriteriaEdit.AddGate(GateKind.ComplaintsHandled, new LocalizedText("投诉", "Complaints"), null),
            new CriteriaEdit.SetPassMark(TitleLevel.City, 80),
        ]);

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, draft.Revision);
        Assert.Equal(100, draft.MaximumScore);
        var diff = CriteriaSchemeDiff.Between(v1, draft);
        Assert.Equal(["S2"], diff.SectionsAdded.Select(s => s.Code));
        Assert.Empty(diff.SectionsRemoved);
        Assert.Equal(["S2.1"], diff.IndicatorsAdded.Select(i => i.Code));
        Assert.Equal(["S1.2"], diff.IndicatorsRemoved.Select(i => i.Code));
        Assert.Equal([new IndicatorReweighting("S1.1", 60, 50)], diff.IndicatorsReweighted);
        Assert.Equal([GateKind.ComplaintsHandled], diff.GatesAdded.Select(g => g.Kind));
        Assert.Equal([GateKind.NoPenaltyCase], diff.GatesRemoved.Select(g => g.Kind));
        Assert.Equal([new GateChange(GateKind.MinimumOccupancy, 0.6m, 0.7m)], diff.GatesChanged);
        Assert.Equal([new PassMarkChange(TitleLevel.City, 85, 80)], diff.PassMarksChanged);
        Assert.Equal(60, v1.Sections[0].Indicators[0].MaximumPoints);
    }

    [Theory]
    [InlineData("missing-indicator", DomainErrorCodes.NotFound)]
    [InlineData("zero-points", DomainErrorCodes.InvalidInput)]
    [InlineData("taken-code", DomainErrorCodes.InvalidInput)]
    [InlineData("bad-threshold", DomainErrorCodes.InvalidInput)]
    public void RefusesABadEditAndNamesIt(string edit, string code)
    {
        var draft = CriteriaScheme.DraftNext(Published(), 1, false).Draft!;
        CriteriaEdit bad = edit switch
        {
            "missing-indicator" => new CriteriaEdit.RemoveIndicator("S7.7"),
            "zero-points" => new CriteriaEdit.SetIndicatorPoints("S1.1", 0),
            "taken-code" => new CriteriaEdit.AddSection("S1", new LocalizedText("重复", "Twice")),
            _ => new CriteriaEdit.SetGateThreshold(GateKind.MinimumOccupancy, 1.5m),
        };

        var outcome = draft.Apply([new CriteriaEdit.SetPassMark(TitleLevel.City, 70), bad]);

        Assert.Equal(code, outcome.Error!.Code);
        Assert.Equal("edits.1", outcome.Error.Field);
        Assert.False(outcome.ChangesKept);
    }

    [Fact]
    public void PublishingChecksTheDraftIsWhole()
    {
        var draft = CriteriaScheme.DraftNext(Published(), 1, false).Draft!;
        Assert.True(draft.Apply([new CriteriaEdit.AddSection("S2", new LocalizedText("空", "Empty"))]).Succeeded);
        Assert.Equal(DomainErrorCodes.InvalidInput, draft.Publish(new DateOnly(2005, 1, 1)).Error!.Code);
        Assert.True(draft.Apply([new CriteriaEdit.RemoveSection("S2"), new CriteriaEdit.SetPassMark(TitleLevel.District, 101)]).Succeeded);
        Assert.Contains("above the maximum", draft.Publish(new DateOnly(2005, 1, 1)).Error!.Message, StringComparison.Ordinal);
        Assert.True(draft.Apply([new CriteriaEdit.SetPassMark(TitleLevel.District, 75)]).Succeeded);

        Assert.True(draft.Publish(new DateOnly(2005, 1, 1)).Succeeded);
        Assert.Equal(CriteriaSchemeStatus.Published, draft.Status);
        Assert.Equal(new DateOnly(2005, 1, 1), draft.PublishedOn);
    }

    [Fact]
    public void ACampaignBindsOnlyToAPublishedVersion()
    {
        var draft = CriteriaScheme.DraftNext(Published(), 1, false).Draft!;
        var timetable = new Campaigns.CampaignTimetable(new(2005, 3, 1), new(2005, 4, 30), new(2005, 6, 1), new(2005, 9, 30), 7);
        Assert.Throws<ArgumentException>(() => new Campaigns.Campaign(2005, TitleLevel.City, 1, new LocalizedText("2005年", "2005"), draft, timetable));
        Assert.True(draft.Publish(new DateOnly(2005, 1, 1)).Succeeded);
        Assert.Equal(2, new Campaigns.Campaign(2005, TitleLevel.City, 1, new LocalizedText("2005年", "2005"), draft, timetable).Scheme!.Version);
    }
}
