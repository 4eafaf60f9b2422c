using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Indicators;

/// <summary>Where an observed value comes from.</summary>
public enum Provenance
{
    /// <summary>Reported by the community itself.</summary>
    SelfReported,

    /// <summary>Checked by an evaluation panel on site.</summary>
    PanelVerified,

    /// <summary>From a resident survey.</summary>
    Survey,

    /// <summary>From an official record.</summary>
    OfficialRecord,
}

/// <summary>A value of an indicator for a community and year, with its provenance.</summary>
public sealed class Observation : Entity, IReadFromEdition
{
    private Observation()
    {
    }

    /// <inheritdoc />
    public int? ReadFromEdition { get; private set; }

    /// <summary>A copy marked as read from edition <paramref name="edition"/>: what hangs under it is read from that edition.</summary>
    public Observation AsReadFrom(int edition)
    {
        var copy = (Observation)MemberwiseClone();
        copy.ReadFromEdition = edition;
        return copy;
    }

    /// <summary>Records a value measured under version 1 of its indicator's definition.</summary>
    public Observation(int indicatorId, int communityId, int year, decimal value, Provenance provenance, string? sourceDocument, DateTime recordedAt)
        : this(indicatorId, 1, communityId, year, value, provenance, sourceDocument, recordedAt)
    {
    }

    /// <summary>Records a value measured under version <paramref name="indicatorVersion"/> of its indicator's definition.</summary>
    public Observation(int indicatorId, int indicatorVersion, int communityId, int year, decimal value, Provenance provenance, string? sourceDocument, DateTime recordedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfLessThan(indicatorVersion, 1);
        IndicatorId = indicatorId;
        IndicatorVersion = indicatorVersion;
        CommunityId = communityId;
        Year = year;
        Value = value;
        Provenance = provenance;
        SourceDocument = sourceDocument;
        RecordedAt = recordedAt;
    }

    /// <summary>The indicator measured.</summary>
    public int IndicatorId { get; private set; }

    /// <summary>The indicator measured.</summary>
    public IndicatorDefinition? Indicator { get; private set; }

    /// <summary>The version of the indicator's definition (unit, method) the value was measured under; it never changes.</summary>
    public int IndicatorVersion { get; private set; }

    /// <summary>The version of the indicator's definition the value was measured under.</summary>
    public IndicatorDefinitionVersion? Definition { get; private set; }

    /// <summary>The community measured.</summary>
    public int CommunityId { get; private set; }

    /// <summary>The community measured.</summary>
    public Community? Community { get; private set; }

    /// <summary>The period (calendar year) the value describes.</summary>
    public int Year { get; private set; }

    /// <summary>The value, in the indicator's unit.</summary>
    public decimal Value { get; private set; }

    /// <summary>Where the value comes from.</summary>
    public Provenance Provenance { get; private set; }

    /// <summary>The document the value was taken from.</summary>
    public string? SourceDocument { get; private set; }

    /// <summary>When the value was recorded.</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>When the value was published; unpublished values are never public.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The correction that replaced this value, if any; superseded values stay on record.</summary>
    public int? SupersededById { get; private set; }

    /// <summary>The correction that replaced this value, if any.</summary>
    public Observation? SupersededBy { get; private set; }

    /// <summary>The number of the edition of the published data that first listed the value.</summary>
    public int? PublishedInEdition { get; private set; }

    /// <summary>The number of the edition in which a correction replaced the value.</summary>
    public int? SupersededInEdition { get; private set; }

    /// <summary>True when the value is the same record: indicator and its version, community, year, value, provenance and document.</summary>
    public bool Matches(int indicatorId, int indicatorVersion, int communityId, int year, decimal value, Provenance provenance, string? sourceDocument) =>
        IndicatorId == indicatorId && IndicatorVersion == indicatorVersion && CommunityId == communityId && Year == year && Value == value && Provenance == provenance
        && string.Equals(SourceDocument ?? string.Empty, sourceDocument ?? string.Empty, StringComparison.Ordinal);

    /// <summary>Publishes the value.</summary>
    public void Publish(DateTime at) => PublishedAt ??= at;

    /// <summary>Marks this value as replaced by a correction; the value stays on record.</summary>
    public void SupersedeWith(Observation correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        if (correction == this || correction.IndicatorId != IndicatorId || correction.CommunityId != CommunityId || correction.Year != Year)
        {
            throw new ArgumentException("A correction replaces a value of the same indicator, community and year.", nameof(correction));
        }

        if (SupersededById is not null || SupersededBy is not null)
        {
            throw new InvalidOperationException("The value was already corrected; correct the correction instead.");
        }

        SupersededBy = correction;
        SupersededById = correction.Id == 0 ? null : correction.Id;
    }

    /// <summary>Records the edition that first listed the value (once).</summary>
    internal void ListIn(int edition)
    {
        if (PublishedAt is null)
        {
            throw new InvalidOperationException("Only a published value is listed in an edition.");
        }

        PublishedInEdition ??= edition;
    }

    /// <summary>Records the edition in which the value's correction was published (once).</summary>
    internal void ShowSupersededIn(int edition)
    {
        if (SupersededById is null && SupersededBy is null)
        {
            throw new InvalidOperationException("The value has not been corrected.");
        }

        SupersededInEdition ??= edition;
    }
}
