using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Funding;

/// <summary>Conditions on funding allocations.</summary>
public sealed class FundingAllocationFilter
{
    public IntFilter? Year { get; set; }

    public EnumFilter<PayerLevel>? PayerLevel { get; set; }

    public StringFilter? Payer { get; set; }

    public EnumFilter<FundingPurpose>? Purpose { get; set; }

    public StringFilter? District { get; set; }

    public StringFilter? Community { get; set; }

    public bool? ToCommunity { get; set; }
}

public sealed class FundingAllocationFilterType : InputObjectGraphType<FundingAllocationFilter>
{
    public FundingAllocationFilterType()
    {
        Name = "FundingAllocationFilter";
        Description = "Conditions on funding allocations; every condition given must hold.";
        Field<IntFilterType>("year").Description("The year, e.g. { eq: 2001 }.");
        Field<PayerLevelFilterType>("payerLevel").Description("Which tier paid, e.g. { eq: CITY }.");
        Field<StringFilterType>("payer").Description("The paying organisation's code, e.g. { eq: \"CITY-EPB\" }.");
        Field<FundingPurposeFilterType>("purpose").Description("What the money pays for.");
        Field<StringFilterType>("district").Description("Code of the receiving district (the district at the time: 440102 Dongshan is kept).");
        Field<StringFilterType>("community").Description("The receiving community's code.");
        Field<BooleanGraphType>("toCommunity").Description("True for allocations to one community only, false for allocations to districts and streets only.");
    }
}

public sealed class PayerLevelFilterType : EnumFilterType<PayerLevelType, PayerLevel>;

public sealed class FundingPurposeFilterType : EnumFilterType<FundingPurposeType, FundingPurpose>;

/// <summary>The fields allocations can be sorted by.</summary>
public enum FundingAllocationOrderField
{
    /// <summary>Year.</summary>
    Year,

    /// <summary>Amount.</summary>
    Amount,

    /// <summary>Receiving district's code.</summary>
    District,
}

/// <summary>A sort key for allocations.</summary>
public sealed class FundingAllocationOrder
{
    public FundingAllocationOrderField Field { get; set; }

    public OrderDirection Direction { get; set; }
}

public sealed class FundingAllocationOrderFieldType() : DescribedEnumType<FundingAllocationOrderField>(
    "FundingAllocationOrderField",
    "The fields funding allocations can be sorted by.",
    (FundingAllocationOrderField.Year, "Year."),
    (FundingAllocationOrderField.Amount, "Amount in yuan."),
    (FundingAllocationOrderField.District, "Receiving district's code."));

public sealed class FundingAllocationOrderType : InputObjectGraphType<FundingAllocationOrder>
{
    public FundingAllocationOrderType()
    {
        Name = "FundingAllocationOrder";
        Description = "A sort key for funding allocations; later keys break ties of earlier ones.";
        Field<NonNullGraphType<FundingAllocationOrderFieldType>>("field").Description("The field to sort by.");
        Field<OrderDirectionType>("direction").Description("The direction; ASC when omitted.").DefaultValue(OrderDirection.Asc);
    }
}

/// <summary>Input of <c>recordFundingAllocation</c>.</summary>
public sealed class RecordFundingAllocationInput
{
    public int Year { get; set; }

    public PayerLevel PayerLevel { get; set; }

    public string? Payer { get; set; }

    public string? PayerDistrict { get; set; }

    public string? PayerStreet { get; set; }

    public string? RecipientDistrict { get; set; }

    public string? RecipientStreet { get; set; }

    public string? RecipientCommunity { get; set; }

    public FundingPurpose Purpose { get; set; }

    public double AmountYuan { get; set; }

    public string? Note { get; set; }
}

public sealed class RecordFundingAllocationInputType : InputObjectGraphType<RecordFundingAllocationInput>
{
    public RecordFundingAllocationInputType()
    {
        Name = "RecordFundingAllocationInput";
        Description = "Money allocated in a year. Name the recipient by the most precise of recipientCommunity, recipientStreet and recipientDistrict; the others follow from it.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.");
        Field<NonNullGraphType<PayerLevelType>>("payerLevel").Description("Which tier paid.");
        Field<IdGraphType>("payer").Description("Global ID of the paying organisation (a published one), when known.");
        Field<StringGraphType>("payerDistrict").Description("The paying district's code (DISTRICT payers; for STREET payers it follows from the street).");
        Field<StringGraphType>("payerStreet").Description("The paying street's code (STREET payers).");
        Field<StringGraphType>("recipientDistrict").Description("The receiving district's code; for a street or community, the district it was in at the time (its current district when omitted).");
        Field<StringGraphType>("recipientStreet").Description("The receiving street's code.");
        Field<StringGraphType>("recipientCommunity").Description("The receiving community's code: the funding-by-category rule applies.");
        Field<NonNullGraphType<FundingPurposeType>>("purpose").Description("What the money pays for.");
        Field<NonNullGraphType<FloatGraphType>>("amountYuan").Description("The amount in yuan, 0 to under 10 billion, at most two decimals.");
        Field<StringGraphType>("note").Description("What the record rests on (at most 1,000 characters).");
    }
}

/// <summary>Input of <c>updateFundingAllocation</c>.</summary>
public sealed class UpdateFundingAllocationInput
{
    public string Allocation { get; set; } = string.Empty;

    public int Version { get; set; }

    public FundingPurpose? Purpose { get; set; }

    public double? AmountYuan { get; set; }

    public string? Note { get; set; }
}

public sealed class UpdateFundingAllocationInputType : InputObjectGraphType<UpdateFundingAllocationInput>
{
    public UpdateFundingAllocationInputType()
    {
        Name = "UpdateFundingAllocationInput";
        Description = "Changes a draft allocation's purpose, amount or note; what is omitted stays.";
        Field<NonNullGraphType<IdGraphType>>("allocation").Description("The allocation's global ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read.");
        Field<FundingPurposeType>("purpose").Description("The new purpose.");
        Field<FloatGraphType>("amountYuan").Description("The new amount in yuan.");
        Field<StringGraphType>("note").Description("The new note.");
    }
}
