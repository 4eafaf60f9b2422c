using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Events;

public sealed class ProgrammeEventKindType() : DescribedEnumType<ProgrammeEventKind>(
    "ProgrammeEventKind",
    "Kinds of programme events.",
    (ProgrammeEventKind.ManagerTraining, "Green Community training for community managers (residents' committees, property management)."),
    (ProgrammeEventKind.ResidentSession, "A talk or session on Green Communities for residents."),
    (ProgrammeEventKind.ExchangeMeeting, "A city or district exchange meeting (交流会)."),
    (ProgrammeEventKind.StudyVisit, "A visit to learn from another district or community (参观取经)."),
    (ProgrammeEventKind.EnvironmentDayEvent, "An event on World Environment Day, 5 June."),
    (ProgrammeEventKind.ResidentForum, "A residents' environmental forum."),
    (ProgrammeEventKind.VolunteerActivity, "A volunteer activity."));

public sealed class EventAudienceType() : DescribedEnumType<EventAudience>(
    "EventAudience",
    "Who an event was for.",
    (EventAudience.Managers, "Community managers: residents' committees and property management."),
    (EventAudience.Residents, "Residents."),
    (EventAudience.Officials, "Officials of the city, districts and streets."),
    (EventAudience.Public, "The general public."));

public sealed class ProgrammeEventType : ObjectGraphType<ProgrammeEvent>
{
    public const string TypeName = "ProgrammeEvent";

    public ProgrammeEventType()
    {
        Name = TypeName;
        Description = "A training session, exchange meeting, study visit, World Environment Day event, residents' forum or volunteer activity; or, with basis REPORTED_TOTAL, a total the city reported without the individual events (never added to sums of individual events).";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is ProgrammeEvent;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The event's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<ProgrammeEventKindType>>("kind").Description("The kind of event.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<RecordBasisType>>("basis").Description("INDIVIDUAL for one event; REPORTED_TOTAL for a published total of events not recorded one by one.").Resolve(ctx => ctx.Source.Basis);
        Field(e => e.Year).Description("The year it was held; for a reported total, the year it covers.");
        Field<CalendarDateGraphType>("heldOn").Description("The day it was held; null for a reported total.").Resolve(ctx => ctx.Source.HeldOn);
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("The event's title.").Resolve(ctx => ctx.Source.Title);
        Field(e => e.Description);
        Field(e => e.OrganiserCode, nullable: true).Description("The organiser's code, e.g. CITY-EPB (the city environmental protection bureau) or 440104-EPB (a district's).");
        Field<OrganisationType>("organiser")
            .Description("The published organisation whose code is organiserCode; null when there is none.")
            .Resolve(ctx => ctx.Source.OrganiserCode is { } code ? ctx.Service<OrganisationByCodeDataLoader>().Load(code) : null);
        Field<DistrictType>("district").Description("The district the event belongs to; null for a city-wide event.").Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<CommunityType>("hostCommunity").Description("The community that hosted it, when one did.").Resolve(ctx => ctx.Source.HostCommunityId is { } id ? ctx.Service<CommunityByIdDataLoader>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityType>>>>("visitedCommunities")
            .Description("The communities visited, in the order of the visits.")
            .Resolve(ctx => ctx.Service<CommunityByIdDataLoader>().LoadMany(ctx.Source.Visits.OrderBy(v => v.Position).Select(v => v.CommunityId)));
        Field<NonNullGraphType<EventAudienceType>>("audience").Description("Who it was for.").Resolve(ctx => ctx.Source.Audience);
        Field(e => e.Sessions).Description("Batches held: 1 for an individual event; the reported number for a reported total.");
        Field(e => e.Attendance, nullable: true).Description("Attendance in person-times; null when not reported (not zero).");
        Field(e => e.AttendanceIsMinimum).Description("True when attendance is given as \"more than\" (the report's 500+ is 500 with this flag).");
        Field(e => e.CommunitiesRepresented, nullable: true).Description("Communities whose people attended, when reported (a lower bound when attendanceIsMinimum is true and the report says \"more than\").");
        Field<CampaignType>("campaign").Description("The campaign it belonged to, when one.").Resolve(ctx => ctx.Source.CampaignId is { } id ? ctx.Service<CampaignByIdDataLoader>().Load(id) : null);
        ProgrammeRecordFields.Add(this);
    }
}

public sealed class ProgrammeEventConnectionType : ConnectionGraphType<ProgrammeEventType, ProgrammeEvent>;

/// <summary>Sums over programme events in a group.</summary>
/// <param name="Kind">The kind, when grouped by it.</param>
/// <param name="Basis">The basis, when grouped by it.</param>
/// <param name="Audience">The audience, when grouped by it.</param>
/// <param name="DistrictId">The district, when grouped by it (null also for city-wide events).</param>
/// <param name="Year">The year, when grouped by it.</param>
/// <param name="Records">Records in the group.</param>
/// <param name="Sessions">Batches held.</param>
/// <param name="Attendance">Person-times, over the records that report attendance.</param>
/// <param name="AttendanceIsMinimum">True when any record's attendance is a lower bound, so the sum is one too.</param>
/// <param name="RecordsWithoutAttendance">Records that report no attendance (not in <paramref name="Attendance"/>).</param>
public sealed record ProgrammeActivityTotal(ProgrammeEventKind? Kind, RecordBasis? Basis, EventAudience? Audience, int? DistrictId, int? Year, int Records, int Sessions, int Attendance, bool AttendanceIsMinimum, int RecordsWithoutAttendance);

public sealed class ProgrammeActivityTotalType : ObjectGraphType<ProgrammeActivityTotal>
{
    public ProgrammeActivityTotalType()
    {
        Name = "ProgrammeActivityTotal";
        Description = "Sums over the published programme events of a group, computed in the database. Group by BASIS to keep reported totals apart from individual events: adding the two would count the same sessions twice.";
        Field<ProgrammeEventKindType>("kind").Description("KIND.").Resolve(ctx => ctx.Source.Kind);
        Field<RecordBasisType>("basis").Description("BASIS.").Resolve(ctx => ctx.Source.Basis);
        Field<EventAudienceType>("audience").Description("AUDIENCE.").Resolve(ctx => ctx.Source.Audience);
        Field<DistrictType>("district").Description("DISTRICT (null also for city-wide events).").Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field(t => t.Year, nullable: true).Description("YEAR.");
        Field(t => t.Records).Description("Event records in the group.");
        Field(t => t.Sessions);
        Field(t => t.Attendance).Description("Person-times, summed over the records that report attendance.");
        Field(t => t.AttendanceIsMinimum).Description("True when some record's attendance is a lower bound (\"more than\"), so this sum is one too.");
        Field(t => t.RecordsWithoutAttendance).Description("Records that report no attendance, and so are not in 'attendance'.");
    }
}
