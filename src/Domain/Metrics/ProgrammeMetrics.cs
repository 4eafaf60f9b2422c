using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Metrics;

/// <summary>How much support a community gets, by its category (支持分类).</summary>
public enum SupportCategory
{
    /// <summary>Not tied to a community category (city or district programmes).</summary>
    Programme,

    /// <summary>Poorly equipped communities: key support for facilities and programmes.</summary>
    KeySupport,

    /// <summary>Well-equipped non-commercial communities: partial support.</summary>
    PartialSupport,

    /// <summary>Commercial estates with full facilities: no money, education ("soft") support only.</summary>
    SoftSupportOnly,
}

/// <summary>Money spent on the programme.</summary>
public sealed class FundingRecord : Entity
{
    private FundingRecord()
    {
        Source = string.Empty;
        Purpose = string.Empty;
    }

    /// <summary>Records spending.</summary>
    public FundingRecord(int year, string source, int? districtId, SupportCategory category, decimal amountYuan, string purpose)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountYuan);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Year = year;
        Source = source;
        DistrictId = districtId;
        Category = category;
        AmountYuan = amountYuan;
        Purpose = purpose;
    }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>Who paid (e.g. "City EPB").</summary>
    public string Source { get; private set; }

    /// <summary>The district the money went to or came from, when one.</summary>
    public int? DistrictId { get; private set; }

    /// <summary>The support category.</summary>
    public SupportCategory Category { get; private set; }

    /// <summary>The amount in yuan.</summary>
    public decimal AmountYuan { get; private set; }

    /// <summary>What it paid for.</summary>
    public string Purpose { get; private set; }
}

/// <summary>Kinds of training and exchange.</summary>
public enum TrainingKind
{
    /// <summary>A city-wide exchange meeting.</summary>
    ExchangeMeeting,

    /// <summary>Training for community managers.</summary>
    ManagerTraining,

    /// <summary>Sessions for residents.</summary>
    ResidentSession,
}

/// <summary>Training and exchange held in a year.</summary>
public sealed class TrainingRecord : Entity
{
    private TrainingRecord()
    {
        Description = string.Empty;
    }

    /// <summary>Records training.</summary>
    public TrainingRecord(int year, TrainingKind kind, int batches, int attendance, bool attendanceIsMinimum, DateOnly? heldOn, string description)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batches, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(attendance);
        Year = year;
        Kind = kind;
        Batches = batches;
        Attendance = attendance;
        AttendanceIsMinimum = attendanceIsMinimum;
        HeldOn = heldOn;
        Description = description;
    }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>What kind of training.</summary>
    public TrainingKind Kind { get; private set; }

    /// <summary>Number of batches (sessions).</summary>
    public int Batches { get; private set; }

    /// <summary>Person-times attending.</summary>
    public int Attendance { get; private set; }

    /// <summary>True when the report gives attendance as "more than" this figure.</summary>
    public bool AttendanceIsMinimum { get; private set; }

    /// <summary>The day, for single events.</summary>
    public DateOnly? HeldOn { get; private set; }

    /// <summary>What happened.</summary>
    public string Description { get; private set; }
}

/// <summary>Kinds of publicity work.</summary>
public enum PublicityKind
{
    /// <summary>Posters printed.</summary>
    Posters,

    /// <summary>Booklets handed out.</summary>
    Booklets,

    /// <summary>Letters to households.</summary>
    LettersToHouseholds,

    /// <summary>Events on World Environment Day (5 June).</summary>
    EnvironmentDayEvents,

    /// <summary>Press, TV and radio coverage.</summary>
    MediaCoverage,
}

/// <summary>Publicity work done in a year.</summary>
public sealed class PublicityActivity : Entity
{
    private PublicityActivity()
    {
        Description = string.Empty;
    }

    /// <summary>Records publicity work.</summary>
    public PublicityActivity(int year, PublicityKind kind, int quantity, bool quantityIsMinimum, int? districtId, string description)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        Year = year;
        Kind = kind;
        Quantity = quantity;
        QuantityIsMinimum = quantityIsMinimum;
        DistrictId = districtId;
        Description = description;
    }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>What kind of publicity.</summary>
    public PublicityKind Kind { get; private set; }

    /// <summary>How many (copies, events, districts...).</summary>
    public int Quantity { get; private set; }

    /// <summary>True when the report gives the quantity as "more than" this figure.</summary>
    public bool QuantityIsMinimum { get; private set; }

    /// <summary>The district, when one district did it.</summary>
    public int? DistrictId { get; private set; }

    /// <summary>What was done.</summary>
    public string Description { get; private set; }
}
