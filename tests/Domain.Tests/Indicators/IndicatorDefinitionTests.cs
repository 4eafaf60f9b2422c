using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;

namespace GreenCommunity.Domain.Tests.Indicators;

public sealed class IndicatorDefinitionTests
{
    private static readonly DateTime At = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ARevisionIsTheNextVersionAndLeavesTheEarlierOnesAsTheyWere()
    {
        var indicator = Define();
        var (version, error) = indicator.Revise(1, "percent", null, "Share of households.", null, " Households, not residents. ", At);

        Assert.Null(error);
        Assert.Equal(2, version!.Version);
        Assert.Equal((2, "percent", "Share of households.", "City EPB"), (indicator.Version, indicator.Unit, indicator.Methodology, indicator.Source));
        Assert.Equal("Households, not residents.", version.ChangeNote);
        Assert.Equal(At, version.RevisedAt);
        var first = Assert.Single(indicator.Versions, v => v.Version == 1);
        Assert.Equal(("count", "Counted by street offices.", string.Empty, (DateTime?)null), (first.Unit, first.Methodology, first.ChangeNote, first.RevisedAt));
    }

    [Fact]
    public void AStaleVersionAnEmptyNoteOrNoChangeIsRefusedAndChangesNothing()
    {
        var indicator = Define();
        Assert.Equal(DomainErrorCodes.Conflict, indicator.Revise(2, "percent", null, null, null, "Why.", At).Error!.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, indicator.Revise(1, "percent", null, null, null, "  ", At).Error!.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, indicator.Revise(1, " count ", "", null, null, "Why.", At).Error!.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, indicator.Revise(1, new string('u', 33), null, null, null, "Why.", At).Error!.Code);
        Assert.Equal((1, "count"), (indicator.Version, indicator.Unit));
        Assert.Single(indicator.Versions);
    }

    [Fact]
    public void AVersionChecksValuesAgainstItsOwnUnit()
    {
        var indicator = Define();
        indicator.Revise(1, "percent", null, null, null, "Shares.", At);
        Assert.NotNull(indicator.Versions[0].RejectValue(indicator.Code, 45.5m));
        Assert.Null(indicator.Versions[1].RejectValue(indicator.Code, 45.5m));
        Assert.NotNull(indicator.Versions[1].RejectValue(indicator.Code, 150m));
    }

    [Fact]
    public void AValueOfALaterVersionHashesItsVersionAndAVersion1ValueHashesAsBefore()
    {
        static string Hash(Action<EditionContentHasher> add)
        {
            using var hasher = new EditionContentHasher();
            add(hasher);
            return hasher.Finish();
        }

        var before = Hash(h => h.AddObservation(1, 2, 3, 2003, 12m, "Survey", null));
        Assert.Equal(before, Hash(h => h.AddObservation(1, 2, 1, 3, 2003, 12m, "Survey", null)));
        Assert.NotEqual(before, Hash(h => h.AddObservation(1, 2, 2, 3, 2003, 12m, "Survey", null)));
    }

    private static IndicatorDefinition Define() =>
        new("green-families", new LocalizedText("绿色家庭数", "Green families"), "count", "Families certified green.", "Counted by street offices.", "City EPB");
}
