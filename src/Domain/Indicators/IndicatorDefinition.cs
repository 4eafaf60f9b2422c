using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Indicators;

/// <summary>A measured quantity the programme tracks per community and period, e.g. waste-sorting participation.</summary>
public sealed class IndicatorDefinition : Entity
{
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

    /// <summary>
    /// Why <paramref name="value"/> cannot be a value of this indicator, or null when it can: percentages lie in
    /// 0..100, counts are whole and not negative, flags are 0 or 1.
    /// </summary>
    public string? RejectValue(decimal value) => Unit switch
    {
        "percent" when value is < 0 or > 100 => $"{Code} is a percentage: give 0 to 100.",
        "count" when value < 0 || decimal.Truncate(value) != value => $"{Code} is a count: give a whole number from 0.",
        "flag" when value is not (0 or 1) => $"{Code} is a flag: give 1 for yes or 0 for no.",
        _ => null,
    };
}
