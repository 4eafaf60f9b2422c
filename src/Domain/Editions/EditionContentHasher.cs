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
/// observation|id|indicator_id|community_id|year|value|provenance|source_document
/// organisation|id|code|name_zh|name_en|level|role|district_id|street_id
/// plan|id|year|district_id|organisation_id|district_title_target|city_title_target|task_community_ids
/// funding|id|year|payer_level|payer_organisation_id|payer_district_id|payer_street_id|recipient_district_id|recipient_street_id|recipient_community_id|purpose|amount_yuan|note
/// </code>
/// Programme records (organisations, plans, funding allocations) follow the indicator values, each kind in ascending
/// ID order; an edition without them hashes as before they existed. Task community IDs are ascending, comma-separated.
/// The same content gives the same hash on every database; any change to a listed field changes it.
/// </summary>
public sealed class EditionContentHasher : IDisposable
{
    private static readonly string[] ProgrammeKinds = ["organisation", "plan", "funding"];

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

    /// <summary>Adds an indicator value, in ascending ID order, after the awards.</summary>
    public void AddObservation(int id, int indicatorId, int communityId, int year, decimal value, string provenance, string? sourceDocument)
    {
        if (id <= _lastObservationId || _programmeRank >= 0)
        {
            throw new InvalidOperationException("Add values in ascending ID order, before programme records.");
        }

        _observationsStarted = true;
        _lastObservationId = id;
        ObservationCount++;
        Write("observation", Number(id), Number(indicatorId), Number(communityId), Number(year), Number(value), provenance, Escape(sourceDocument));
    }

    /// <summary>Programme records (organisations, plans, funding allocations) added so far.</summary>
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

    /// <summary>The hash, as 64 lower-case hexadecimal digits.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();

    /// <summary>A number in canonical form: invariant, no trailing zeros, no exponent.</summary>
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int? value) => value is { } v ? Number(v) : string.Empty;

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Escape(string? text) =>
        text is null ? string.Empty : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    // Kinds in the order organisation, plan, funding; each kind's IDs ascending.
    private void Programme(string kind, int id)
    {
        var rank = Array.IndexOf(ProgrammeKinds, kind);
        if (rank < _programmeRank || (rank == _programmeRank && id <= _lastProgrammeId))
        {
            throw new InvalidOperationException("Add programme records after the values: organisations, plans, then funding allocations, each in ascending ID order.");
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
