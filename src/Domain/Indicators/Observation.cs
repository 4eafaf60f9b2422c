using GreenCommunity.Domain.Common;
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
public sealed class Observation : Entity
{
    private Observation()
    {
    }

    /// <summary>Records a value.</summary>
    public Observation(int indicatorId, int communityId, int year, decimal value, Provenance provenance, string? sourceDocument, DateTime recordedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        IndicatorId = indicatorId;
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

    /// <summary>Publishes the value.</summary>
    public void Publish(DateTime at) => PublishedAt ??= at;

    /// <summary>Marks this value as replaced by a correction.</summary>
    public void SupersedeWith(Observation correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        SupersededById = correction.Id;
    }
}
