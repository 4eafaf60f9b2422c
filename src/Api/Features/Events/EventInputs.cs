using GraphQL.Types;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Events;

/// <summary>Conditions on programme events.</summary>
public sealed class ProgrammeEventFilter
{
    public EnumFilter<ProgrammeEventKind>? Kind { get; set; }

    public EnumFilter<RecordBasis>? Basis { get; set; }

    public EnumFilter<EventAudience>? Audience { get; set; }

    public IntFilter? Year { get; set; }

    public StringFilter? District { get; set; }

    public StringFilter? Community { get; set; }

    public StringFilter? Organiser { get; set; }

    public bool? Published { get; set; }
}

/// <summary>The fields programme events can be sorted by.</summary>
public enum ProgrammeEventOrderField
{
    /// <summary>The day held (reported totals, which have none, after the year's events).</summary>
    HeldOn,

    /// <summary>The year.</summary>
    Year,

    /// <summary>The kind.</summary>
    Kind,

    /// <summary>Attendance (unreported first).</summary>
    Attendance,
}

/// <summary>A sort key for programme events.</summary>
public sealed class ProgrammeEventOrder
{
    public ProgrammeEventOrderField Field { get; set; }

    public OrderDirection Direction { get; set; }
}

public sealed class ProgrammeEventKindFilterType : EnumFilterType<ProgrammeEventKindType, ProgrammeEventKind>;

public sealed class RecordBasisFilterType : EnumFilterType<RecordBasisType, RecordBasis>;

public sealed class EventAudienceFilterType : EnumFilterType<EventAudienceType, EventAudience>;

public sealed class ProgrammeEventFilterType : InputObjectGraphType<ProgrammeEventFilter>
{
    public ProgrammeEventFilterType()
    {
        Name = "ProgrammeEventFilter";
        Description = "Conditions on programme events; every condition given must hold.";
        Field<ProgrammeEventKindFilterType>("kind").Description("The kind of event.");
        Field<RecordBasisFilterType>("basis").Description("INDIVIDUAL events or REPORTED_TOTAL records.");
        Field<EventAudienceFilterType>("audience").Description("Who it was for.");
        Field<IntFilterType>("year").Description("The year, e.g. { eq: 2002 }.");
        Field<StringFilterType>("district").Description("The code of the district the event belongs to (city-wide events have none).");
        Field<StringFilterType>("community").Description("The code of a community that hosted or was visited (eq or in; contains matches part of the code).");
        Field<StringFilterType>("organiser").Description("The organiser's code, e.g. { eq: \"CITY-EPB\" }.");
        Field<BooleanGraphType>("published").Description("Only published records (true) or only drafts (false); drafts are seen only by the city and the district's reviewers.");
    }
}

public sealed class ProgrammeEventOrderFieldType() : DescribedEnumType<ProgrammeEventOrderField>(
    "ProgrammeEventOrderField",
    "The fields programme events can be sorted by.",
    (ProgrammeEventOrderField.HeldOn, "The day held (reported totals have none)."),
    (ProgrammeEventOrderField.Year, "The year."),
    (ProgrammeEventOrderField.Kind, "The kind."),
    (ProgrammeEventOrderField.Attendance, "Attendance in person-times (unreported has none)."));

public sealed class ProgrammeEventOrderType : InputObjectGraphType<ProgrammeEventOrder>
{
    public ProgrammeEventOrderType()
    {
        Name = "ProgrammeEventOrder";
        Description = "A sort key for programme events; later keys break ties of earlier ones.";
        Field<NonNullGraphType<ProgrammeEventOrderFieldType>>("field").Description("The field to sort by.");
        Field<OrderDirectionType>("direction").Description("The direction; ASC when omitted.").DefaultValue(OrderDirection.Asc);
    }
}

/// <summary>Input of <c>recordProgrammeEvent</c>.</summary>
public class RecordProgrammeEventInput
{
    public ProgrammeEventKind Kind { get; set; }

    public RecordBasis Basis { get; set; }

    public int Year { get; set; }

    public DateOnly? HeldOn { get; set; }

    public LocalizedTextInput Title { get; set; } = new();

    public string? Description { get; set; }

    public string? District { get; set; }

    public string? OrganiserCode { get; set; }

    public string? HostCommunity { get; set; }

    public List<string>? VisitedCommunities { get; set; }

    public EventAudience Audience { get; set; }

    public int? Sessions { get; set; }

    public int? Attendance { get; set; }

    public bool AttendanceIsMinimum { get; set; }

    public int? CommunitiesRepresented { get; set; }

    public string? Campaign { get; set; }

    public string? SourceDocument { get; set; }
}

/// <summary>Input of <c>updateProgrammeEvent</c>: the draft, the version read, and its new details.</summary>
public sealed class UpdateProgrammeEventInput : RecordProgrammeEventInput
{
    public string Id { get; set; } = string.Empty;

    public int Version { get; set; }
}

/// <summary>The fields of an event as input, shared by record and update.</summary>
public abstract class ProgrammeEventInputTypeBase<T> : InputObjectGraphType<T>
    where T : RecordProgrammeEventInput
{
    protected ProgrammeEventInputTypeBase(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ProgrammeEventKindType>>("kind").Description("The kind of event.");
        Field<RecordBasisType>("basis").Description("INDIVIDUAL (the default) for one event; REPORTED_TOTAL for a published total of events not known one by one.").DefaultValue(RecordBasis.Individual);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year it was held, or the year a reported total covers.");
        Field<CalendarDateGraphType>("heldOn").Description("The day, in the year; required for an individual event, none for a reported total.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("A title in Chinese and English (at most 200 characters each).");
        Field<StringGraphType>("description").Description("What happened (at most 2,000 characters).");
        Field<StringGraphType>("district").Description("The code of the district the event belongs to; omit for a city-wide event (city administrators only). District reviewers record for their districts.");
        Field<StringGraphType>("organiserCode").Description("The organiser's code, e.g. CITY-EPB or 440104-EPB (at most 64 characters).");
        Field<StringGraphType>("hostCommunity").Description("The code of the community that hosted it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("visitedCommunities").Description("The codes of the communities visited, in order (at most 50, each once).");
        Field<NonNullGraphType<EventAudienceType>>("audience").Description("Who it was for.");
        Field<IntGraphType>("sessions").Description("Batches held: 1 (the default) for an individual event; the reported number for a reported total.");
        Field<IntGraphType>("attendance").Description("Attendance in person-times; omit when not reported.");
        Field<BooleanGraphType>("attendanceIsMinimum").Description("True when attendance is given as \"more than\" (500+).").DefaultValue(false);
        Field<IntGraphType>("communitiesRepresented").Description("Communities whose people attended, when reported.");
        Field<IdGraphType>("campaign").Description("The global ID of the campaign it belonged to.");
        Field<StringGraphType>("sourceDocument").Description("The document it was taken from (at most 500 characters).");
    }
}

public sealed class RecordProgrammeEventInputType() : ProgrammeEventInputTypeBase<RecordProgrammeEventInput>("RecordProgrammeEventInput", "A programme event to record as a draft.");

public sealed class UpdateProgrammeEventInputType : ProgrammeEventInputTypeBase<UpdateProgrammeEventInput>
{
    public UpdateProgrammeEventInputType()
        : base("UpdateProgrammeEventInput", "A draft event, the version you read, and its details in full (they replace the old ones).")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The event's global ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The event's version as you read it; a stale version is refused with CONFLICT.");
    }
}
