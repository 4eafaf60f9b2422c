using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;

namespace GreenCommunity.Domain.Tests.Editions;

public sealed class EditionTests
{
    private static readonly DateTime At = new(2004, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheContentHashIsStableForTheSameContentAndMovesWithAnyField()
    {
        static string Hash(decimal value, string? document = "doc", DateOnly? revokedOn = null)
        {
            using var hasher = new EditionContentHasher();
            hasher.AddAward(1, 10, 3, "City", 2002, 7, 94.5m, new DateOnly(2002, 12, 20), new DateOnly(2005, 12, 19), revokedOn, revokedOn is null ? null : "Penalty | case\nmarch");
            hasher.AddObservation(5, 2, 10, 2002, value, "PanelVerified", document);
            return hasher.Finish();
        }

        Assert.Equal(Hash(62m), Hash(62.0000m));
        Assert.Matches("^[0-9a-f]{64}$", Hash(62m));
        Assert.NotEqual(Hash(62m), Hash(62.1m));
        Assert.NotEqual(Hash(62m), Hash(62m, null));
        Assert.NotEqual(Hash(62m), Hash(62m, revokedOn: new DateOnly(2004, 3, 1)));
    }

    [Fact]
    public void TheHasherRefusesRowsOutOfCanonicalOrder()
    {
        using var hasher = new EditionContentHasher();
        hasher.AddObservation(5, 2, 10, 2002, 1m, "Survey", null);
        Assert.Throws<InvalidOperationException>(() => hasher.AddObservation(4, 2, 10, 2002, 1m, "Survey", null));
        Assert.Throws<InvalidOperationException>(() => hasher.AddAward(1, 1, 1, "City", 2002, 1, null, default, default, null, null));
    }

    [Fact]
    public void ProgrammeActivitiesAreHashedAfterTheMoneyAndMoveTheHash()
    {
        static EditionEventLine Event(int attendance, int[] visited) => new("ExchangeMeeting", "Individual", 2002, new DateOnly(2002, 6, 5), "交流会", "Exchange | meeting", "Hosted.", "CITY-EPB", null, 10, visited, "Managers", 1, attendance, true, null, "report");
        static EditionOutreachLine Outreach(int? quantity) => new("Poster", "ReportedTotal", "Print", 2002, null, "海报", "Posters", "", null, quantity, false, null, null, null, null, null, null, "report");
        static EditionPracticeLine Practice(DateOnly? endedOn) => new(10, "ShopAgreement", new DateOnly(2002, 3, 1), endedOn, "承诺", "Agreement", "Shops", "Minutes", 12, 4, null);
        static string Hash(EditionEventLine? e = null, EditionOutreachLine? o = null, EditionPracticeLine? p = null)
        {
            using var hasher = new EditionContentHasher();
            hasher.AddObservation(5, 2, 10, 2002, 62m, "PanelVerified", null);
            if (e is not null)
            {
                hasher.AddEvent(3, e);
            }

            if (o is not null)
            {
                hasher.AddOutreach(1, o);
            }

            if (p is not null)
            {
                hasher.AddPractice(2, p);
            }

            return hasher.Finish();
        }

        var all = Hash(Event(90, [11, 12]), Outreach(40_000), Practice(null));
        Assert.Equal(all, Hash(Event(90, [11, 12]), Outreach(40_000), Practice(null)));
        Assert.NotEqual(Hash(), Hash(Event(90, [11, 12])));
        Assert.NotEqual(all, Hash(Event(91, [11, 12]), Outreach(40_000), Practice(null)));
        Assert.NotEqual(all, Hash(Event(90, [12, 11]), Outreach(40_000), Practice(null)));
        Assert.NotEqual(all, Hash(Event(90, [11, 12]), Outreach(40_001), Practice(null)));
        Assert.NotEqual(all, Hash(Event(90, [11, 12]), Outreach(40_000), Practice(new DateOnly(2003, 1, 1))));

        // Events, outreach items, then practices: a kind out of order, or an ID out of order within one, is refused.
        using var hasher = new EditionContentHasher();
        hasher.AddOutreach(4, Outreach(1));
        Assert.Throws<InvalidOperationException>(() => hasher.AddEvent(9, Event(1, [])));
        Assert.Throws<InvalidOperationException>(() => hasher.AddOutreach(3, Outreach(1)));
        hasher.AddPractice(1, Practice(null));
        Assert.Throws<InvalidOperationException>(() => hasher.AddFundingAllocation(1, 2002, "City", null, null, null, 1, null, null, "Facilities", 1m, null));
    }

    [Fact]
    public void ACorrectionSupersedesWithoutErasingAndIsListedAsAChange()
    {
        var original = new Observation(1, 2, 2002, 28.4m, Provenance.OfficialRecord, "survey", At.AddYears(-1));
        var first = new Edition(1, At.AddYears(-1), "First");
        first.PublishObservation(original);
        var correction = new Observation(1, 2, 2002, 18.4m, Provenance.OfficialRecord, "correction", At);
        var second = new Edition(2, At, "Correction");
        second.Correct(original, correction);

        Assert.Equal(1, original.PublishedInEdition);
        Assert.Equal(2, original.SupersededInEdition);
        Assert.Same(correction, original.SupersededBy);
        Assert.Equal(28.4m, original.Value);
        Assert.Equal(2, correction.PublishedInEdition);
        var change = Assert.Single(second.Changes);
        Assert.Equal(EditionChangeKind.ObservationCorrected, change.Kind);
        Assert.Same(original, change.Replaced);
        Assert.Throws<InvalidOperationException>(() => second.Correct(original, new Observation(1, 2, 2002, 1m, Provenance.Survey, null, At)));
    }

    [Fact]
    public void AnAwardAsAnEarlierEditionListedItHasNoLaterRevocation()
    {
        var award = new Award(new AwardGrant(1, 1, TitleLevel.City, 2002, 1, 1, 3, new DateOnly(2002, 12, 20), 90m));
        new Edition(1, At.AddYears(-1), "Results").PublishAward(award);
        new Edition(2, At, "Revocation").RevokeAward(award, new DateOnly(2004, 3, 1), "Penalty case.");

        Assert.Null(award.AsPublishedIn(1).Revocation);
        Assert.True(award.AsPublishedIn(1).IsValidOn(new DateOnly(2004, 6, 1)));
        Assert.NotNull(award.Revocation);
        Assert.Same(award, award.AsPublishedIn(2));
    }

    [Fact]
    public void ASealedEditionTakesNoMoreChanges()
    {
        var edition = new Edition(3, At, "Values");
        edition.PublishObservation(new Observation(1, 2, 2003, 5m, Provenance.SelfReported, null, At));
        edition.Seal(new string('a', 64), 0, 1);
        Assert.Throws<InvalidOperationException>(() => edition.PublishObservation(new Observation(1, 3, 2003, 5m, Provenance.SelfReported, null, At)));
    }

    [Fact]
    public void IndicatorValuesMustFitTheUnit()
    {
        static IndicatorDefinition Of(string unit) => new("x", new GreenCommunity.Domain.Common.LocalizedText("x", "x"), unit, "", "", "");
        Assert.NotNull(Of("percent").RejectValue(100.5m));
        Assert.Null(Of("percent").RejectValue(62m));
        Assert.NotNull(Of("count").RejectValue(2.5m));
        Assert.NotNull(Of("flag").RejectValue(2m));
        Assert.Null(Of("flag").RejectValue(1m));
    }
}
