using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Tests.Geography;

public sealed class DistrictTests
{
    private static readonly DateOnly Founded = new(1960, 1, 1);
    private static readonly DateOnly Merger = new(2005, 4, 28);

    [Fact]
    public void AMergedDistrictEndsTheDayBeforeTheMerger()
    {
        var yuexiu = new District("440104", new LocalizedText("越秀区", "Yuexiu"), Founded);
        var dongshan = new District("440102", new LocalizedText("东山区", "Dongshan"), Founded);
        dongshan.MergeInto(yuexiu, Merger);

        Assert.Equal(new DateOnly(2005, 4, 27), dongshan.EffectiveTo);
        Assert.Same(yuexiu, dongshan.SucceededBy);
        Assert.True(dongshan.IsEffectiveOn(new DateOnly(2002, 12, 20)));
        Assert.False(dongshan.IsEffectiveOn(Merger));
        Assert.True(yuexiu.IsEffectiveOn(Merger));
    }

    [Fact]
    public void ADistrictCannotMergeIntoItself()
    {
        var district = new District("440104", new LocalizedText("越秀区", "Yuexiu"), Founded);
        Assert.Throws<InvalidOperationException>(() => district.MergeInto(district, Merger));
    }

    [Fact]
    public void AStreetMovesToTheSuccessorDistrict()
    {
        var yuexiu = new District("440104", new LocalizedText("越秀区", "Yuexiu"), Founded);
        var dongshan = new District("440102", new LocalizedText("东山区", "Dongshan"), Founded);
        var street = new Street("440102-001", new LocalizedText("农林街道", "Nonglin Subdistrict"), dongshan);
        street.MoveTo(yuexiu);
        Assert.Same(yuexiu, street.District);
    }

    [Fact]
    public void CommunitiesCannotHaveNegativeHouseholds()
    {
        var district = new District("440104", new LocalizedText("越秀区", "Yuexiu"), Founded);
        var street = new Street("440104-001", new LocalizedText("北京街道", "Beijing Subdistrict"), district);
        var attributes = new CommunityAttributes(CommunityKind.Historic, false, CoBuiltWith.None, false, -1, null, null);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Community("YX-X", new LocalizedText("某社区", "Some Community"), street, attributes));
    }
}
