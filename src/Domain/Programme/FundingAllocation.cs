using System.Globalization;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Metrics;

namespace GreenCommunity.Domain.Programme;

/// <summary>A community's category for funding, as the report's principle "support by category" (分类扶持) sorts them.</summary>
public enum FundingCategory
{
    /// <summary>Poorly equipped: key support for facilities and programmes.</summary>
    PoorlyEquipped,

    /// <summary>Well-equipped and not commercially developed: partial support.</summary>
    WellEquippedNonCommercial,

    /// <summary>Commercial estate with full facilities and property management: education ("soft") support only.</summary>
    CommercialFullyManaged,
}

/// <summary>Which tier paid.</summary>
public enum PayerLevel
{
    /// <summary>The city (its EPB or another city body).</summary>
    City,

    /// <summary>A district.</summary>
    District,

    /// <summary>A street (subdistrict office).</summary>
    Street,
}

/// <summary>What an allocation pays for.</summary>
public enum FundingPurpose
{
    /// <summary>Facilities: sorted-waste bins, notice boards, noise displays, greening works.</summary>
    Facilities,

    /// <summary>Environmental culture: reading boards, forums, events, volunteer activities.</summary>
    EnvironmentalCulture,

    /// <summary>Training of managers and residents.</summary>
    Training,

    /// <summary>Education only ("soft" support): publicity and education, no facilities.</summary>
    EducationOnly,
}

/// <summary>
/// The funding rule of one category and purpose, kept as data: an allocation to a community of the category for the
/// purpose is allowed only when a rule says so, and within its yearly cap if it has one.
/// </summary>
public sealed class FundingRule : Entity
{
    private FundingRule()
    {
    }

    /// <summary>A rule.</summary>
    public FundingRule(int id, FundingCategory category, FundingPurpose purpose, SupportCategory support, decimal? maximumYuanPerYear)
    {
        Id = id;
        Category = category;
        Purpose = purpose;
        Support = support;
        MaximumYuanPerYear = maximumYuanPerYear;
    }

    /// <summary>The community category.</summary>
    public FundingCategory Category { get; private set; }

    /// <summary>The purpose allowed.</summary>
    public FundingPurpose Purpose { get; private set; }

    /// <summary>The kind of support the category gets.</summary>
    public SupportCategory Support { get; private set; }

    /// <summary>The most one community of the category may receive for all purposes in a year; null for no cap.</summary>
    public decimal? MaximumYuanPerYear { get; private set; }

    /// <summary>
    /// Why an allocation of <paramref name="amountYuan"/> for <paramref name="purpose"/> to a community of
    /// <paramref name="category"/>, which already received <paramref name="alreadyThisYear"/> in the year, breaks the
    /// rules; null when it keeps them. <paramref name="rules"/> are the category's rules.
    /// </summary>
    public static DomainError? Judge(FundingCategory? category, FundingPurpose purpose, decimal amountYuan, decimal alreadyThisYear, IEnumerable<FundingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (category is null)
        {
            return new(FundingErrorCodes.FundingRuleBroken, "The community has no funding category yet; money can go to it only once it is categorised.", "recipient");
        }

        var forCategory = rules.Where(r => r.Category == category).ToList();
        var rule = forCategory.FirstOrDefault(r => r.Purpose == purpose);
        if (rule is null)
        {
            var allowed = string.Join(", ", forCategory.Select(r => r.Purpose).Order());
            return new(FundingErrorCodes.FundingRuleBroken, $"A {category} community may be funded for {(allowed.Length == 0 ? "nothing" : allowed)}, not for {purpose} (support by category).", "purpose");
        }

        if (rule.MaximumYuanPerYear is { } cap && alreadyThisYear + amountYuan > cap)
        {
            return new(FundingErrorCodes.FundingRuleBroken, string.Create(CultureInfo.InvariantCulture, $"A {category} community gets partial support: at most {cap:N0} yuan a year; it already has {alreadyThisYear:N0}, so {amountYuan:N0} more is too much."), "amountYuan");
        }

        return null;
    }
}

/// <summary>Codes of funding errors.</summary>
public static class FundingErrorCodes
{
    /// <summary>An allocation breaks the funding-by-category rule.</summary>
    public const string FundingRuleBroken = "FUNDING_RULE_BROKEN";
}

/// <summary>
/// Money a payer (city, district or street) allocated in a year to a recipient (a district, a street or one community)
/// for a purpose. Editable while a draft; public and fixed once an edition lists it.
/// </summary>
public sealed class FundingAllocation : Entity
{
    private FundingAllocation()
    {
        Note = string.Empty;
    }

    /// <summary>Drafts an allocation; <see cref="Check"/> first.</summary>
    public FundingAllocation(FundingAllocationTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Note = string.Empty;
        Apply(terms);
    }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>Which tier paid.</summary>
    public PayerLevel PayerLevel { get; private set; }

    /// <summary>The paying organisation, when known.</summary>
    public int? PayerOrganisationId { get; private set; }

    /// <summary>The paying district (district and street payers).</summary>
    public int? PayerDistrictId { get; private set; }

    /// <summary>The paying street (street payers).</summary>
    public int? PayerStreetId { get; private set; }

    /// <summary>The receiving district; for a street or community recipient, the district it is in.</summary>
    public int RecipientDistrictId { get; private set; }

    /// <summary>The receiving street, for street and community recipients.</summary>
    public int? RecipientStreetId { get; private set; }

    /// <summary>The receiving community, when one community received it.</summary>
    public int? RecipientCommunityId { get; private set; }

    /// <summary>What it pays for.</summary>
    public FundingPurpose Purpose { get; private set; }

    /// <summary>The amount in yuan.</summary>
    public decimal AmountYuan { get; private set; }

    /// <summary>What the record rests on, or what was invented.</summary>
    public string Note { get; private set; }

    /// <summary>The edition that published it; null while a draft.</summary>
    public int? PublishedInEdition { get; private set; }

    /// <summary>Optimistic-concurrency version.</summary>
    public int Version { get; private set; }

    /// <summary>Checks terms that need no data: year, amount, payer and recipient shape, note length.</summary>
    public static DomainError? Check(FundingAllocationTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Year is < 1990 or > 2999 ? new(DomainErrorCodes.InvalidInput, "The year must be from 1990 to 2999.", "year")
            : terms.AmountYuan is < 0 or >= 10_000_000_000m ? new(DomainErrorCodes.InvalidInput, "The amount must be from 0 to under 10 billion yuan.", "amountYuan")
            : decimal.Round(terms.AmountYuan, 2) != terms.AmountYuan ? new(DomainErrorCodes.InvalidInput, "The amount has at most two decimals (fen).", "amountYuan")
            : terms.PayerLevel == PayerLevel.City && (terms.PayerDistrictId is not null || terms.PayerStreetId is not null) ? new(DomainErrorCodes.InvalidInput, "A city payer names no district or street.", "payer")
            : terms.PayerLevel == PayerLevel.District && (terms.PayerDistrictId is null || terms.PayerStreetId is not null) ? new(DomainErrorCodes.InvalidInput, "A district payer names its district and no street.", "payer")
            : terms.PayerLevel == PayerLevel.Street && terms.PayerStreetId is null ? new(DomainErrorCodes.InvalidInput, "A street payer names its street.", "payer")
            : terms.RecipientCommunityId is not null && terms.RecipientStreetId is null ? new(DomainErrorCodes.InvalidInput, "A community recipient is under a street.", "recipient")
            : terms.Note.Length > 1000 ? new(DomainErrorCodes.InvalidInput, "The note takes at most 1,000 characters.", "note")
            : null;
    }

    /// <summary>Changes a draft allocation, checking the caller's version.</summary>
    public DomainError? Revise(int expectedVersion, FundingAllocationTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (PublishedInEdition is not null)
        {
            return new(DomainErrorCodes.WrongState, $"The allocation is published (edition {PublishedInEdition}) and stays as published; record a new allocation for a later change.", "allocation");
        }

        if (expectedVersion != Version)
        {
            return new(DomainErrorCodes.Conflict, $"The allocation changed since you read it (your version {expectedVersion}, now {Version}); read it again and retry.", "version");
        }

        Apply(terms);
        Version++;
        return null;
    }

    /// <summary>The allocation's terms as they stand.</summary>
    public FundingAllocationTerms Terms() =>
        new(Year, PayerLevel, PayerOrganisationId, PayerDistrictId, PayerStreetId, RecipientDistrictId, RecipientStreetId, RecipientCommunityId, Purpose, AmountYuan, Note);

    /// <summary>Lists the allocation in edition <paramref name="edition"/> (once).</summary>
    internal bool ListIn(int edition)
    {
        if (PublishedInEdition is not null)
        {
            return false;
        }

        PublishedInEdition = edition;
        Version++;
        return true;
    }

    private void Apply(FundingAllocationTerms terms)
    {
        Year = terms.Year;
        PayerLevel = terms.PayerLevel;
        PayerOrganisationId = terms.PayerOrganisationId;
        PayerDistrictId = terms.PayerDistrictId;
        PayerStreetId = terms.PayerStreetId;
        RecipientDistrictId = terms.RecipientDistrictId;
        RecipientStreetId = terms.RecipientStreetId;
        RecipientCommunityId = terms.RecipientCommunityId;
        Purpose = terms.Purpose;
        AmountYuan = terms.AmountYuan;
        Note = terms.Note;
    }
}

/// <summary>What an allocation says: who paid whom, when, how much and for what.</summary>
public sealed record FundingAllocationTerms(
    int Year,
    PayerLevel PayerLevel,
    int? PayerOrganisationId,
    int? PayerDistrictId,
    int? PayerStreetId,
    int RecipientDistrictId,
    int? RecipientStreetId,
    int? RecipientCommunityId,
    FundingPurpose Purpose,
    decimal AmountYuan,
    string Note);
