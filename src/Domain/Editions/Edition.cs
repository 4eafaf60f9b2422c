using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Domain.Editions;

/// <summary>What an edition changed, compared with the previous one.</summary>
public enum EditionChangeKind
{
    /// <summary>An award was published.</summary>
    AwardAdded,

    /// <summary>A published award was revoked; it stays listed with its revocation.</summary>
    AwardRevoked,

    /// <summary>An indicator value was published.</summary>
    ObservationAdded,

    /// <summary>A published value was corrected: the correction replaces it, and it stays on record.</summary>
    ObservationCorrected,

    /// <summary>
    /// A programme record was published: an organisation, annual plan, funding allocation, event, outreach item or
    /// community practice (the change's record type says which).
    /// </summary>
    ProgrammeRecordAdded,
}

/// <summary>
/// A citable, immutable, numbered edition of the published data (awards and indicator values). Every publication
/// creates one in the same transaction as the change it publishes; it lists what changed since the previous edition
/// and carries a hash of its whole content, so a citation can be checked. Records are never rewritten: an edition is
/// a cut through their history (each record knows the edition that listed it and the one that revoked or replaced it).
/// </summary>
public sealed class Edition : Entity
{
    private readonly List<EditionChange> _changes = [];

    private Edition()
    {
        Reason = string.Empty;
    }

    /// <summary>Opens edition <paramref name="number"/>, published at <paramref name="publishedAt"/> for <paramref name="reason"/>.</summary>
    public Edition(int number, DateTime publishedAt, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Number = number;
        PublishedAt = publishedAt;
        Reason = reason;
    }

    /// <summary>The edition's number: 1, 2, 3... in publication order.</summary>
    public int Number { get; private set; }

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAt { get; private set; }

    /// <summary>Why it was published, e.g. "Results of the 2004 city-level campaign".</summary>
    public string Reason { get; private set; }

    /// <summary>SHA-256 (hex) of the edition's canonical content (<see cref="EditionContentHasher"/>); null until sealed.</summary>
    public string? ContentHash { get; private set; }

    /// <summary>Awards listed in the edition.</summary>
    public int AwardCount { get; private set; }

    /// <summary>Indicator values listed in the edition.</summary>
    public int ObservationCount { get; private set; }

    /// <summary>What changed since the previous edition.</summary>
    public IReadOnlyList<EditionChange> Changes => _changes;

    /// <summary>True when nothing changed, so no edition is needed.</summary>
    public bool IsEmpty => _changes.Count == 0;

    /// <summary>True once the content hash and counts are fixed.</summary>
    public bool IsSealed => ContentHash is not null;

    /// <summary>Publishes an award in this edition.</summary>
    public void PublishAward(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        EnsureOpen();
        award.Publish(PublishedAt);
        if (award.PublishedInEdition is null)
        {
            award.ListIn(Number);
            _changes.Add(new EditionChange(EditionChangeKind.AwardAdded, award, null, null));
        }
    }

    /// <summary>Revokes a published award from <paramref name="on"/>, shown from this edition on.</summary>
    public void RevokeAward(Award award, DateOnly on, string reason)
    {
        ArgumentNullException.ThrowIfNull(award);
        EnsureOpen();
        award.Revoke(on, reason);
        award.ShowRevocationIn(Number);
        _changes.Add(new EditionChange(EditionChangeKind.AwardRevoked, award, null, null));
    }

    /// <summary>Publishes an indicator value in this edition.</summary>
    public void PublishObservation(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        EnsureOpen();
        observation.Publish(PublishedAt);
        if (observation.PublishedInEdition is null)
        {
            observation.ListIn(Number);
            _changes.Add(new EditionChange(EditionChangeKind.ObservationAdded, null, observation, null));
        }
    }

    /// <summary>
    /// Publishes <paramref name="correction"/> in place of <paramref name="replaced"/>. A published value stays on
    /// record and in the editions that listed it; an unpublished one is simply replaced (nobody saw it).
    /// </summary>
    public void Correct(Observation replaced, Observation correction)
    {
        ArgumentNullException.ThrowIfNull(replaced);
        ArgumentNullException.ThrowIfNull(correction);
        EnsureOpen();
        replaced.SupersedeWith(correction);
        correction.Publish(PublishedAt);
        correction.ListIn(Number);
        if (replaced.PublishedInEdition is null)
        {
            _changes.Add(new EditionChange(EditionChangeKind.ObservationAdded, null, correction, null));
            return;
        }

        replaced.ShowSupersededIn(Number);
        _changes.Add(new EditionChange(EditionChangeKind.ObservationCorrected, null, correction, replaced));
    }

    /// <summary>Publishes an organisation in this edition (nothing when an earlier edition did).</summary>
    public void PublishOrganisation(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        EnsureOpen();
        if (organisation.ListIn(Number))
        {
            _changes.Add(new EditionChange(ProgrammeRecordTypes.Organisation, organisation.Id));
        }
    }

    /// <summary>Publishes an annual plan in this edition (nothing when an earlier edition did).</summary>
    public void PublishPlan(AnnualPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        EnsureOpen();
        if (plan.ListIn(Number))
        {
            _changes.Add(new EditionChange(ProgrammeRecordTypes.Plan, plan.Id));
        }
    }

    /// <summary>Publishes a funding allocation in this edition (nothing when an earlier edition did).</summary>
    public void PublishFundingAllocation(FundingAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        EnsureOpen();
        if (allocation.ListIn(Number))
        {
            _changes.Add(new EditionChange(ProgrammeRecordTypes.FundingAllocation, allocation.Id));
        }
    }

    /// <summary>Publishes a stored programme record (event, outreach item, community practice) in this edition.</summary>
    public void PublishProgrammeRecord(ProgrammeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        EnsureOpen();
        if (record.Id == 0)
        {
            throw new ArgumentException("Store a programme record as a draft before publishing it.", nameof(record));
        }

        if (!record.IsPublished)
        {
            record.ListIn(Number, PublishedAt);
            _changes.Add(new EditionChange(record.RecordType, record.Id));
        }
    }

    /// <summary>Lists records published before editions existed (the first edition of a database adopts them).</summary>
    public void Adopt(IEnumerable<Award> awards, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(observations);
        EnsureOpen();
        foreach (var award in awards.Where(a => a.PublishedAt is not null && a.PublishedInEdition is null))
        {
            award.ListIn(Number);
            _changes.Add(new EditionChange(EditionChangeKind.AwardAdded, award, null, null));
            if (award.Revocation is not null)
            {
                award.ShowRevocationIn(Number);
            }
        }

        foreach (var observation in observations.Where(o => o.PublishedAt is not null && o.PublishedInEdition is null))
        {
            observation.ListIn(Number);
            if (observation.SupersededById is not null || observation.SupersededBy is not null)
            {
                // Replaced before editions existed: on record, listed in no edition's current values.
                observation.ShowSupersededIn(Number);
                continue;
            }

            _changes.Add(new EditionChange(EditionChangeKind.ObservationAdded, null, observation, null));
        }
    }

    /// <summary>Fixes the content hash and counts, once the edition's records are stored.</summary>
    public void Seal(string contentHash, int awardCount, int observationCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        EnsureOpen();
        ContentHash = contentHash;
        AwardCount = awardCount;
        ObservationCount = observationCount;
    }

    private void EnsureOpen()
    {
        if (IsSealed)
        {
            throw new InvalidOperationException($"Edition {Number} is sealed; publish changes in a new edition.");
        }
    }
}

/// <summary>One change an edition made.</summary>
public sealed class EditionChange : Entity
{
    private EditionChange()
    {
    }

    internal EditionChange(EditionChangeKind kind, Award? award, Observation? observation, Observation? replaced)
    {
        Kind = kind;
        Award = award;
        AwardId = award?.Id is > 0 ? award.Id : null;
        Observation = observation;
        ObservationId = observation?.Id is > 0 ? observation.Id : null;
        Replaced = replaced;
        ReplacedObservationId = replaced?.Id is > 0 ? replaced.Id : null;
    }

    internal EditionChange(string recordType, int recordId)
    {
        if (recordId <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(recordId), recordId, "Store the record before publishing it.");
        }

        Kind = EditionChangeKind.ProgrammeRecordAdded;
        RecordType = recordType;
        RecordId = recordId;
    }

    /// <summary>The edition.</summary>
    public int EditionId { get; private set; }

    /// <summary>
    /// The kind of programme record published (<see cref="ProgrammeRecordTypes"/>: organisation, plan, funding
    /// allocation, event, outreach item, practice).
    /// </summary>
    public string? RecordType { get; private set; }

    /// <summary>What changed.</summary>
    public EditionChangeKind Kind { get; private set; }

    /// <summary>The award added or revoked.</summary>
    public int? AwardId { get; private set; }

    /// <summary>The award added or revoked.</summary>
    public Award? Award { get; private set; }

    /// <summary>The value added, or the correction.</summary>
    public int? ObservationId { get; private set; }

    /// <summary>The value added, or the correction.</summary>
    public Observation? Observation { get; private set; }

    /// <summary>The value a correction replaced.</summary>
    public int? ReplacedObservationId { get; private set; }

    /// <summary>The value a correction replaced.</summary>
    public Observation? Replaced { get; private set; }

    /// <summary>
    /// The ID of the programme record published (the record type says of which kind). Such records are stored before
    /// they are published, so the ID is known.
    /// </summary>
    public int? RecordId { get; private set; }
}
