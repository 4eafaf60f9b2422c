using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Criteria;

/// <summary>
/// A versioned scoring standard (考评标准): sections with indicators and their maximum points, gates that
/// veto regardless of score, and the pass mark of each title level.
/// </summary>
public sealed class CriteriaScheme : Entity
{
    private readonly List<CriteriaSection> _sections = [];
    private readonly List<Gate> _gates = [];
    private readonly List<PassMark> _passMarks = [];

    private CriteriaScheme()
    {
        Code = string.Empty;
        Name = null!;
        ScoringRule = string.Empty;
    }

    /// <summary>Creates an empty scheme version.</summary>
    public CriteriaScheme(string code, int version, LocalizedText name, DateOnly publishedOn, int validityYears, string scoringRule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(validityYears, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(scoringRule);
        Code = code;
        Version = version;
        Name = name;
        PublishedOn = publishedOn;
        ValidityYears = validityYears;
        ScoringRule = scoringRule;
    }

    /// <summary>The scheme's code, shared by all its versions.</summary>
    public string Code { get; private set; }

    /// <summary>The version number, from 1.</summary>
    public int Version { get; private set; }

    /// <summary>The scheme's title.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The day the city published this version.</summary>
    public DateOnly PublishedOn { get; private set; }

    /// <summary>How many years a title granted under this version stays valid.</summary>
    public int ValidityYears { get; private set; }

    /// <summary>How indicator scores become a panel score, in words.</summary>
    public string ScoringRule { get; private set; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<CriteriaSection> Sections => _sections;

    /// <summary>The hard eligibility gates.</summary>
    public IReadOnlyList<Gate> Gates => _gates;

    /// <summary>The minimum panel score per title level.</summary>
    public IReadOnlyList<PassMark> PassMarks => _passMarks;

    /// <summary>The sum of all indicators' maximum points.</summary>
    public decimal MaximumScore => _sections.Sum(s => s.MaximumPoints);

    /// <summary>Adds a section at the end.</summary>
    public CriteriaSection AddSection(string code, LocalizedText title)
    {
        if (_sections.Exists(s => s.Code == code))
        {
            throw new InvalidOperationException($"Section {code} already exists in scheme {Code} v{Version}.");
        }

        var section = new CriteriaSection(code, _sections.Count + 1, title);
        _sections.Add(section);
        return section;
    }

    /// <summary>Adds a gate.</summary>
    public Gate AddGate(GateKind kind, LocalizedText description, decimal? threshold = null)
    {
        if (_gates.Exists(g => g.Kind == kind))
        {
            throw new InvalidOperationException($"Gate {kind} already exists in scheme {Code} v{Version}.");
        }

        var gate = new Gate(kind, description, threshold);
        _gates.Add(gate);
        return gate;
    }

    /// <summary>Sets the pass mark of a level.</summary>
    public void SetPassMark(TitleLevel level, decimal minimumScore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumScore);
        _passMarks.RemoveAll(p => p.Level == level);
        _passMarks.Add(new PassMark(level, minimumScore));
    }

    /// <summary>The pass mark of a level, if the scheme sets one.</summary>
    public decimal? PassMarkFor(TitleLevel level) => _passMarks.Find(p => p.Level == level)?.MinimumScore;
}

/// <summary>The minimum panel score for a title level.</summary>
public sealed record PassMark(TitleLevel Level, decimal MinimumScore);
