using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Activities;

/// <summary>Kinds of programme events.</summary>
public enum ProgrammeEventKind
{
    /// <summary>Green Community training for community managers (residents' committees, property management).</summary>
    ManagerTraining,

    /// <summary>A talk or session on Green Communities for residents.</summary>
    ResidentSession,

    /// <summary>A city or district exchange meeting (交流会).</summary>
    ExchangeMeeting,

    /// <summary>A visit to learn from another district or community (参观取经).</summary>
    StudyVisit,

    /// <summary>An event on World Environment Day, 5 June.</summary>
    EnvironmentDayEvent,

    /// <summary>A residents' environmental forum.</summary>
    ResidentForum,

    /// <summary>A volunteer activity.</summary>
    VolunteerActivity,
}

/// <summary>Who an event was for.</summary>
public enum EventAudience
{
    /// <summary>Community managers: residents' committees and property management.</summary>
    Managers,

    /// <summary>Residents.</summary>
    Residents,

    /// <summary>Officials of the city, districts and streets.</summary>
    Officials,

    /// <summary>The general public.</summary>
    Public,
}

/// <summary>What an event record says; checked by <see cref="Check"/> before it is stored.</summary>
/// <param name="Kind">The kind of event.</param>
/// <param name="Basis">One event, or a reported total.</param>
/// <param name="Year">The year it was held (for a reported total, the year it covers).</param>
/// <param name="HeldOn">The day; required for an individual event, none for a reported total.</param>
/// <param name="Title">A bilingual title.</param>
/// <param name="Description">What happened.</param>
/// <param name="OrganiserCode">The organiser's code (e.g. CITY-EPB), until organisations are records of their own.</param>
/// <param name="HostCommunityId">The community that hosted it.</param>
/// <param name="VisitedCommunityIds">The communities visited.</param>
/// <param name="Audience">Who it was for.</param>
/// <param name="Sessions">Batches held: 1 for an individual event; the reported count for a reported total.</param>
/// <param name="Attendance">Person-times attending; null when not reported.</param>
/// <param name="AttendanceIsMinimum">True when attendance is given as "more than" (e.g. 500+).</param>
/// <param name="CommunitiesRepresented">Communities whose people attended, when reported.</param>
/// <param name="CampaignId">The campaign it belonged to.</param>
/// <param name="SourceDocument">The document it was taken from.</param>
public sealed record ProgrammeEventDetails(
    ProgrammeEventKind Kind,
    RecordBasis Basis,
    int Year,
    DateOnly? HeldOn,
    LocalizedText? Title,
    string Description,
    string? OrganiserCode,
    int? HostCommunityId,
    IReadOnlyList<int> VisitedCommunityIds,
    EventAudience Audience,
    int Sessions,
    int? Attendance,
    bool AttendanceIsMinimum,
    int? CommunitiesRepresented,
    int? CampaignId,
    string? SourceDocument)
{
    /// <summary>The first rule the details break, or null.</summary>
    public DomainError? Check() => ProgrammeEvent.Check(this);
}

/// <summary>
/// A training session, exchange meeting, study visit, World Environment Day event, residents' forum or volunteer
/// activity, or a reported total of such events.
/// </summary>
public sealed class ProgrammeEvent : ProgrammeRecord
{
    /// <summary>The most communities one event visits.</summary>
    public const int MaxVisits = 50;

    private readonly List<ProgrammeEventVisit> _visits = [];

    private ProgrammeEvent()
    {
        Title = null!;
        Description = string.Empty;
    }

    /// <summary>Records a draft event of <paramref name="districtId"/> (null: city-wide); the details must pass <see cref="Check"/>.</summary>
    public ProgrammeEvent(ProgrammeEventDetails details, int? districtId, string recordedBy, DateTime recordedAt)
        : base(districtId, recordedBy, recordedAt)
    {
        Title = null!;
        Description = string.Empty;
        Apply(details);
    }

    /// <summary>The kind of event.</summary>
    public ProgrammeEventKind Kind { get; private set; }

    /// <summary>One event, or a reported total.</summary>
    public RecordBasis Basis { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>The day, for an individual event.</summary>
    public DateOnly? HeldOn { get; private set; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>What happened.</summary>
    public string Description { get; private set; }

    /// <summary>The organiser's code, e.g. CITY-EPB or 440104-EPB.</summary>
    public string? OrganiserCode { get; private set; }

    /// <summary>The community that hosted it.</summary>
    public int? HostCommunityId { get; private set; }

    /// <summary>The community that hosted it.</summary>
    public Community? HostCommunity { get; private set; }

    /// <summary>The communities visited.</summary>
    public IReadOnlyList<ProgrammeEventVisit> Visits => _visits;

    /// <summary>Who it was for.</summary>
    public EventAudience Audience { get; private set; }

    /// <summary>Batches (sessions) held.</summary>
    public int Sessions { get; private set; }

    /// <summary>Person-times attending; null when not reported.</summary>
    public int? Attendance { get; private set; }

    /// <summary>True when attendance is given as "more than".</summary>
    public bool AttendanceIsMinimum { get; private set; }

    /// <summary>Communities whose people attended, when reported.</summary>
    public int? CommunitiesRepresented { get; private set; }

    /// <summary>The campaign it belonged to.</summary>
    public int? CampaignId { get; private set; }

    /// <inheritdoc />
    public override string RecordType => ProgrammeRecordTypes.Event;

    /// <summary>The first rule <paramref name="d"/> breaks, or null.</summary>
    public static DomainError? Check(ProgrammeEventDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return CheckYear(d.Year)
            ?? CheckText(d.Title, d.Description, d.SourceDocument)
            ?? (d.Basis == RecordBasis.Individual && d.HeldOn is null ? Invalid("An individual event needs the day it was held.", "heldOn")
            : d.Basis == RecordBasis.ReportedTotal && d.HeldOn is not null ? Invalid("A reported total covers a year, not a day: leave heldOn out.", "heldOn")
            : d.HeldOn is { } day && day.Year != d.Year ? Invalid("The day must fall in the year.", "heldOn")
            : d.Basis == RecordBasis.Individual && d.Sessions != 1 ? Invalid("An individual event is one batch; record several batches as several events, or as a reported total.", "sessions")
            : d.Sessions is < 1 or > 100_000 ? Invalid("Sessions must be from 1 to 100,000.", "sessions")
            : d.Attendance is < 0 or > 10_000_000 ? Invalid("Attendance must be from 0 to 10,000,000 person-times.", "attendance")
            : d.Attendance is null && d.AttendanceIsMinimum ? Invalid("'At least' needs an attendance figure.", "attendanceIsMinimum")
            : d.CommunitiesRepresented is < 0 or > 100_000 ? Invalid("Communities represented must be from 0 to 100,000.", "communitiesRepresented")
            : d.OrganiserCode is { } code && (string.IsNullOrWhiteSpace(code) || code.Length > 64) ? Invalid("The organiser code takes 1 to 64 characters.", "organiserCode")
            : d.VisitedCommunityIds.Count > MaxVisits ? Invalid($"An event visits at most {MaxVisits} communities.", "visitedCommunities")
            : d.VisitedCommunityIds.Distinct().Count() != d.VisitedCommunityIds.Count ? Invalid("A community is visited once per event.", "visitedCommunities")
            : null);
    }

    /// <summary>Replaces the draft's details (they must pass <see cref="Check"/>).</summary>
    public void Revise(ProgrammeEventDetails details, int? districtId, string by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(details);
        Revised(by, at, details.SourceDocument);
        DistrictId = districtId;
        Apply(details);
    }

    private void Apply(ProgrammeEventDetails d)
    {
        if (Check(d) is { } error)
        {
            throw new ArgumentException(error.Message, nameof(d));
        }

        Kind = d.Kind;
        Basis = d.Basis;
        Year = d.Year;
        HeldOn = d.HeldOn;
        Title = d.Title!;
        Description = d.Description.Trim();
        OrganiserCode = d.OrganiserCode?.Trim();
        HostCommunityId = d.HostCommunityId;
        Audience = d.Audience;
        Sessions = d.Sessions;
        Attendance = d.Attendance;
        AttendanceIsMinimum = d.AttendanceIsMinimum;
        CommunitiesRepresented = d.CommunitiesRepresented;
        CampaignId = d.CampaignId;
        SourceDocument = d.SourceDocument;
        _visits.RemoveAll(v => !d.VisitedCommunityIds.Contains(v.CommunityId));
        foreach (var id in d.VisitedCommunityIds.Where(id => !_visits.Exists(v => v.CommunityId == id)))
        {
            _visits.Add(new ProgrammeEventVisit(id, _visits.Count == 0 ? 1 : _visits.Max(v => v.Position) + 1));
        }
    }
}

/// <summary>A community an event visited.</summary>
public sealed class ProgrammeEventVisit
{
    private ProgrammeEventVisit()
    {
    }

    internal ProgrammeEventVisit(int communityId, int position)
    {
        CommunityId = communityId;
        Position = position;
    }

    /// <summary>The event.</summary>
    public int ProgrammeEventId { get; private set; }

    /// <summary>The community visited.</summary>
    public int CommunityId { get; private set; }

    /// <summary>The community visited.</summary>
    public Community? Community { get; private set; }

    /// <summary>The order of the visit within the event, from 1.</summary>
    public int Position { get; private set; }
}
