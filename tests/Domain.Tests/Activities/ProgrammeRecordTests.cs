using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Tests.Activities;

public sealed class ProgrammeRecordTests
{
    private static readonly LocalizedText Title = new("培训", "Training");

    [Fact]
    public void AnIndividualEventNeedsTheDayItWasHeld()
    {
        var error = Event(RecordBasis.Individual, withDay: false).Check();
        Assert.Equal(("INVALID_INPUT", "heldOn"), (error?.Code, error?.Field));
    }

    [Fact]
    public void AnIndividualEventIsOneBatch()
    {
        Assert.Equal("sessions", Event(RecordBasis.Individual, sessions: 3).Check()?.Field);
        Assert.Null(Event(RecordBasis.Individual).Check());
    }

    [Fact]
    public void AReportedTotalCoversAYearNotADay()
    {
        Assert.Equal("heldOn", Event(RecordBasis.ReportedTotal, sessions: 9).Check()?.Field);
        Assert.Null(Event(RecordBasis.ReportedTotal, withDay: false, sessions: 9, attendance: 500, minimum: true).Check());
    }

    [Fact]
    public void AttendanceGivenAsAtLeastNeedsAFigure()
    {
        Assert.Equal("attendanceIsMinimum", Event(RecordBasis.Individual, attendance: null, minimum: true).Check()?.Field);
    }

    [Fact]
    public void TheDayFallsInTheYear()
    {
        Assert.Equal("heldOn", (Event(RecordBasis.Individual) with { Year = 2003 }).Check()?.Field);
    }

    [Fact]
    public void ACommunityIsVisitedOncePerEvent()
    {
        Assert.Equal("visitedCommunities", (Event(RecordBasis.Individual) with { VisitedCommunityIds = [4, 4] }).Check()?.Field);
    }

    [Fact]
    public void AStaleVersionIsAConflict()
    {
        var recorded = new ProgrammeEvent(Event(RecordBasis.Individual), 1, "reviewer-haizhu", new DateTime(2004, 3, 12, 0, 0, 0, DateTimeKind.Utc));
        Assert.Null(recorded.CheckRevisable(0));
        Assert.Equal(DomainErrorCodes.Conflict, recorded.CheckRevisable(1)?.Code);
        recorded.Revise(Event(RecordBasis.Individual) with { Attendance = 70 }, 1, "reviewer-haizhu", new DateTime(2004, 3, 13, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(1, recorded.Version);
        Assert.Equal(70, recorded.Attendance);
    }

    [Fact]
    public void MediaCoverageGoesThroughTheMedia()
    {
        Assert.Equal("channel", OutreachItem.Check(Outreach(OutreachKind.PressCoverage, OutreachChannel.Community))?.Field);
        Assert.Null(OutreachItem.Check(Outreach(OutreachKind.PressCoverage, OutreachChannel.Media)));
    }

    [Fact]
    public void ANoticeAnnouncementNamesItsNotice()
    {
        Assert.Equal("publicityNotice", OutreachItem.Check(Outreach(OutreachKind.NoticeAnnouncement, OutreachChannel.Street))?.Field);
        Assert.Null(OutreachItem.Check(Outreach(OutreachKind.NoticeAnnouncement, OutreachChannel.Street) with { PublicityNoticeId = 1 }));
        Assert.Equal("channel", OutreachItem.Check(Outreach(OutreachKind.NoticeAnnouncement, OutreachChannel.Household) with { PublicityNoticeId = 1 })?.Field);
    }

    [Fact]
    public void OnlyPrintedMaterialHasAPrintRun()
    {
        Assert.Equal("printRun", OutreachItem.Check(Outreach(OutreachKind.NoticeBoard, OutreachChannel.Community) with { PrintRun = 1 })?.Field);
        Assert.Null(OutreachItem.Check(Outreach(OutreachKind.Poster, OutreachChannel.Community) with { PrintRun = 2, Quantity = 20_000 }));
    }

    [Fact]
    public void APracticeNeedsEvidenceAndEndsAfterItStarts()
    {
        var practice = new PracticeDetails(PracticeKind.WildlifeShopAgreement, new DateOnly(2002, 5, 1), null, Title, "Agreements with the shops.", "Signed agreements.", 12, null);
        Assert.Null(CommunityPractice.Check(practice));
        Assert.Equal("evidence", CommunityPractice.Check(practice with { Evidence = " " })?.Field);
        Assert.Equal("endedOn", CommunityPractice.Check(practice with { EndedOn = new DateOnly(2002, 4, 30) })?.Field);
    }

    private static ProgrammeEventDetails Event(RecordBasis basis, bool withDay = true, int sessions = 1, int? attendance = 64, bool minimum = false) =>
        new(ProgrammeEventKind.ManagerTraining, basis, 2004, withDay ? new DateOnly(2004, 3, 12) : null, Title, "Managers of Haizhu's communities.", "440105-EPB", 7, [], EventAudience.Managers, sessions, attendance, minimum, null, null, null);

    private static OutreachDetails Outreach(OutreachKind kind, OutreachChannel channel) =>
        new(kind, RecordBasis.Individual, channel, 2002, null, Title, "Coverage.", null, null, false, null, null, null, null, null, null);
}
