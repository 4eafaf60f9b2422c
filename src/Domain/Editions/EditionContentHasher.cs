using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GreenCommunity.Domain.Editions;

/// <summary>
/// The content hash of an edition: SHA-256 over its canonical content, one line per record, awards then indicator
/// values, each in ascending ID order. A line is the record's fields separated by <c>|</c> (text escaped: <c>\\</c>,
/// <c>\|</c>, <c>\n</c>, <c>\r</c>), numbers in invariant form without trailing zeros, dates <c>yyyy-MM-dd</c>, absent
/// values empty, ending with <c>\n</c>:
/// <code>
/// award|id|community_id|campaign_id|level|year|district_at_award_id|score|awarded_on|valid_until|revoked_on|revocation_reason
/// observation|id|indicator_id|community_id|year|value|provenance|source_document[|indicator_version]
/// organisation|id|code|name_zh|name_en|level|role|district_id|street_id
/// plan|id|year|district_id|organisation_id|district_title_target|city_title_target|task_community_ids
/// funding|id|year|payer_level|payer_organisation_id|payer_district_id|payer_street_id|recipient_district_id|recipient_street_id|recipient_community_id|purpose|amount_yuan|note
/// event|id|kind|basis|year|held_on|title_zh|title_en|description|organiser_code|district_id|host_community_id|visited_community_ids|audience|sessions|attendance|attendance_is_minimum|campaign_id|source_document
/// outreach|id|kind|basis|channel|year|issued_on|title_zh|title_en|description|outlet|quantity|quantity_is_minimum|print_run|organiser_code|district_id|community_id|campaign_id|publicity_notice_id|source_document
/// practice|id|community_id|kind|started_on|ended_on|title_zh|title_en|description|evidence|count|district_id|source_document
/// </code>
/// Programme records (organisations, plans, funding allocations, events, outreach items, community practices) follow
/// the indicator values, each kind in ascending ID order; an edition without them hashes as before they existed. Task
/// community IDs are ascending, comma-separated; visited community IDs are in the order of the visits; flags are
/// <c>true</c> or <c>false</c>. A value measured under version 2 or later of its indicator's definition ends with that
/// version; a version-1 line has no such field, so editions hashed before definitions had versions still verify.
/// The same content gives the same hash on every database; any change to a listed field changes it.
/// </summary>
public sealed class EditionContentHasher : IDisposable
{
    private static readonly string[] ProgrammeKinds = ["organisation", "plan", "funding", "event", "outreach", "practice"];

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();
    private int _lastAwardId;
    private int _lastObservationId;
    private bool _observationsStarted;
    private int _programmeRank = -1;
    private int _lastProgrammeId;

    /// <summary>Awards added so far.</summary>
    public int AwardCount { get; private set; }

    /// <summary>Values added so far.</summary>
    public int ObservationCount { get; private set; }

    /// <summary>Adds an award; awards come first, in ascending ID order.</summary>
    public void AddAward(int id, int communityId, int campaignId, string level, int year, int districtAtAwardId, decimal? score, DateOnly awardedOn, DateOnly validUntil, DateOnly? revokedOn, string? revocationReason)
    {
        if (_observationsStarted || id <= _lastAwardId)
        {
            throw new InvalidOperationException("Add awards first, in ascending ID order.");
        }

        _lastAwardId = id;
        AwardCount++;
        Write("award", Number(id), Number(communityId), Number(campaignId), level, Number(year), Number(districtAtAwardId), Number(score), Date(awardedOn), Date(validUntil), Date(revokedOn), Escape(revocationReason));
    }

    /// <summary>Adds an indicator value measured under version 1 of its definition, in ascending ID order, after the awards.</summary>
    public void AddObservation(int id, int indicatorId, int communityId, int year, decimal value, string provenance, string? sourceDocument) =>
        AddObservation(id, indicatorId, 1, communityId, year, value, provenance, sourceDocument);

    /// <summary>Adds an indicator value, in ascending ID order, after the awards.</summary>
    public void AddObservation(int id, int indicatorId, int indicatorVersion, int communityId, int year, decimal value, string provenance, string? sourceDocument)
    {
        if (id <= _lastObservationId || _programmeRank >= 0)
        {
            throw new InvalidOperationException("Add values in ascending ID order, before programme records.");
        }

        _observationsStarted = true;
        _lastObservationId = id;
        ObservationCount++;
        if (indicatorVersion == 1)
        {
            Write("observation", Number(id), Number(indicatorId), Number(communityId), Number(year), Number(value), provenance, Escape(sourceDocument));
        }
        else
        {
            Write("observation", Number(id), Number(indicatorId), Number(communityId), Number(year), Number(value), provenance, Escape(sourceDocument), Number(indicatorVersion));
        }
    }

    /// <summary>Programme records (organisations, plans, funding allocations, events, outreach items, practices) added so far.</summary>
    public int ProgrammeRecordCount { get; private set; }

    /// <summary>Adds an organisation, after the indicator values.</summary>
    public void AddOrganisation(int id, string code, string nameZh, string nameEn, string level, string role, int? districtId, int? streetId)
    {
        Programme("organisation", id);
        Write("organisation", Number(id), Escape(code), Escape(nameZh), Escape(nameEn), level, role, Number(districtId), Number(streetId));
    }

    /// <summary>Adds an annual plan, after the organisations.</summary>
    public void AddPlan(int id, int year, int? districtId, int? organisationId, int districtTitleTarget, int cityTitleTarget, IEnumerable<int> taskCommunityIds)
    {
        Programme("plan", id);
        Write("plan", Number(id), Number(year), Number(districtId), Number(organisationId), Number(districtTitleTarget), Number(cityTitleTarget), string.Join(',', taskCommunityIds.Order().Select(Number)));
    }

    /// <summary>Adds a funding allocation, after the plans.</summary>
    public void AddFundingAllocation(int id, int year, string payerLevel, int? payerOrganisationId, int? payerDistrictId, int? payerStreetId, int recipientDistrictId, int? recipientStreetId, int? recipientCommunityId, string purpose, decimal amountYuan, string? note)
    {
        Programme("funding", id);
        Write("funding", Number(id), Number(year), payerLevel, Number(payerOrganisationId), Number(payerDistrictId), Number(payerStreetId), Number(recipientDistrictId), Number(recipientStreetId), Number(recipientCommunityId), purpose, Number(amountYuan), Escape(note));
    }

    /// <summary>Adds a programme event, after the funding allocations.</summary>
    public void AddEvent(int id, EditionEventLine e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Programme("event", id);
        Write("event", Number(id), e.Kind, e.Basis, Number(e.Year), Date(e.HeldOn), Escape(e.TitleZh), Escape(e.TitleEn), Escape(e.Description), Escape(e.OrganiserCode),
            Number(e.DistrictId), Number(e.HostCommunityId), string.Join(',', e.VisitedCommunityIds.Select(Number)), e.Audience, Number(e.Sessions), Number(e.Attendance),
            Flag(e.AttendanceIsMinimum), Number(e.CampaignId), Escape(e.SourceDocument));
    }

    /// <summary>Adds an outreach item, after the events.</summary>
    public void AddOutreach(int id, EditionOutreachLine o)
    {
        ArgumentNullException.ThrowIfNull(o);
        Programme("outreach", id);
        Write("outreach", Number(id), o.Kind, o.Basis, o.Channel, Number(o.Year), Date(o.IssuedOn), Escape(o.TitleZh), Escape(o.TitleEn), Escape(o.Description), Escape(o.Outlet),
            Number(o.Quantity), Flag(o.QuantityIsMinimum), Number(o.PrintRun), Escape(o.OrganiserCode), Number(o.DistrictId), Number(o.CommunityId), Number(o.CampaignId),
            Number(o.PublicityNoticeId), Escape(o.SourceDocument));
    }

    /// <summary>Adds a community practice, after the outreach items.</summary>
    public void AddPractice(int id, EditionPracticeLine p)
    {
        ArgumentNullException.ThrowIfNull(p);
        Programme("practice", id);
        Write("practice", Number(id), Number(p.CommunityId), p.Kind, Date(p.StartedOn), Date(p.EndedOn), Escape(p.TitleZh), Escape(p.TitleEn), Escape(p.Description),
            Escape(p.Evidence), Number(p.Count), Number(p.DistrictId), Escape(p.SourceDocument));
    }

    /// <summary>The hash, as 64 lower-case hexadecimal digits.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();

    /// <summary>A number in canonical form: invariant, no trailing zeros, no exponent.</summary>
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int? value) => value is { } v ? Number(v) : string.Empty;

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Escape(string? text) =>
        text is null ? string.Empty : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    // Kinds in the order organisation, plan, funding, event, outreach, practice; each kind's IDs ascending.
    private void Programme(string kind, int id)
    {
        var rank = Array.IndexOf(ProgrammeKinds, kind);
        if (rank < _programmeRank || (rank == _programmeRank && id <= _lastProgrammeId))
        {
            throw new InvalidOperationException("Add programme records after the values: organisations, plans, funding allocations, events, outreach items, then practices, each in ascending ID order.");
        }

        _observationsStarted = true;
        _programmeRank = rank;
        _lastProgrammeId = id;
        ProgrammeRecordCount++;
    }

    private void Write(params string[] fields)
    {
        _line.Clear();
        _line.AppendJoin('|', fields).Append('\n');
        _hash.AppendData(Encoding.UTF8.GetBytes(_line.ToString()));
    }
}

/// <summary>The hashed fields of a programme event (see <see cref="EditionContentHasher"/>).</summary>
public sealed record EditionEventLine(
    string Kind, string Basis, int Year, DateOnly? HeldOn, string TitleZh, string TitleEn, string Description, string? OrganiserCode, int? DistrictId,
    int? HostCommunityId, IReadOnlyList<int> VisitedCommunityIds, string Audience, int Sessions, int? Attendance, bool AttendanceIsMinimum, int? CampaignId, string? SourceDocument);

/// <summary>The hashed fields of an outreach item (see <see cref="EditionContentHasher"/>).</summary>
public sealed record EditionOutreachLine(
    string Kind, string Basis, string Channel, int Year, DateOnly? IssuedOn, string TitleZh, string TitleEn, string Description, string? Outlet, int? Quantity,
    bool QuantityIsMinimum, int? PrintRun, string? OrganiserCode, int? DistrictId, int? CommunityId, int? CampaignId, int? PublicityNoticeId, string? SourceDocument);

/// <summary>The hashed fields of a community practice (see <see cref="EditionContentHasher"/>).</summary>
public sealed record EditionPracticeLine(
    int CommunityId, string Kind, DateOnly StartedOn, DateOnly? EndedOn, string TitleZh, string TitleEn, string Description, string Evidence, int? Count, int? DistrictId, string? SourceDocument);
