using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Tests.Common;

public sealed class ValueObjectTests
{
    [Fact]
    public void LocalizedTextRequiresBothLanguages()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText("侨苑社区", " "));
        Assert.Throws<ArgumentException>(() => new LocalizedText("", "Qiaoyuan"));
    }

    [Theory]
    [InlineData("侨苑", true)]
    [InlineData("qiaoyuan", true)]
    [InlineData("QIAO", true)]
    [InlineData("Dufu", false)]
    public void LocalizedTextMatchesEitherLanguage(string fragment, bool expected) =>
        Assert.Equal(expected, new LocalizedText("侨苑社区", "Qiaoyuan Community").Contains(fragment));

    [Theory]
    [InlineData(-90.1, 0)]
    [InlineData(90.1, 0)]
    [InlineData(0, -180.1)]
    [InlineData(0, 180.1)]
    [InlineData(double.NaN, 0)]
    public void GeoPointRejectsPositionsOffTheGlobe(double latitude, double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void PercentageStaysWithinZeroAndOne(double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Percentage((decimal)fraction));

    [Fact]
    public void PercentageConvertsFromPercent() => Assert.Equal(0.62m, Percentage.FromPercent(62).Fraction);
}
