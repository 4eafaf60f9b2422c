using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Indicators;

/// <summary>
/// One version of how an indicator is measured: its unit, what it measures, the method and the source. A change of
/// any of them is a new version; a version never changes, and every value keeps the version it was measured under.
/// </summary>
public sealed class IndicatorDefinitionVersion : Entity
{
    private IndicatorDefinitionVersion()
    {
        Unit = string.Empty;
        Description = string.Empty;
        Methodology = string.Empty;
        Source = string.Empty;
        ChangeNote = string.Empty;
    }

    internal IndicatorDefinitionVersion(int version, string unit, string description, string methodology, string source, string changeNote, DateTime? revisedAt)
    {
        Version = version;
        Unit = unit;
        Description = description;
        Methodology = methodology;
        Source = source;
        ChangeNote = changeNote;
        RevisedAt = revisedAt;
    }

    /// <summary>The indicator defined.</summary>
    public int IndicatorId { get; private set; }

    /// <summary>The version number: 1 for the first definition, then 2, 3...</summary>
    public int Version { get; private set; }

    /// <summary>The unit of the values (<c>percent</c>, <c>count</c>, <c>flag</c>...).</summary>
    public string Unit { get; private set; }

    /// <summary>What it measures.</summary>
    public string Description { get; private set; }

    /// <summary>How it is measured.</summary>
    public string Methodology { get; private set; }

    /// <summary>Who measures it.</summary>
    public string Source { get; private set; }

    /// <summary>What changed from the version before and why; empty for the first version.</summary>
    public string ChangeNote { get; private set; }

    /// <summary>When this version replaced the one before; null for the first version.</summary>
    public DateTime? RevisedAt { get; private set; }

    /// <summary>Why <paramref name="value"/> cannot be a value measured under this version, or null when it can.</summary>
    public string? RejectValue(string code, decimal value) => IndicatorDefinition.RejectValue(code, Unit, value);
}
