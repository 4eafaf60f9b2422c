using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>The type of a downloadable column.</summary>
public enum ColumnType
{
    /// <summary>UTF-8 text.</summary>
    Text,

    /// <summary>A 32-bit integer.</summary>
    WholeNumber,

    /// <summary>A decimal number (double in Parquet).</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A calendar day, yyyy-MM-dd.</summary>
    Date,

    /// <summary>An instant, ISO 8601 UTC.</summary>
    Timestamp,
}

/// <summary>A column of a download, in its fixed position.</summary>
/// <param name="Name">The column's name (snake_case).</param>
/// <param name="Type">Its type.</param>
/// <param name="Description">What it holds.</param>
public sealed record DownloadColumn(string Name, ColumnType Type, string Description);

/// <summary>
/// A downloadable dataset: its columns in a fixed order (never reordered: new columns are added at the end) and its
/// rows, streamed from the database as one array of values per row, in the columns' order.
/// </summary>
/// <param name="Name">The name in URLs: awards, communities, gate-verdicts, observations.</param>
/// <param name="Description">What a row is.</param>
/// <param name="Versioned">True when the rows are those of an edition; false for reference data (current state).</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows of an edition.</param>
public sealed record DownloadDataset(string Name, string Description, bool Versioned, IReadOnlyList<DownloadColumn> Columns, Func<GreenCommunityDbContext, int, IAsyncEnumerable<object?[]>> Rows)
{
    /// <summary>True when an edition's rows name later editions (a value's replacement), so they change when one is published.</summary>
    public bool ChangesWithLaterEditions { get; init; }

    /// <summary>The column that identifies a row, if one does.</summary>
    public string? Key { get; init; }
}

/// <summary>The datasets offered for bulk download. No column holds personal data (ADR-013, a test walks them).</summary>
public static class DownloadDatasets
{
    /// <summary>Published awards as an edition lists them.</summary>
    public static readonly DownloadDataset Awards = new(
        "awards",
        "One row per published award (title granted), as the edition lists it; a revocation shows only from the edition that published it.",
        true,
        [
            new("award_id", ColumnType.WholeNumber, "The award's database ID (its global ID is base64url of Award:<id>)."),
            new("community_code", ColumnType.Text, "The community's stable code, e.g. YX-QIAOYUAN."),
            new("community_name_zh", ColumnType.Text, "The community's Chinese name."),
            new("community_name_en", ColumnType.Text, "The community's English name."),
            new("community_kind", ColumnType.Text, "HISTORIC, NEW_ESTATE, URBAN_CENTRE or FARMERS_NEW_VILLAGE."),
            new("level", ColumnType.Text, "DISTRICT or CITY."),
            new("year", ColumnType.WholeNumber, "The campaign year."),
            new("district_at_award_code", ColumnType.Text, "Code of the district the award was made in (former districts included)."),
            new("district_at_award_name_en", ColumnType.Text, "English name of that district."),
            new("current_district_code", ColumnType.Text, "Code of the community's district today."),
            new("score", ColumnType.Number, "The panel score, when the title was scored."),
            new("awarded_on", ColumnType.Date, "The day the title was granted."),
            new("valid_until", ColumnType.Date, "Last day the title is valid."),
            new("revoked_on", ColumnType.Date, "The day the title was revoked, if the edition shows a revocation."),
            new("revocation_reason", ColumnType.Text, "The published reason for the revocation."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed the award."),
            new("sample", ColumnType.Boolean, "True when the record was invented for the sample dataset."),
        ],
        AwardRowsAsync)
    { Key = "award_id" };

    /// <summary>Communities (reference data, current state).</summary>
    public static readonly DownloadDataset Communities = new(
        "communities",
        "One row per residential community (reference data: the current state, whatever the edition).",
        false,
        [
            new("community_id", ColumnType.WholeNumber, "The community's database ID."),
            new("code", ColumnType.Text, "The community's stable code."),
            new("name_zh", ColumnType.Text, "The Chinese name."),
            new("name_en", ColumnType.Text, "The English name."),
            new("kind", ColumnType.Text, "HISTORIC, NEW_ESTATE, URBAN_CENTRE or FARMERS_NEW_VILLAGE."),
            new("gated", ColumnType.Boolean, "True for a closed (gated) community."),
            new("co_built_with", ColumnType.Text, "NONE, ARMY or POLICE."),
            new("commercial_estate", ColumnType.Boolean, "True for a commercial estate with full property management."),
            new("households", ColumnType.WholeNumber, "Number of households, when known."),
            new("occupancy_rate", ColumnType.Number, "Share of homes occupied, 0 to 1, when known."),
            new("latitude", ColumnType.Number, "WGS 84 degrees north, when known."),
            new("longitude", ColumnType.Number, "WGS 84 degrees east, when known."),
            new("street_code", ColumnType.Text, "The street (subdistrict) code."),
            new("district_code", ColumnType.Text, "The current district's code."),
            new("sample", ColumnType.Boolean, "True when the record was invented for the sample dataset."),
        ],
        CommunityRowsAsync)
    { Key = "community_id" };

    /// <summary>Gate verdicts of the awards an edition lists.</summary>
    public static readonly DownloadDataset GateVerdicts = new(
        "gate-verdicts",
        "One row per hard-gate verdict behind a published award (occupancy, penalty cases, complaints), at submission and at the collective review.",
        true,
        [
            new("award_id", ColumnType.WholeNumber, "The award the verdict stands behind."),
            new("community_code", ColumnType.Text, "The community's code."),
            new("year", ColumnType.WholeNumber, "The campaign year."),
            new("level", ColumnType.Text, "DISTRICT or CITY."),
            new("gate", ColumnType.Text, "MINIMUM_OCCUPANCY, NO_PENALTY_CASE or COMPLAINTS_HANDLED."),
            new("stage", ColumnType.Text, "SUBMISSION or COLLECTIVE_REVIEW."),
            new("passed", ColumnType.Boolean, "True when the gate was met."),
            new("evidence", ColumnType.Text, "The facts the verdict rests on."),
            new("evaluated_at", ColumnType.Timestamp, "When the verdict was given (UTC)."),
        ],
        GateVerdictRowsAsync);

    /// <summary>Indicator values as an edition lists them.</summary>
    public static readonly DownloadDataset Observations = new(
        "observations",
        "One row per published indicator value as the edition lists it (a correction published later is not applied).",
        true,
        [
            new("observation_id", ColumnType.WholeNumber, "The value's database ID."),
            new("indicator_code", ColumnType.Text, "The indicator's code (see the dictionary's indicators)."),
            new("community_code", ColumnType.Text, "The community's code."),
            new("district_code", ColumnType.Text, "The community's current district code."),
            new("year", ColumnType.WholeNumber, "The calendar year the value describes."),
            new("value", ColumnType.Number, "The value, in the unit of the definition version it was measured under."),
            new("unit", ColumnType.Text, "The unit of that version: percent, count, flag (1 yes, 0 no)..."),
            new("provenance", ColumnType.Text, "SELF_REPORTED, PANEL_VERIFIED, SURVEY or OFFICIAL_RECORD."),
            new("source_document", ColumnType.Text, "The document the value was taken from."),
            new("published_at", ColumnType.Timestamp, "When the value was published (UTC)."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed the value."),
            new("replaced_in_edition", ColumnType.WholeNumber, "The edition whose correction replaced it, when that edition is later than this download's."),
            new("sample", ColumnType.Boolean, "True when the value was invented for the sample dataset."),
            new("indicator_version", ColumnType.WholeNumber, "The version of the indicator's definition the value was measured under (see the dictionary's indicators)."),
        ],
        ObservationRowsAsync)
    { Key = "observation_id", ChangesWithLaterEditions = true };

    /// <summary>Programme events as an edition lists them.</summary>
    public static readonly DownloadDataset Events = new(
        "events",
        "One row per published programme event (training, exchange meeting, study visit, World Environment Day event, forum, volunteer activity) or reported total of events, as the edition lists it.",
        true,
        [
            new("event_id", ColumnType.WholeNumber, "The event's database ID (its global ID is base64url of ProgrammeEvent:<id>)."),
            new("kind", ColumnType.Text, "MANAGER_TRAINING, RESIDENT_SESSION, EXCHANGE_MEETING, STUDY_VISIT, ENVIRONMENT_DAY_EVENT, RESIDENT_FORUM or VOLUNTEER_ACTIVITY."),
            new("basis", ColumnType.Text, "INDIVIDUAL (one event) or REPORTED_TOTAL (a published total; never add it to individual events)."),
            new("year", ColumnType.WholeNumber, "The year it was held, or the year a reported total covers."),
            new("held_on", ColumnType.Date, "The day, for an individual event."),
            new("title_zh", ColumnType.Text, "The Chinese title."),
            new("title_en", ColumnType.Text, "The English title."),
            new("description", ColumnType.Text, "What happened."),
            new("organiser_code", ColumnType.Text, "The organiser's code, e.g. CITY-EPB."),
            new("district_code", ColumnType.Text, "The district the event belongs to; empty for a city-wide event."),
            new("host_community_code", ColumnType.Text, "The community that hosted it."),
            new("visited_community_codes", ColumnType.Text, "The communities visited, in order, separated by ';'."),
            new("audience", ColumnType.Text, "MANAGERS, RESIDENTS, OFFICIALS or PUBLIC."),
            new("sessions", ColumnType.WholeNumber, "Batches held (1 for an individual event)."),
            new("attendance", ColumnType.WholeNumber, "Person-times; empty when not reported."),
            new("attendance_is_minimum", ColumnType.Boolean, "True when attendance is given as \"more than\"."),
            new("communities_represented", ColumnType.WholeNumber, "Communities whose people attended, when reported."),
            new("source_document", ColumnType.Text, "The document the record was taken from."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed the record."),
            new("sample", ColumnType.Boolean, "True when the record was invented for the sample dataset."),
        ],
        EventRowsAsync)
    { Key = "event_id" };

    /// <summary>Outreach items as an edition lists them.</summary>
    public static readonly DownloadDataset Outreach = new(
        "outreach",
        "One row per published outreach item (poster print run, booklets, letters, notice boards, press, TV or radio coverage, a publicity notice's announcement through one channel) or reported total, as the edition lists it.",
        true,
        [
            new("outreach_id", ColumnType.WholeNumber, "The item's database ID (its global ID is base64url of OutreachItem:<id>)."),
            new("kind", ColumnType.Text, "POSTER, BOOKLET, LETTER_TO_HOUSEHOLDS, NOTICE_BOARD, PRESS_COVERAGE, TELEVISION_COVERAGE, RADIO_COVERAGE or NOTICE_ANNOUNCEMENT."),
            new("basis", ColumnType.Text, "INDIVIDUAL (one item) or REPORTED_TOTAL (a published total; never add it to individual items)."),
            new("channel", ColumnType.Text, "MEDIA, STREET, COMMUNITY or HOUSEHOLD."),
            new("year", ColumnType.WholeNumber, "The year."),
            new("issued_on", ColumnType.Date, "The day, when known."),
            new("title_zh", ColumnType.Text, "The Chinese title."),
            new("title_en", ColumnType.Text, "The English title."),
            new("description", ColumnType.Text, "What was done."),
            new("outlet", ColumnType.Text, "The newspaper, station or printer."),
            new("quantity", ColumnType.WholeNumber, "Copies, boards or reports; empty when not reported."),
            new("quantity_is_minimum", ColumnType.Boolean, "True when the quantity is given as \"more than\"."),
            new("print_run", ColumnType.WholeNumber, "The print run's number, for printed material."),
            new("organiser_code", ColumnType.Text, "Who issued it, e.g. CITY-EPB."),
            new("district_code", ColumnType.Text, "The district the item belongs to; empty for a city-wide item."),
            new("community_code", ColumnType.Text, "The community it concerns, when one."),
            new("campaign_year", ColumnType.WholeNumber, "The year of the campaign it served, when one."),
            new("campaign_level", ColumnType.Text, "The level of that campaign: DISTRICT or CITY."),
            new("publicity_notice_id", ColumnType.WholeNumber, "The publicity notice announced, for NOTICE_ANNOUNCEMENT."),
            new("source_document", ColumnType.Text, "The document the record was taken from."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed the record."),
            new("sample", ColumnType.Boolean, "True when the record was invented for the sample dataset."),
        ],
        OutreachRowsAsync)
    { Key = "outreach_id" };

    /// <summary>Community practices as an edition lists them.</summary>
    public static readonly DownloadDataset Practices = new(
        "community-practices",
        "One row per published practice of a community (green-family awards, shop agreements not to sell protected wildlife, waste sorting, noise display, volunteer group, residents' forums), with its evidence, as the edition lists it.",
        true,
        [
            new("practice_id", ColumnType.WholeNumber, "The practice's database ID (its global ID is base64url of CommunityPractice:<id>)."),
            new("community_code", ColumnType.Text, "The community's code."),
            new("district_code", ColumnType.Text, "The community's district as recorded."),
            new("kind", ColumnType.Text, "GREEN_FAMILY_AWARD, WILDLIFE_SHOP_AGREEMENT, WASTE_SORTING, NOISE_MONITORING_DISPLAY, VOLUNTEER_GROUP or RESIDENT_FORUM."),
            new("started_on", ColumnType.Date, "When it started."),
            new("ended_on", ColumnType.Date, "When it ended; empty while it runs."),
            new("title_zh", ColumnType.Text, "The Chinese title."),
            new("title_en", ColumnType.Text, "The English title."),
            new("description", ColumnType.Text, "What the community does."),
            new("evidence", ColumnType.Text, "What shows it."),
            new("count", ColumnType.WholeNumber, "How many (families, shops, volunteers...), when counted."),
            new("source_document", ColumnType.Text, "The document the record was taken from."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed the record."),
            new("sample", ColumnType.Boolean, "True when the record was invented for the sample dataset."),
        ],
        PracticeRowsAsync)
    { Key = "practice_id" };

    /// <summary>Organisations as an edition lists them.</summary>
    public static readonly DownloadDataset Organisations = new(
        "organisations",
        "One row per published organisation that runs part of the programme: city joint organisers, district and street leading groups, partner departments.",
        true,
        [
            new("organisation_id", ColumnType.WholeNumber, "The organisation's database ID (its global ID is base64url of Organisation:<id>)."),
            new("code", ColumnType.Text, "The organisation's stable code, e.g. CITY-EPB."),
            new("name_zh", ColumnType.Text, "The Chinese name."),
            new("name_en", ColumnType.Text, "The English name."),
            new("level", ColumnType.Text, "CITY, DISTRICT or STREET."),
            new("role", ColumnType.Text, "JOINT_ORGANISER, LEADING_GROUP or PARTNER_DEPARTMENT."),
            new("district_code", ColumnType.Text, "Code of the district it covers (district and street level)."),
            new("street_code", ColumnType.Text, "Code of the street it covers (street level)."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed it."),
            new("sample", ColumnType.Boolean, "True when the record was invented for the sample dataset."),
        ],
        OrganisationRowsAsync)
    { Key = "organisation_id" };

    /// <summary>Annual plans as an edition lists them.</summary>
    public static readonly DownloadDataset Plans = new(
        "annual-plans",
        "One row per published annual plan of the city (no district) or a district: its targets per title level and its task communities.",
        true,
        [
            new("plan_id", ColumnType.WholeNumber, "The plan's database ID."),
            new("year", ColumnType.WholeNumber, "The year."),
            new("district_code", ColumnType.Text, "The district's code (as it was that year); empty for the city's plan."),
            new("organisation_code", ColumnType.Text, "The organisation responsible, when known."),
            new("district_title_target", ColumnType.WholeNumber, "Communities to bring to the district-level title."),
            new("city_title_target", ColumnType.WholeNumber, "Communities to bring to the city-level title."),
            new("task_community_codes", ColumnType.Text, "Codes of the task communities (任务社区), space-separated, in code order."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed it."),
            new("sample", ColumnType.Boolean, "True when the plan was invented for the sample dataset."),
        ],
        PlanRowsAsync)
    { Key = "plan_id" };

    /// <summary>Funding allocations as an edition lists them.</summary>
    public static readonly DownloadDataset FundingAllocations = new(
        "funding-allocations",
        "One row per published funding allocation: who paid whom, when, how much and for what.",
        true,
        [
            new("allocation_id", ColumnType.WholeNumber, "The allocation's database ID."),
            new("year", ColumnType.WholeNumber, "The year."),
            new("payer_level", ColumnType.Text, "CITY, DISTRICT or STREET."),
            new("payer_organisation_code", ColumnType.Text, "The paying organisation's code, when known."),
            new("payer_district_code", ColumnType.Text, "The paying district's code (district and street payers)."),
            new("payer_street_code", ColumnType.Text, "The paying street's code (street payers)."),
            new("recipient_district_code", ColumnType.Text, "The receiving district's code, or the district the receiving street or community was in at the time."),
            new("recipient_street_code", ColumnType.Text, "The receiving street's code, for street and community recipients."),
            new("community_code", ColumnType.Text, "The receiving community's code, when one community received it."),
            new("purpose", ColumnType.Text, "FACILITIES, ENVIRONMENTAL_CULTURE, TRAINING or EDUCATION_ONLY."),
            new("amount_yuan", ColumnType.Number, "The amount in yuan."),
            new("note", ColumnType.Text, "What the record rests on, and what in it was invented."),
            new("published_in_edition", ColumnType.WholeNumber, "The edition that first listed it."),
            new("sample", ColumnType.Boolean, "True when the record (e.g. its split of a reported total) was invented for the sample dataset."),
        ],
        FundingRowsAsync)
    { Key = "allocation_id" };

    /// <summary>Every dataset, by name.</summary>
    public static readonly IReadOnlyList<DownloadDataset> All = [Awards, Communities, GateVerdicts, Observations, Events, Outreach, Practices, Organisations, Plans, FundingAllocations];

    private static async IAsyncEnumerable<object?[]> EventRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.ProgrammeEvents.Where(e => e.PublishedInEdition != null && e.PublishedInEdition <= edition).OrderBy(e => e.Id).Select(e => new
        {
            e.Id,
            e.Kind,
            e.Basis,
            e.Year,
            e.HeldOn,
            e.Title,
            e.Description,
            e.OrganiserCode,
            District = e.District!.Code,
            Host = e.HostCommunity!.Code,
            Visited = e.Visits.OrderBy(v => v.Position).Select(v => v.Community!.Code).ToList(),
            e.Audience,
            e.Sessions,
            e.Attendance,
            e.AttendanceIsMinimum,
            e.CommunitiesRepresented,
            e.SourceDocument,
            e.PublishedInEdition,
            e.IsSample,
        });
        await foreach (var e in rows.AsAsyncEnumerable())
        {
            yield return [e.Id, Enum(e.Kind), Enum(e.Basis), e.Year, e.HeldOn, e.Title.Zh, e.Title.En, e.Description, e.OrganiserCode, e.District, e.Host, e.Visited.Count == 0 ? null : string.Join(';', e.Visited), Enum(e.Audience), e.Sessions, e.Attendance, e.AttendanceIsMinimum, e.CommunitiesRepresented, e.SourceDocument, e.PublishedInEdition, e.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> OutreachRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = from o in db.OutreachItems
                   where o.PublishedInEdition != null && o.PublishedInEdition <= edition
                   join c in db.Campaigns on o.CampaignId equals (int?)c.Id into campaigns
                   from c in campaigns.DefaultIfEmpty()
                   orderby o.Id
                   select new
                   {
                       o.Id,
                       o.Kind,
                       o.Basis,
                       o.Channel,
                       o.Year,
                       o.IssuedOn,
                       o.Title,
                       o.Description,
                       o.Outlet,
                       o.Quantity,
                       o.QuantityIsMinimum,
                       o.PrintRun,
                       o.OrganiserCode,
                       District = o.District!.Code,
                       Community = o.Community!.Code,
                       CampaignYear = c == null ? (int?)null : c.Year,
                       CampaignLevel = c == null ? (Domain.Criteria.TitleLevel?)null : c.Level,
                       o.PublicityNoticeId,
                       o.SourceDocument,
                       o.PublishedInEdition,
                       o.IsSample,
                   };
        await foreach (var o in rows.AsAsyncEnumerable())
        {
            yield return [o.Id, Enum(o.Kind), Enum(o.Basis), Enum(o.Channel), o.Year, o.IssuedOn, o.Title.Zh, o.Title.En, o.Description, o.Outlet, o.Quantity, o.QuantityIsMinimum, o.PrintRun, o.OrganiserCode, o.District, o.Community, o.CampaignYear, o.CampaignLevel is { } level ? Enum(level) : null, o.PublicityNoticeId, o.SourceDocument, o.PublishedInEdition, o.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> PracticeRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.CommunityPractices.Where(p => p.PublishedInEdition != null && p.PublishedInEdition <= edition).OrderBy(p => p.Id).Select(p => new
        {
            p.Id,
            Community = p.Community!.Code,
            District = p.District!.Code,
            p.Kind,
            p.StartedOn,
            p.EndedOn,
            p.Title,
            p.Description,
            p.Evidence,
            p.Count,
            p.SourceDocument,
            p.PublishedInEdition,
            p.IsSample,
        });
        await foreach (var p in rows.AsAsyncEnumerable())
        {
            yield return [p.Id, p.Community, p.District, Enum(p.Kind), p.StartedOn, p.EndedOn, p.Title.Zh, p.Title.En, p.Description, p.Evidence, p.Count, p.SourceDocument, p.PublishedInEdition, p.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> OrganisationRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.OrganisationsAsOf(edition).OrderBy(o => o.Id).Select(o => new
        {
            o.Id,
            o.Code,
            o.Name,
            o.Level,
            o.Role,
            District = db.Districts.Where(d => d.Id == o.DistrictId).Select(d => d.Code).FirstOrDefault(),
            Street = db.Streets.Where(s => s.Id == o.StreetId).Select(s => s.Code).FirstOrDefault(),
            o.PublishedInEdition,
            o.IsSample,
        });
        await foreach (var o in rows.AsAsyncEnumerable())
        {
            yield return [o.Id, o.Code, o.Name.Zh, o.Name.En, Enum(o.Level), Enum(o.Role), o.District, o.Street, o.PublishedInEdition, o.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> PlanRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.PlansAsOf(edition).OrderBy(p => p.Id).Select(p => new
        {
            p.Id,
            p.Year,
            District = db.Districts.Where(d => d.Id == p.DistrictId).Select(d => d.Code).FirstOrDefault(),
            Organisation = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Code).FirstOrDefault(),
            p.DistrictTitleTarget,
            p.CityTitleTarget,
            Tasks = p.TaskCommunities.Select(t => db.Communities.Where(c => c.Id == t.CommunityId).Select(c => c.Code).First()).ToList(),
            p.PublishedInEdition,
            p.IsSample,
        });
        await foreach (var p in rows.AsAsyncEnumerable())
        {
            yield return [p.Id, p.Year, p.District, p.Organisation, p.DistrictTitleTarget, p.CityTitleTarget, string.Join(' ', p.Tasks.Order(StringComparer.Ordinal)), p.PublishedInEdition, p.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> FundingRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.FundingAllocationsAsOf(edition).OrderBy(f => f.Id).Select(f => new
        {
            f.Id,
            f.Year,
            f.PayerLevel,
            Payer = db.Organisations.Where(o => o.Id == f.PayerOrganisationId).Select(o => o.Code).FirstOrDefault(),
            PayerDistrict = db.Districts.Where(d => d.Id == f.PayerDistrictId).Select(d => d.Code).FirstOrDefault(),
            PayerStreet = db.Streets.Where(s => s.Id == f.PayerStreetId).Select(s => s.Code).FirstOrDefault(),
            District = db.Districts.Where(d => d.Id == f.RecipientDistrictId).Select(d => d.Code).FirstOrDefault(),
            Street = db.Streets.Where(s => s.Id == f.RecipientStreetId).Select(s => s.Code).FirstOrDefault(),
            Community = db.Communities.Where(c => c.Id == f.RecipientCommunityId).Select(c => c.Code).FirstOrDefault(),
            f.Purpose,
            f.AmountYuan,
            f.Note,
            f.PublishedInEdition,
            f.IsSample,
        });
        await foreach (var f in rows.AsAsyncEnumerable())
        {
            yield return [f.Id, f.Year, Enum(f.PayerLevel), f.Payer, f.PayerDistrict, f.PayerStreet, f.District, f.Street, f.Community, Enum(f.Purpose), f.AmountYuan, f.Note, f.PublishedInEdition, f.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> AwardRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.AwardsAsOf(edition).OrderBy(a => a.Id).Select(a => new
        {
            a.Id,
            a.Community!.Code,
            a.Community.Name,
            a.Community.Kind,
            a.Level,
            a.Year,
            DistrictCode = a.DistrictAtAward!.Code,
            DistrictName = a.DistrictAtAward.Name.En,
            CurrentDistrict = a.Community.Street!.District!.Code,
            a.Score,
            a.AwardedOn,
            a.ValidUntil,
            RevokedOn = a.Revocation != null && a.RevokedInEdition <= edition ? a.Revocation.RevokedOn : (DateOnly?)null,
            Reason = a.Revocation != null && a.RevokedInEdition <= edition ? a.Revocation.Reason : null,
            a.PublishedInEdition,
            a.IsSample,
        });
        await foreach (var a in rows.AsAsyncEnumerable())
        {
            yield return [a.Id, a.Code, a.Name.Zh, a.Name.En, Enum(a.Kind), Enum(a.Level), a.Year, a.DistrictCode, a.DistrictName, a.CurrentDistrict, a.Score, a.AwardedOn, a.ValidUntil, a.RevokedOn, a.Reason, a.PublishedInEdition, a.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> CommunityRowsAsync(GreenCommunityDbContext db, int edition)
    {
        _ = edition;
        var rows = db.Communities.OrderBy(c => c.Id).Select(c => new
        {
            c.Id,
            c.Code,
            c.Name,
            c.Kind,
            c.Gated,
            c.CoBuiltWith,
            c.CommercialEstate,
            c.Households,
            c.OccupancyRate,
            c.Location,
            Street = c.Street!.Code,
            District = c.Street.District!.Code,
            c.IsSample,
        });
        await foreach (var c in rows.AsAsyncEnumerable())
        {
            yield return [c.Id, c.Code, c.Name.Zh, c.Name.En, Enum(c.Kind), c.Gated, Enum(c.CoBuiltWith), c.CommercialEstate, c.Households, c.OccupancyRate?.Fraction, c.Location?.Latitude, c.Location?.Longitude, c.Street, c.District, c.IsSample];
        }
    }

    private static async IAsyncEnumerable<object?[]> GateVerdictRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = from v in db.GateVerdicts
                   join a in db.AwardsAsOf(edition) on (int?)v.ApplicationId equals a.ApplicationId
                   orderby a.Id, v.Id
                   select new { AwardId = a.Id, a.Community!.Code, a.Year, a.Level, v.Gate, v.Stage, v.Passed, v.Evidence, v.EvaluatedAt };
        await foreach (var v in rows.AsAsyncEnumerable())
        {
            yield return [v.AwardId, v.Code, v.Year, Enum(v.Level), Enum(v.Gate), Enum(v.Stage), v.Passed, v.Evidence, v.EvaluatedAt];
        }
    }

    private static async IAsyncEnumerable<object?[]> ObservationRowsAsync(GreenCommunityDbContext db, int edition)
    {
        var rows = db.ObservationsAsOf(edition).OrderBy(o => o.Id).Select(o => new
        {
            o.Id,
            Indicator = o.Indicator!.Code,
            Community = o.Community!.Code,
            District = o.Community.Street!.District!.Code,
            o.Year,
            o.Value,
            o.Definition!.Unit,
            o.IndicatorVersion,
            o.Provenance,
            o.SourceDocument,
            o.PublishedAt,
            o.PublishedInEdition,
            o.SupersededInEdition,
            o.IsSample,
        });
        await foreach (var o in rows.AsAsyncEnumerable())
        {
            yield return [o.Id, o.Indicator, o.Community, o.District, o.Year, o.Value, o.Unit, Enum(o.Provenance), o.SourceDocument, o.PublishedAt, o.PublishedInEdition, o.SupersededInEdition, o.IsSample, o.IndicatorVersion];
        }
    }

    /// <summary>An enumeration value as the GraphQL schema spells it (SCREAMING_SNAKE_CASE).</summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
