using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Funding;

public sealed class FundingAllocationType : ObjectGraphType<FundingAllocation>
{
    public const string TypeName = "FundingAllocation";

    public FundingAllocationType()
    {
        Name = TypeName;
        Description = "Money a payer (the city, a district or a street) allocated in a year to a recipient (a district, a street or one community) for a purpose. Allocations to a community keep the funding-by-category rule (see FundingCategory). Public once an edition lists it.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is FundingAllocation;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The allocation's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(f => f.Year);
        Field<NonNullGraphType<PayerLevelType>>("payerLevel").Description("Which tier paid.").Resolve(ctx => ctx.Source.PayerLevel);
        Field<OrganisationType>("payer")
            .Description("The paying organisation (e.g. the city EPB), when known.")
            .Resolve(ctx => ctx.Source.PayerOrganisationId is { } id ? ctx.Service<OrganisationByIdDataLoader>().Load(id) : null);
        Field<DistrictType>("payerDistrict")
            .Description("The paying district, for district and street payers.")
            .Resolve(ctx => ctx.Source.PayerDistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<StreetType>("payerStreet")
            .Description("The paying street, for street payers.")
            .Resolve(ctx => ctx.Source.PayerStreetId is { } id ? ctx.Service<StreetByIdDataLoader>().Load(id) : null);
        Field<NonNullGraphType<DistrictType>>("recipientDistrict")
            .Description("The district that received the money, or that the receiving street or community was in at the time (Dongshan and Fangcun kept).")
            .Resolve(ctx => ctx.Service<DistrictByIdDataLoader>().Load(ctx.Source.RecipientDistrictId));
        Field<StreetType>("recipientStreet")
            .Description("The receiving street, for street and community recipients.")
            .Resolve(ctx => ctx.Source.RecipientStreetId is { } id ? ctx.Service<StreetByIdDataLoader>().Load(id) : null);
        Field<CommunityType>("recipientCommunity")
            .Description("The receiving community, when one community received the money.")
            .Resolve(ctx => ctx.Source.RecipientCommunityId is { } id ? ctx.Service<CommunityByIdDataLoader>().Load(id) : null);
        Field<NonNullGraphType<FundingPurposeType>>("purpose").Description("What the money pays for.").Resolve(ctx => ctx.Source.Purpose);
        Field<NonNullGraphType<FloatGraphType>>("amountYuan").Description("The amount in yuan.").Resolve(ctx => (double)ctx.Source.AmountYuan);
        Field(f => f.Note).Description("What the record rests on, and what in it was invented.");
        Field<IntGraphType>("publishedInEdition").Description("The edition that first listed it; null while a draft.").Resolve(ctx => ctx.Source.PublishedInEdition);
        Field(f => f.Version).Description("The version token: send it back with updateFundingAllocation to change a draft.");
        Field("sample", f => f.IsSample).Description("True when the record (e.g. its split of a reported total) was invented for the sample dataset.");
    }
}

public sealed class FundingAllocationConnectionType : ConnectionGraphType<FundingAllocationType, FundingAllocation>;

public sealed class PayerLevelType() : DescribedEnumType<PayerLevel>(
    "PayerLevel",
    "Which tier paid: \"each contributes a part\" (各出一点).",
    (PayerLevel.City, "The city (its EPB or another city body)."),
    (PayerLevel.District, "A district."),
    (PayerLevel.Street, "A street (subdistrict office)."));

public sealed class FundingPurposeType() : DescribedEnumType<FundingPurpose>(
    "FundingPurpose",
    "What an allocation pays for.",
    (FundingPurpose.Facilities, "Facilities: sorted-waste bins, notice boards, noise displays, greening works."),
    (FundingPurpose.EnvironmentalCulture, "Environmental culture: reading boards, forums, events, volunteer activities."),
    (FundingPurpose.Training, "Training of managers and residents."),
    (FundingPurpose.EducationOnly, "Education only (\"soft\" support): publicity and education, no facilities."));

public sealed class FundingCategoryType() : DescribedEnumType<FundingCategory>(
    "FundingCategory",
    "A community's category for funding, by the report's principle \"support by category\" (分类扶持). The rules are data (fundingRules): poorly equipped communities get key support for every purpose; well-equipped non-commercial ones partial support (capped per year); commercial estates with full property management education support only.",
    (FundingCategory.PoorlyEquipped, "Poorly equipped: key support for facilities and programmes."),
    (FundingCategory.WellEquippedNonCommercial, "Well-equipped and not commercially developed: partial support."),
    (FundingCategory.CommercialFullyManaged, "Commercial estate with full facilities and property management: education (\"soft\") support only."));

public sealed class FundingRuleType : ObjectGraphType<FundingRule>
{
    public FundingRuleType()
    {
        Name = "FundingRule";
        Description = "One row of the funding-by-category rule: a community of the category may be funded for the purpose, within the yearly cap if there is one. A purpose without a row is not allowed.";
        Field<NonNullGraphType<FundingCategoryType>>("category").Description("The community category.").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<FundingPurposeType>>("purpose").Description("The purpose allowed.").Resolve(ctx => ctx.Source.Purpose);
        Field<NonNullGraphType<SupportCategoryType>>("support").Description("The kind of support the category gets.").Resolve(ctx => ctx.Source.Support);
        Field<FloatGraphType>("maximumYuanPerYear").Description("The most one community of the category may receive in a year, all purposes together; null for no cap.").Resolve(ctx => (double?)ctx.Source.MaximumYuanPerYear);
        Field("sample", r => r.IsSample).Description("True when the row (e.g. the cap, which the report does not give) was invented for the sample dataset.");
    }
}

/// <summary>The dimensions <c>fundingOutcomes</c> groups by.</summary>
public enum FundingOutcomeDimension
{
    /// <summary>The community's funding category.</summary>
    Category,

    /// <summary>The community's current district.</summary>
    District,

    /// <summary>The year of the money and of the change measured.</summary>
    Year,
}

public sealed class FundingOutcomeDimensionType() : DescribedEnumType<FundingOutcomeDimension>(
    "FundingOutcomeDimension",
    "A dimension fundingOutcomes groups by.",
    (FundingOutcomeDimension.Category, "The community's funding category."),
    (FundingOutcomeDimension.District, "The community's current district."),
    (FundingOutcomeDimension.Year, "The year Y: money allocated in Y, and the indicator's change from Y-1 to Y."));

public sealed class FundingOutcomeType : ObjectGraphType<FundingOutcome>
{
    public FundingOutcomeType()
    {
        Name = "FundingOutcome";
        Description = "The change of an indicator from year Y-1 to Y in communities that received money in Y (funded) and in those that did not (unfunded), over a group. Its finest cell is CATEGORY × DISTRICT × YEAR; a cell is counted only when both its funded and its unfunded communities reach the minimum group size (OpenData:MinimumGroupSize), and every figure of every grouping sums counted cells only, so no combination of published figures isolates a small cell (docs/open-data-disclosure.md).";
        Field<FundingCategoryType>("category").Description("CATEGORY, when grouped by it.").Resolve(ctx => ctx.Source.Category);
        Field<DistrictType>("district").Description("DISTRICT (current), when grouped by it.").Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field(o => o.Year, nullable: true).Description("YEAR, when grouped by it.");
        Field<NonNullGraphType<IndicatorDefinitionType>>("indicator").Description("The indicator whose change is measured.").Resolve(ctx => ctx.Source.Indicator);
        Field(o => o.FundedCommunities).Description("Funded communities with values in Y-1 and Y, in the group (counted or not).");
        Field(o => o.UnfundedCommunities).Description("Unfunded communities with values in Y-1 and Y, in the group (counted or not).");
        Field(o => o.CommunitiesLeftOut).Description("Communities of the group in cells below the minimum group size: in none of the figures.");
        Field(o => o.CellsLeftOut).Description("CATEGORY × DISTRICT × YEAR cells of the group left out for being below the minimum group size.");
        Field(o => o.Suppressed).Description("True when none of the group's cells may be published: the figures are withheld.");
        Field(o => o.FundedMeanChange, nullable: true).Description("Mean change (Y minus Y-1, in the indicator's unit) of the counted funded communities; null when suppressed.");
        Field(o => o.UnfundedMeanChange, nullable: true).Description("Mean change of the counted unfunded communities; null when suppressed.");
        Field(o => o.Difference, nullable: true).Description("fundedMeanChange minus unfundedMeanChange; null when suppressed.");
        Field(o => o.FundedAmountYuan, nullable: true).Description("Money the counted funded communities received in Y; null when suppressed.");
    }
}
