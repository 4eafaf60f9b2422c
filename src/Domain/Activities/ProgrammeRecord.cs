using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Activities;

/// <summary>Whether a record stands for one thing that happened or for a total the city reported without the detail.</summary>
public enum RecordBasis
{
    /// <summary>One event, item or practice, recorded as it happened.</summary>
    Individual,

    /// <summary>
    /// A published total (e.g. "9 batches, 500+ person-times") for which the individual records are not known. Kept as
    /// a fact of the report, and never added to sums of individual records.
    /// </summary>
    ReportedTotal,
}

/// <summary>
/// What programme events, outreach items and community practices share: the district they belong to (the scope of
/// district reviewers; none for city-wide records), who recorded them and when, a version for optimistic concurrency,
/// and publication. A record is a draft until an edition of the published data lists it; a listed record is no
/// longer changed (nothing the public has seen is rewritten).
/// </summary>
public abstract class ProgrammeRecord : Entity
{
    /// <summary>For EF Core and subclasses.</summary>
    protected ProgrammeRecord()
    {
        RecordedBy = string.Empty;
    }

    /// <summary>Starts a draft recorded by <paramref name="recordedBy"/> at <paramref name="recordedAt"/>.</summary>
    protected ProgrammeRecord(int? districtId, string recordedBy, DateTime recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        DistrictId = districtId;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    /// <summary>The district the record belongs to; null for city-wide records.</summary>
    public int? DistrictId { get; protected set; }

    /// <summary>The district the record belongs to; null for city-wide records.</summary>
    public District? District { get; private set; }

    /// <summary>The subject of the account that recorded it (never published).</summary>
    public string RecordedBy { get; private set; }

    /// <summary>When it was recorded or last revised (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>The document the record was taken from, e.g. the city's 2002 year-end report.</summary>
    public string? SourceDocument { get; protected set; }

    /// <summary>When it was published; null for drafts.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The number of the edition of the published data that first listed it; null for drafts.</summary>
    public int? PublishedInEdition { get; private set; }

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>True once an edition lists the record.</summary>
    public bool IsPublished => PublishedInEdition is not null;

    /// <summary>The kind of record, as edition change lists and global IDs name it.</summary>
    public abstract string RecordType { get; }

    /// <summary>
    /// Whether the caller's change, made from <paramref name="version"/>, may go ahead: a published record is not
    /// changed (<c>WRONG_STATE</c>), a stale version is refused (<c>CONFLICT</c>).
    /// </summary>
    public DomainError? CheckRevisable(int version) =>
        IsPublished ? new DomainError(DomainErrorCodes.WrongState, $"The {RecordType} was published in edition {PublishedInEdition}; published records are not changed.", "id")
        : version != Version ? new DomainError(DomainErrorCodes.Conflict, $"The {RecordType} changed since you read it (your version {version}, now {Version}); read it again and retry.", "version")
        : null;

    /// <summary>Lists the record in edition <paramref name="edition"/>, published at <paramref name="at"/> (once).</summary>
    internal void ListIn(int edition, DateTime at)
    {
        if (PublishedInEdition is not null)
        {
            return;
        }

        PublishedAt = at;
        PublishedInEdition = edition;
        Version++;
    }

    /// <summary>Notes a revision.</summary>
    protected void Revised(string by, DateTime at, string? sourceDocument)
    {
        if (IsPublished)
        {
            throw new InvalidOperationException($"A published {RecordType} is not changed.");
        }

        RecordedBy = by;
        RecordedAt = at;
        SourceDocument = sourceDocument;
        Version++;
    }

    /// <summary>Checks the parts every record has: a bilingual title and a description within their lengths.</summary>
    protected static DomainError? CheckText(LocalizedText? title, string description, string? sourceDocument) =>
        title is null || title.Zh.Length > 200 || title.En.Length > 200 ? Invalid("Give a title in Chinese and English, at most 200 characters each.", "title")
        : description.Length > 2000 ? Invalid("The description takes at most 2,000 characters.", "description")
        : sourceDocument?.Length > 500 ? Invalid("The source document takes at most 500 characters.", "sourceDocument")
        : null;

    /// <summary>An <c>INVALID_INPUT</c> error.</summary>
    protected static DomainError Invalid(string message, string field) => new(DomainErrorCodes.InvalidInput, message, field);

    /// <summary>Checks a calendar year.</summary>
    protected static DomainError? CheckYear(int year) => year is < 1990 or > 2999 ? Invalid("The year must be from 1990 to 2999.", "year") : null;
}
