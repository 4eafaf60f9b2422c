using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Tests.Awards;

public sealed class AwardTests
{
    private static Award CityAward2002() =>
        new(new AwardGrant(1, 1, TitleLevel.City, 2002, 1, 1, ValidityYears: 3, AwardedOn: new DateOnly(2002, 12, 20), Score: 91.3m));

    [Fact]
    public void IsValidForTheSchemesValidityYears()
    {
        var award = CityAward2002();
        Assert.Equal(new DateOnly(2005, 12, 19), award.ValidUntil);
        Assert.False(award.IsValidOn(new DateOnly(2002, 12, 19)));
        Assert.True(award.IsValidOn(new DateOnly(2002, 12, 20)));
        Assert.True(award.IsValidOn(new DateOnly(2005, 12, 19)));
        Assert.False(award.IsValidOn(new DateOnly(2005, 12, 20)));
    }

    [Fact]
    public void ARevokedAwardStaysOnRecordButIsNoLongerValid()
    {
        var award = CityAward2002();
        award.Revoke(new DateOnly(2003, 6, 1), "Penalty case for illegal discharge.");
        Assert.True(award.IsValidOn(new DateOnly(2003, 5, 31)));
        Assert.False(award.IsValidOn(new DateOnly(2003, 6, 1)));
        Assert.Equal("Penalty case for illegal discharge.", award.Revocation!.Reason);
        Assert.Throws<InvalidOperationException>(() => award.Revoke(new DateOnly(2003, 7, 1), "Again."));
    }

    [Fact]
    public void ARevocationNeedsAReason() => Assert.Throws<ArgumentException>(() => CityAward2002().Revoke(new DateOnly(2003, 6, 1), ""));

    [Fact]
    public void PublishingKeepsTheFirstPublicationTime()
    {
        var award = CityAward2002();
        Assert.Null(award.PublishedAt);
        award.Publish(new DateTime(2002, 12, 20, 0, 0, 0, DateTimeKind.Utc));
        award.Publish(new DateTime(2003, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2002, 12, 20, 0, 0, 0, DateTimeKind.Utc), award.PublishedAt);
    }
}
