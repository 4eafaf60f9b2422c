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
/// </code>
/// The same content gives the same hash on every database; any change to a listed field changes it.
/// </summary>
public sealed class EditionContentHasher : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();
    private int _lastAwardId;
    private int _lastObservationId;
    private bool _observationsStarted;

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
        if (id <= _lastObservationId)
        {
            throw new InvalidOperationException("Add values in ascending ID order.");
        }

        _observationsStarted = true;
        _lastObservationId = id;
        ObservationCount++;
        Write("observation", Number(id), Number(indicatorId), Number(communityId), Number(year), Number(value), provenance, Escape(sourceDocument));
    }

    /// <summary>The hash, as 64 lower-case hexadecimal digits.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();

    /// <summary>A number in canonical form: invariant, no trailing zeros, no exponent.</summary>
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Escape(string? text) =>
        text is null ? string.Empty : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private void Write(params string[] fields)
    {
        _line.Clear();
        _line.AppendJoin('|', fields).Append('\n');
        _hash.AppendData(Encoding.UTF8.GetBytes(_line.ToString()));
    }
}
