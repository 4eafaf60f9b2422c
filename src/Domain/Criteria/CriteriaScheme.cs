using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Criteria;

/// <summary>
/// A versioned scoring standard (考评标准): sections with indicators and their maximum points, gates that
/// veto regardless of score, and the pass mark of each title level. A version is a draft until the city publishes
/// it; a published version never changes (campaigns, evaluations and awards keep the version they were scored under),
/// so the next version is drafted as a copy (<see cref="DraftNext"/>), edited (<see cref="Apply"/>) and published.
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

    /// <summary>Creates an empty draft scheme version; assemble it, then <see cref="Publish"/> it.</summary>
    public CriteriaScheme(string code, int version, LocalizedText name, int validityYears, string scoringRule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(validityYears, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(scoringRule);
        Code = code;
        Version = version;
        Name = name;
        ValidityYears = validityYears;
        ScoringRule = scoringRule;
    }

    /// <summary>The scheme's code, shared by all its versions.</summary>
    public string Code { get; private set; }

    /// <summary>The version number, from 1.</summary>
    public int Version { get; private set; }

    /// <summary>The scheme's title.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The day the city published this version; null while it is a draft.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>Draft or published.</summary>
    public CriteriaSchemeStatus Status => PublishedOn is null ? CriteriaSchemeStatus.Draft : CriteriaSchemeStatus.Published;

    /// <summary>The published version this one was drafted from, when it was.</summary>
    public int? BasedOnVersion { get; private set; }

    /// <summary>Counts the changes to a draft; a stale revision is a <c>CONFLICT</c>.</summary>
    public int Revision { get; private set; }

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
        ThrowIfPublished();
        if (_sections.Exists(s => s.Code == code))
        {
            throw new InvalidOperationException($"Section {code} already exists in scheme {Code} v{Version}.");
        }

        var section = new CriteriaSection(this, code, _sections.Count + 1, title);
        _sections.Add(section);
        return section;
    }

    /// <summary>Adds a gate.</summary>
    public Gate AddGate(GateKind kind, LocalizedText description, decimal? threshold = null)
    {
        ThrowIfPublished();
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
        ThrowIfPublished();
        _passMarks.RemoveAll(p => p.Level == level);
        _passMarks.Add(new PassMark(level, minimumScore));
    }

    /// <summary>The pass mark of a level, if the scheme sets one.</summary>
    public decimal? PassMarkFor(TitleLevel level) => _passMarks.Find(p => p.Level == level)?.MinimumScore;

    /// <summary>
    /// Drafts the next version of a code as a copy of its latest published version <paramref name="latest"/>:
    /// version <paramref name="highestVersion"/> + 1. Refused while another draft of the code is open
    /// (<c>DUPLICATE</c>: finish or publish that one) and when <paramref name="latest"/> is itself a draft.
    /// </summary>
    public static (CriteriaScheme? Draft, DomainError? Error) DraftNext(CriteriaScheme latest, int highestVersion, bool openDraftExists)
    {
        ArgumentNullException.ThrowIfNull(latest);
        if (latest.PublishedOn is null)
        {
            return (null, new DomainError(DomainErrorCodes.WrongState, "A new version is drafted from a published version.", "code"));
        }

        if (openDraftExists)
        {
            return (null, new DomainError(DomainErrorCodes.Duplicate, $"Scheme {latest.Code} already has an open draft; edit or publish it first.", "code"));
        }

        var draft = new CriteriaScheme(latest.Code, Math.Max(highestVersion, latest.Version) + 1, latest.Name, latest.ValidityYears, latest.ScoringRule)
        {
            IsSample = latest.IsSample,
        };
        draft.BasedOnVersion = latest.Version;
        foreach (var section in latest._sections.OrderBy(s => s.Position))
        {
            var copy = draft.AddSection(section.Code, section.Title);
            foreach (var i in section.Indicators.OrderBy(i => i.Position))
            {
                copy.AddIndicator(i.Code, i.Title, i.MaximumPoints, i.Guidance, i.EvidenceExpected);
            }
        }

        foreach (var gate in latest._gates.OrderBy(g => g.Kind))
        {
            draft.AddGate(gate.Kind, gate.Description, gate.Threshold);
        }

        foreach (var mark in latest._passMarks)
        {
            draft.SetPassMark(mark.Level, mark.MinimumScore);
        }

        return (draft, null);
    }

    /// <summary>Fails with <c>CONFLICT</c> when the caller read an older revision.</summary>
    public DomainError? CheckRevision(int expected) =>
        expected == Revision ? null : new DomainError(DomainErrorCodes.Conflict, $"The scheme changed since you read it (your revision {expected}, now {Revision}); read it again and retry.", "revision");

    /// <summary>
    /// Applies edits to a draft, all or none: <c>WRONG_STATE</c> for a published version (published versions never
    /// change), <c>NOT_FOUND</c> for a section, indicator or gate the draft lacks, <c>INVALID_INPUT</c> for a code
    /// already taken or a value out of range. The field of an error is <c>edits.N</c>, the failing edit.
    /// </summary>
    public Outcome Apply(IReadOnlyList<CriteriaEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (PublishedOn is not null)
        {
            return new DomainError(DomainErrorCodes.WrongState, $"Version {Version} of {Code} is published and never changes; draft a new version instead.", "scheme");
        }

        if (edits.Count == 0)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "Give at least one edit.", "edits");
        }

        for (var n = 0; n < edits.Count; n++)
        {
            if (ApplyOne(edits[n], $"edits.{n}") is { } error)
            {
                return error;
            }
        }

        Revision++;
        return Outcome.Ok;
    }

    /// <summary>
    /// Publishes a draft on <paramref name="on"/>, after checking it is whole: at least one section, every section with
    /// an indicator, every pass mark within the maximum score. A published version is refused (<c>WRONG_STATE</c>).
    /// </summary>
    public Outcome Publish(DateOnly on)
    {
        if (PublishedOn is not null)
        {
            return new DomainError(DomainErrorCodes.WrongState, $"Version {Version} of {Code} is already published.", "scheme");
        }

        if (_sections.Count == 0)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, "A scheme needs at least one section.", "scheme");
        }

        if (_sections.Find(s => s.Indicators.Count == 0) is { } empty)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, $"Section {empty.Code} has no indicator.", "scheme");
        }

        if (_passMarks.Find(p => p.MinimumScore > MaximumScore) is { } mark)
        {
            return new DomainError(DomainErrorCodes.InvalidInput, $"The {mark.Level} pass mark {mark.MinimumScore} is above the maximum score {MaximumScore}.", "scheme");
        }

        PublishedOn = on;
        Revision++;
        return Outcome.Ok;
    }

    private DomainError? ApplyOne(CriteriaEdit edit, string field)
    {
        DomainError Invalid(string message) => new(DomainErrorCodes.InvalidInput, message, field);
        DomainError Missing(string what) => new(DomainErrorCodes.NotFound, $"The draft has no {what}.", field);
        var indicators = _sections.SelectMany(s => s.Indicators.Select(i => (Section: s, Indicator: i))).ToList();
        switch (edit)
        {
            case CriteriaEdit.SetIndicatorPoints e:
                if (e.MaximumPoints <= 0)
                {
                    return Invalid("An indicator's maximum must be positive.");
                }

                if (indicators.Find(x => x.Indicator.Code == e.Indicator).Indicator is not { } indicator)
                {
                    return Missing($"indicator {e.Indicator}");
                }

                indicator.SetMaximumPoints(e.MaximumPoints);
                return null;
            case CriteriaEdit.AddIndicator e:
                if (_sections.Find(s => s.Code == e.Section) is not { } section)
                {
                    return Missing($"section {e.Section}");
                }

                if (string.IsNullOrWhiteSpace(e.Code) || indicators.Exists(x => x.Indicator.Code == e.Code))
                {
                    return Invalid($"Indicator code '{e.Code}' is empty or already taken.");
                }

                if (e.MaximumPoints <= 0)
                {
                    return Invalid("An indicator's maximum must be positive.");
                }

                section.AddIndicator(e.Code, e.Title, e.MaximumPoints, e.Guidance, e.EvidenceExpected);
                return null;
            case CriteriaEdit.RemoveIndicator e:
                var found = indicators.Find(x => x.Indicator.Code == e.Indicator);
                if (found.Indicator is null)
                {
                    return Missing($"indicator {e.Indicator}");
                }

                found.Section.RemoveIndicator(found.Indicator);
                return null;
            case CriteriaEdit.AddSection e:
                if (string.IsNullOrWhiteSpace(e.Code) || _sections.Exists(s => s.Code == e.Code))
                {
                    return Invalid($"Section code '{e.Code}' is empty or already taken.");
                }

                AddSection(e.Code, e.Title);
                return null;
            case CriteriaEdit.RemoveSection e:
                if (_sections.Find(s => s.Code == e.Section) is not { } removed)
                {
                    return Missing($"section {e.Section}");
                }

                _sections.Remove(removed);
                for (var p = 0; p < _sections.Count; p++)
                {
                    _sections[p].MoveTo(p + 1);
                }

                return null;
            case CriteriaEdit.SetGateThreshold e:
                if (_gates.Find(g => g.Kind == e.Kind) is not { } gate)
                {
                    return Missing($"{e.Kind} gate");
                }

                return gate.SetThreshold(e.Threshold) ? null : Invalid("The occupancy gate needs a threshold within (0, 1].");
            case CriteriaEdit.AddGate e:
                if (_gates.Exists(g => g.Kind == e.Kind))
                {
                    return Invalid($"The draft already has the {e.Kind} gate.");
                }

                if (e.Kind == GateKind.MinimumOccupancy && e.Threshold is not (> 0 and <= 1))
                {
                    return Invalid("The occupancy gate needs a threshold within (0, 1].");
                }

                AddGate(e.Kind, e.Description, e.Threshold);
                return null;
            case CriteriaEdit.RemoveGate e:
                return _gates.RemoveAll(g => g.Kind == e.Kind) == 0 ? Missing($"{e.Kind} gate") : null;
            case CriteriaEdit.SetPassMark e:
                if (e.MinimumScore < 0)
                {
                    return Invalid("A pass mark cannot be negative.");
                }

                SetPassMark(e.Level, e.MinimumScore);
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "Unknown criteria edit.");
        }
    }

    private void ThrowIfPublished()
    {
        if (PublishedOn is not null)
        {
            throw new InvalidOperationException($"Scheme {Code} v{Version} is published and never changes.");
        }
    }
}

/// <summary>Whether a scheme version is still being drafted or in force.</summary>
public enum CriteriaSchemeStatus
{
    /// <summary>Being drafted by the city; visible to city administrators only.</summary>
    Draft,

    /// <summary>Published: public, and never changes again.</summary>
    Published,
}

/// <summary>One change to a draft scheme version; sections and indicators are named by code, gates by kind.</summary>
public abstract record CriteriaEdit
{
    private CriteriaEdit()
    {
    }

    /// <summary>Re-weights an indicator.</summary>
    public sealed record SetIndicatorPoints(string Indicator, decimal MaximumPoints) : CriteriaEdit;

    /// <summary>Adds an indicator at the end of a section.</summary>
    public sealed record AddIndicator(string Section, string Code, LocalizedText Title, decimal MaximumPoints, string Guidance, string EvidenceExpected) : CriteriaEdit;

    /// <summary>Removes an indicator.</summary>
    public sealed record RemoveIndicator(string Indicator) : CriteriaEdit;

    /// <summary>Adds an empty section at the end.</summary>
    public sealed record AddSection(string Code, LocalizedText Title) : CriteriaEdit;

    /// <summary>Removes a section with its indicators.</summary>
    public sealed record RemoveSection(string Section) : CriteriaEdit;

    /// <summary>Changes a gate's threshold.</summary>
    public sealed record SetGateThreshold(GateKind Kind, decimal? Threshold) : CriteriaEdit;

    /// <summary>Adds a gate.</summary>
    public sealed record AddGate(GateKind Kind, LocalizedText Description, decimal? Threshold) : CriteriaEdit;

    /// <summary>Removes a gate.</summary>
    public sealed record RemoveGate(GateKind Kind) : CriteriaEdit;

    /// <summary>Sets a level's pass mark.</summary>
    public sealed record SetPassMark(TitleLevel Level, decimal MinimumScore) : CriteriaEdit;
}

/// <summary>The minimum panel score for a title level.</summary>
public sealed record PassMark(TitleLevel Level, decimal MinimumScore);
