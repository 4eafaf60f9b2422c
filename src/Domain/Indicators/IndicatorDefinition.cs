using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Indicators;

/// <summary>
/// A measured quantity the programme tracks per community and period, e.g. waste-sorting participation. Its unit,
/// description, method and source are those of its current version; each change of them is a new version
/// (<see cref="Revise"/>), and the versions before stay on record with the values measured under them.
/// </summary>
public sealed class IndicatorDefinition : Entity
{
    /// <summary>The longest change note a revision takes.</summary>
    public const int MaxChangeNoteLength = 2000;

    private readonly List<IndicatorDefinitionVersion> _versions = [];

    private IndicatorDefinition()
    {
        Code = string.Empty;
        Name = null!;
        Unit = string.Empty;
        Description = string.Empty;
        Methodology = string.Empty;
        Source = string.Empty;
    }

    /// <summary>Defines an indicator.</summary>
    public IndicatorDefinition(string code, LocalizedText name, string unit, string description, string methodology, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        Code = code;
        Name = name;
        Unit = unit;
        Description = description;
        Methodology = methodology;
        Source = source;
        Version = 1;
        _versions.Add(new IndicatorDefinitionVersion(1, unit, description, methodology, source, string.Empty, revisedAt: null));
    }

    /// <summary>A stable code, e.g. <c>waste-sorting-participation</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The indicator's name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The unit of the values (<c>percent</c>, <c>count</c>, <c>square-metres</c>...).</summary>
    public string Unit { get; private set; }

    /// <summary>What it measures.</summary>
    public string Description { get; private set; }

    /// <summary>How it is measured.</summary>
    public string Methodology { get; private set; }

    /// <summary>Who measures it.</summary>
    public string Source { get; private set; }

    /// <summary>The current version: the number of the latest revision, 1 for the first definition.</summary>
    public int Version { get; private set; }

    /// <summary>Every version of the definition, oldest first (loaded when asked for).</summary>
    public IReadOnlyList<IndicatorDefinitionVersion> Versions => _versions;

    /// <summary>Why <paramref name="value"/> cannot be a value of the current version, or null when it can.</summary>
    public string? RejectValue(decimal value) => RejectValue(Code, Unit, value);

    /// <summary>
    /// Why <paramref name="value"/> cannot be a value in <paramref name="unit"/>, or null when it can: percentages lie
    /// in 0..100, counts are whole and not negative, flags are 0 or 1.
    /// </summary>
    public static string? RejectValue(string code, string unit, decimal value) => unit switch
    {
        "percent" when value is < 0 or > 100 => $"{code} is a percentage: give 0 to 100.",
        "count" when value < 0 || decimal.Truncate(value) != value => $"{code} is a count: give a whole number from 0.",
        "flag" when value is not (0 or 1) => $"{code} is a flag: give 1 for yes or 0 for no.",
        _ => null,
    };

    /// <summary>
    /// Makes the next version from the current one with the fields given changed (null keeps a field). The current
    /// version must be <paramref name="expectedVersion"/> (a stale one is a conflict), something must change, and the
    /// change note says what and why. The earlier versions and the values measured under them are untouched.
    /// </summary>
    public (IndicatorDefinitionVersion? Version, DomainError? Error) Revise(int expectedVersion, string? unit, string? description, string? methodology, string? source, string changeNote, DateTime at)
    {
        if (expectedVersion != Version)
        {
            return (null, new DomainError(DomainErrorCodes.Conflict, $"{Code} is at version {Version}, not {expectedVersion}: read it again.", "version"));
        }

        var note = changeNote?.Trim() ?? string.Empty;
        if (note.Length is 0 or > MaxChangeNoteLength)
        {
            return (null, new DomainError(DomainErrorCodes.InvalidInput, $"Say what changed and why in 1 to {MaxChangeNoteLength} characters.", "changeNote"));
        }

        var next = (Unit: Clean(unit) ?? Unit, Description: Clean(description) ?? Description, Methodology: Clean(methodology) ?? Methodology, Source: Clean(source) ?? Source);
        if (next.Unit.Length > 32 || next.Description.Length > 2000 || next.Methodology.Length > 2000 || next.Source.Length > 500)
        {
            return (null, new DomainError(DomainErrorCodes.InvalidInput, "The unit takes at most 32 characters, the description and method 2000, the source 500.", "unit"));
        }

        if (next == (Unit, Description, Methodology, Source))
        {
            return (null, new DomainError(DomainErrorCodes.InvalidInput, $"Nothing differs from version {Version} of {Code}: give the unit, description, method or source that changes.", "unit"));
        }

        Version++;
        (Unit, Description, Methodology, Source) = next;
        var version = new IndicatorDefinitionVersion(Version, Unit, Description, Methodology, Source, note, at);
        _versions.Add(version);
        return (version, null);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
