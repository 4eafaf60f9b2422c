using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Activities;

/// <summary>Kinds of community practice worth recording.</summary>
public enum PracticeKind
{
    /// <summary>"Green family" awards for households that live green (绿色家庭).</summary>
    GreenFamilyAward,

    /// <summary>Agreements with shops not to sell protected wildlife.</summary>
    WildlifeShopAgreement,

    /// <summary>A waste-sorting scheme with sorted bins.</summary>
    WasteSorting,

    /// <summary>A noise-monitoring display put up in the community.</summary>
    NoiseMonitoringDisplay,

    /// <summary>An environmental volunteer group.</summary>
    VolunteerGroup,

    /// <summary>Regular residents' environmental forums.</summary>
    ResidentForum,
}

/// <summary>What a practice record says; checked by <see cref="CommunityPractice.Check"/>.</summary>
/// <param name="Kind">The kind of practice.</param>
/// <param name="StartedOn">When it started.</param>
/// <param name="EndedOn">When it ended; null while it runs.</param>
/// <param name="Title">A bilingual title.</param>
/// <param name="Description">What the community does.</param>
/// <param name="Evidence">What shows it: a document, a photo record, an inspection.</param>
/// <param name="Count">How many (families awarded, shops signed, volunteers, bins...), when counted.</param>
/// <param name="SourceDocument">The document it was taken from.</param>
public sealed record PracticeDetails(
    PracticeKind Kind,
    DateOnly StartedOn,
    DateOnly? EndedOn,
    LocalizedText? Title,
    string Description,
    string Evidence,
    int? Count,
    string? SourceDocument);

/// <summary>A dated practice of one community, with the evidence for it.</summary>
public sealed class CommunityPractice : ProgrammeRecord
{
    private CommunityPractice()
    {
        Title = null!;
        Description = string.Empty;
        Evidence = string.Empty;
    }

    /// <summary>Records a draft practice of a community in <paramref name="districtId"/>; the details must pass <see cref="Check"/>.</summary>
    public CommunityPractice(int communityId, int districtId, PracticeDetails details, string recordedBy, DateTime recordedAt)
        : base(districtId, recordedBy, recordedAt)
    {
        CommunityId = communityId;
        Title = null!;
        Description = string.Empty;
        Evidence = string.Empty;
        Apply(details);
    }

    /// <summary>The community.</summary>
    public int CommunityId { get; private set; }

    /// <summary>The community.</summary>
    public Community? Community { get; private set; }

    /// <summary>The kind of practice.</summary>
    public PracticeKind Kind { get; private set; }

    /// <summary>When it started.</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>When it ended; null while it runs.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>What the community does.</summary>
    public string Description { get; private set; }

    /// <summary>What shows it.</summary>
    public string Evidence { get; private set; }

    /// <summary>How many, when counted.</summary>
    public int? Count { get; private set; }

    /// <inheritdoc />
    public override string RecordType => ProgrammeRecordTypes.Practice;

    /// <summary>The first rule <paramref name="d"/> breaks, or null.</summary>
    public static DomainError? Check(PracticeDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return CheckYear(d.StartedOn.Year)
            ?? CheckText(d.Title, d.Description, d.SourceDocument)
            ?? (d.EndedOn < d.StartedOn ? Invalid("A practice ends on or after the day it started.", "endedOn")
            : string.IsNullOrWhiteSpace(d.Evidence) || d.Evidence.Length > 1000 ? Invalid("Give the evidence (at most 1,000 characters): the document, photo record or inspection that shows the practice.", "evidence")
            : d.Count is < 0 or > 10_000_000 ? Invalid("The count must be from 0 to 10,000,000.", "count")
            : null);
    }

    /// <summary>Replaces the draft's details (they must pass <see cref="Check"/>).</summary>
    public void Revise(PracticeDetails details, string by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(details);
        Revised(by, at, details.SourceDocument);
        Apply(details);
    }

    private void Apply(PracticeDetails d)
    {
        if (Check(d) is { } error)
        {
            throw new ArgumentException(error.Message, nameof(d));
        }

        Kind = d.Kind;
        StartedOn = d.StartedOn;
        EndedOn = d.EndedOn;
        Title = d.Title!;
        Description = d.Description.Trim();
        Evidence = d.Evidence.Trim();
        Count = d.Count;
        SourceDocument = d.SourceDocument;
    }
}
