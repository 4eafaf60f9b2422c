using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Criteria;

/// <summary>A section of a criteria scheme, e.g. one of the five signs of a Green Community.</summary>
public sealed class CriteriaSection : Entity
{
    private readonly List<Indicator> _indicators = [];

    // The scheme this section was added to in memory (null when loaded from the database, where edits go through
    // CriteriaScheme.Apply, which checks the version is a draft).
    private readonly CriteriaScheme? _scheme;

    private CriteriaSection()
    {
        Code = string.Empty;
        Title = null!;
    }

    internal CriteriaSection(CriteriaScheme scheme, string code, int position, LocalizedText title)
    {
        _scheme = scheme;
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Position = position;
        Title = title;
    }

    /// <summary>The scheme the section belongs to.</summary>
    public int SchemeId { get; private set; }

    /// <summary>A code unique within the scheme.</summary>
    public string Code { get; private set; }

    /// <summary>The 1-based position within the scheme.</summary>
    public int Position { get; private set; }

    /// <summary>The section's title.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>The indicators, in order.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;

    /// <summary>The sum of the indicators' maximum points.</summary>
    public decimal MaximumPoints => _indicators.Sum(i => i.MaximumPoints);

    /// <summary>Adds an indicator at the end.</summary>
    public Indicator AddIndicator(string code, LocalizedText title, decimal maximumPoints, string guidance, string evidenceExpected)
    {
        if (_scheme?.PublishedOn is not null)
        {
            throw new InvalidOperationException($"Scheme {_scheme.Code} v{_scheme.Version} is published and never changes.");
        }

        if (_indicators.Exists(i => i.Code == code))
        {
            throw new InvalidOperationException($"Indicator {code} already exists in section {Code}.");
        }

        var indicator = new Indicator(code, _indicators.Count + 1, title, maximumPoints, guidance, evidenceExpected);
        _indicators.Add(indicator);
        return indicator;
    }

    /// <summary>Removes an indicator and closes the gap in positions.</summary>
    internal void RemoveIndicator(Indicator indicator)
    {
        _indicators.Remove(indicator);
        for (var p = 0; p < _indicators.Count; p++)
        {
            _indicators[p].MoveTo(p + 1);
        }
    }

    /// <summary>Moves the section to <paramref name="position"/>.</summary>
    internal void MoveTo(int position) => Position = position;
}
