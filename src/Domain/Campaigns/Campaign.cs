using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Editions;

namespace GreenCommunity.Domain.Campaigns;

/// <summary>One year's creation round at one title level, scored against one criteria-scheme version.</summary>
public sealed class Campaign : Entity, IReadFromEdition
{
    private Campaign()
    {
        Name = null!;
        Timetable = null!;
    }

    /// <inheritdoc />
    public int? ReadFromEdition { get; private set; }

    /// <summary>A copy marked as read from edition <paramref name="edition"/>: what hangs under it is read from that edition.</summary>
    public Campaign AsReadFrom(int edition)
    {
        var copy = (Campaign)MemberwiseClone();
        copy.ReadFromEdition = edition;
        return copy;
    }

    /// <summary>Creates a campaign.</summary>
    public Campaign(int year, TitleLevel level, int batchNumber, LocalizedText name, CriteriaScheme scheme, CampaignTimetable timetable)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchNumber, 1);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(timetable);
        if (scheme.PublishedOn is null)
        {
            throw new ArgumentException($"A campaign binds to a published criteria version; {scheme.Code} v{scheme.Version} is a draft.", nameof(scheme));
        }

        Year = year;
        Level = level;
        BatchNumber = batchNumber;
        Name = name;
        Scheme = scheme;
        SchemeId = scheme.Id;
        Timetable = timetable;
    }

    /// <summary>The campaign year.</summary>
    public int Year { get; private set; }

    /// <summary>The title level the campaign grants.</summary>
    public TitleLevel Level { get; private set; }

    /// <summary>The batch (第N批) the campaign's awards form, counted per level from the programme's start.</summary>
    public int BatchNumber { get; private set; }

    /// <summary>The campaign's name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The criteria-scheme version applications are scored against.</summary>
    public int SchemeId { get; private set; }

    /// <summary>The criteria-scheme version applications are scored against.</summary>
    public CriteriaScheme? Scheme { get; private set; }

    /// <summary>The campaign's dates.</summary>
    public CampaignTimetable Timetable { get; private set; }

    /// <summary>When the campaign was announced to the public; unannounced campaigns are not public.</summary>
    public DateTime? AnnouncedAt { get; private set; }

    /// <summary>When the results were published; until then none of the campaign's awards are public.</summary>
    public DateTime? ResultsPublishedAt { get; private set; }

    /// <summary>The organisation that runs the campaign (the city's EPB for the city level), when known.</summary>
    public int? ResponsibleOrganisationId { get; private set; }

    /// <summary>Names the organisation that runs the campaign.</summary>
    public void AssignResponsibility(int organisationId) => ResponsibleOrganisationId = organisationId;

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>True once the results are public.</summary>
    public bool ResultsPublished => ResultsPublishedAt is not null;

    /// <summary>Announces the campaign to the public.</summary>
    public void Announce(DateTime at)
    {
        if (AnnouncedAt is null)
        {
            AnnouncedAt = at;
            Version++;
        }
    }

    /// <summary>Marks the results as published.</summary>
    public void MarkResultsPublished(DateTime at)
    {
        if (AnnouncedAt is null)
        {
            throw new InvalidOperationException("A campaign must be announced before its results are published.");
        }

        if (ResultsPublishedAt is null)
        {
            ResultsPublishedAt = at;
            Version++;
        }
    }
}

/// <summary>A campaign's dates and its publicity period.</summary>
public sealed record CampaignTimetable
{
    /// <summary>Creates a timetable; dates must follow one another.</summary>
    public CampaignTimetable(DateOnly applicationsOpen, DateOnly applicationsClose, DateOnly evaluationStart, DateOnly evaluationEnd, int publicityDays)
    {
        if (applicationsClose < applicationsOpen || evaluationStart < applicationsClose || evaluationEnd < evaluationStart)
        {
            throw new ArgumentException("Timetable dates must follow one another: applications open, close, evaluation start, end.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(publicityDays, 1);
        ApplicationsOpen = applicationsOpen;
        ApplicationsClose = applicationsClose;
        EvaluationStart = evaluationStart;
        EvaluationEnd = evaluationEnd;
        PublicityDays = publicityDays;
    }

    /// <summary>First day applications are accepted.</summary>
    public DateOnly ApplicationsOpen { get; private init; }

    /// <summary>Last day applications are accepted.</summary>
    public DateOnly ApplicationsClose { get; private init; }

    /// <summary>First day of on-site evaluation.</summary>
    public DateOnly EvaluationStart { get; private init; }

    /// <summary>Last day of on-site evaluation.</summary>
    public DateOnly EvaluationEnd { get; private init; }

    /// <summary>Length of the publicity (objection) period in days.</summary>
    public int PublicityDays { get; private init; }
}
