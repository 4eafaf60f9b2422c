using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Activities;

/// <summary>Kinds of outreach: publicity materials, media coverage, and the announcement of a publicity notice.</summary>
public enum OutreachKind
{
    /// <summary>A print run of posters.</summary>
    Poster,

    /// <summary>Booklets or special issues handed out.</summary>
    Booklet,

    /// <summary>A letter to every household.</summary>
    LetterToHouseholds,

    /// <summary>A notice board, reading board or warning sign put up.</summary>
    NoticeBoard,

    /// <summary>A newspaper article or series.</summary>
    PressCoverage,

    /// <summary>A television report.</summary>
    TelevisionCoverage,

    /// <summary>A radio report.</summary>
    RadioCoverage,

    /// <summary>A publicity notice (公示) announced through one channel.</summary>
    NoticeAnnouncement,
}

/// <summary>The channel through which outreach reached people.</summary>
public enum OutreachChannel
{
    /// <summary>Newspapers, television, radio.</summary>
    Media,

    /// <summary>Street (subdistrict) offices.</summary>
    Street,

    /// <summary>Communities: their notice boards, residents' committees, grassroots units.</summary>
    Community,

    /// <summary>Households directly.</summary>
    Household,
}

/// <summary>What an outreach record says; checked by <see cref="OutreachItem.Check"/>.</summary>
/// <param name="Kind">The kind of outreach.</param>
/// <param name="Basis">One item, or a reported total.</param>
/// <param name="Channel">How it reached people.</param>
/// <param name="Year">The year.</param>
/// <param name="IssuedOn">The day it was printed, aired, posted or announced, when known.</param>
/// <param name="Title">A bilingual title.</param>
/// <param name="Description">What was done.</param>
/// <param name="Outlet">The newspaper, station or printer, for coverage.</param>
/// <param name="Quantity">Copies, boards or reports; null when not reported.</param>
/// <param name="QuantityIsMinimum">True when the quantity is given as "more than".</param>
/// <param name="PrintRun">The print run's number (1, 2...), for printed material.</param>
/// <param name="OrganiserCode">Who issued it (e.g. CITY-EPB), until organisations are records of their own.</param>
/// <param name="CampaignId">The campaign it served.</param>
/// <param name="PublicityNoticeId">The publicity notice announced, for a notice announcement.</param>
/// <param name="CommunityId">The community it concerns, when one.</param>
/// <param name="SourceDocument">The document it was taken from.</param>
public sealed record OutreachDetails(
    OutreachKind Kind,
    RecordBasis Basis,
    OutreachChannel Channel,
    int Year,
    DateOnly? IssuedOn,
    LocalizedText? Title,
    string Description,
    string? Outlet,
    int? Quantity,
    bool QuantityIsMinimum,
    int? PrintRun,
    string? OrganiserCode,
    int? CampaignId,
    int? PublicityNoticeId,
    int? CommunityId,
    string? SourceDocument);

/// <summary>A publicity material, a media coverage item, or the announcement of a publicity notice through a channel.</summary>
public sealed class OutreachItem : ProgrammeRecord
{
    private OutreachItem()
    {
        Title = null!;
        Description = string.Empty;
    }

    /// <summary>Records a draft item of <paramref name="districtId"/> (null: city-wide); the details must pass <see cref="Check"/>.</summary>
    public OutreachItem(OutreachDetails details, int? districtId, string recordedBy, DateTime recordedAt)
        : base(districtId, recordedBy, recordedAt)
    {
        Title = null!;
        Description = string.Empty;
        Apply(details);
    }

    /// <summary>The kind of outreach.</summary>
    public OutreachKind Kind { get; private set; }

    /// <summary>One item, or a reported total.</summary>
    public RecordBasis Basis { get; private set; }

    /// <summary>How it reached people.</summary>
    public OutreachChannel Channel { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>The day, when known.</summary>
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>What was done.</summary>
    public string Description { get; private set; }

    /// <summary>The newspaper, station or printer.</summary>
    public string? Outlet { get; private set; }

    /// <summary>Copies, boards or reports; null when not reported.</summary>
    public int? Quantity { get; private set; }

    /// <summary>True when the quantity is given as "more than".</summary>
    public bool QuantityIsMinimum { get; private set; }

    /// <summary>The print run's number.</summary>
    public int? PrintRun { get; private set; }

    /// <summary>Who issued it.</summary>
    public string? OrganiserCode { get; private set; }

    /// <summary>The campaign it served.</summary>
    public int? CampaignId { get; private set; }

    /// <summary>The publicity notice announced.</summary>
    public int? PublicityNoticeId { get; private set; }

    /// <summary>The community it concerns.</summary>
    public int? CommunityId { get; private set; }

    /// <summary>The community it concerns.</summary>
    public Community? Community { get; private set; }

    /// <inheritdoc />
    public override string RecordType => ProgrammeRecordTypes.OutreachItem;

    /// <summary>The first rule <paramref name="d"/> breaks, or null.</summary>
    public static DomainError? Check(OutreachDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var media = d.Kind is OutreachKind.PressCoverage or OutreachKind.TelevisionCoverage or OutreachKind.RadioCoverage;
        var printed = d.Kind is OutreachKind.Poster or OutreachKind.Booklet or OutreachKind.LetterToHouseholds;
        return CheckYear(d.Year)
            ?? CheckText(d.Title, d.Description, d.SourceDocument)
            ?? (d.IssuedOn is { } day && day.Year != d.Year ? Invalid("The day must fall in the year.", "issuedOn")
            : d.Basis == RecordBasis.ReportedTotal && d.IssuedOn is not null ? Invalid("A reported total covers a year, not a day: leave issuedOn out.", "issuedOn")
            : media && d.Channel != OutreachChannel.Media ? Invalid("Press, television and radio coverage goes through the MEDIA channel.", "channel")
            : d.Kind == OutreachKind.NoticeAnnouncement && d.PublicityNoticeId is null ? Invalid("A notice announcement names the publicity notice it announced.", "publicityNotice")
            : d.Kind != OutreachKind.NoticeAnnouncement && d.PublicityNoticeId is not null ? Invalid("Only a notice announcement names a publicity notice.", "publicityNotice")
            : d.Kind == OutreachKind.NoticeAnnouncement && d.Channel == OutreachChannel.Household ? Invalid("A publicity notice is announced through the media, streets or communities.", "channel")
            : d.PrintRun is not null && !printed ? Invalid("Only printed material (posters, booklets, letters) has a print run.", "printRun")
            : d.PrintRun is < 1 or > 1000 ? Invalid("The print run's number is from 1 to 1,000.", "printRun")
            : d.Quantity is < 0 or > 100_000_000 ? Invalid("The quantity must be from 0 to 100,000,000.", "quantity")
            : d.Quantity is null && d.QuantityIsMinimum ? Invalid("'At least' needs a quantity.", "quantityIsMinimum")
            : d.Outlet?.Length > 200 ? Invalid("The outlet takes at most 200 characters.", "outlet")
            : d.OrganiserCode is { } code && (string.IsNullOrWhiteSpace(code) || code.Length > 64) ? Invalid("The organiser code takes 1 to 64 characters.", "organiserCode")
            : null);
    }

    /// <summary>Replaces the draft's details (they must pass <see cref="Check"/>).</summary>
    public void Revise(OutreachDetails details, int? districtId, string by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(details);
        Revised(by, at, details.SourceDocument);
        DistrictId = districtId;
        Apply(details);
    }

    private void Apply(OutreachDetails d)
    {
        if (Check(d) is { } error)
        {
            throw new ArgumentException(error.Message, nameof(d));
        }

        Kind = d.Kind;
        Basis = d.Basis;
        Channel = d.Channel;
        Year = d.Year;
        IssuedOn = d.IssuedOn;
        Title = d.Title!;
        Description = d.Description.Trim();
        Outlet = string.IsNullOrWhiteSpace(d.Outlet) ? null : d.Outlet.Trim();
        Quantity = d.Quantity;
        QuantityIsMinimum = d.QuantityIsMinimum;
        PrintRun = d.PrintRun;
        OrganiserCode = d.OrganiserCode?.Trim();
        CampaignId = d.CampaignId;
        PublicityNoticeId = d.PublicityNoticeId;
        CommunityId = d.CommunityId;
        SourceDocument = d.SourceDocument;
    }
}
