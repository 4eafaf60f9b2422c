using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Programme;

/// <summary>The tier of government an organisation works at.</summary>
public enum OrganisationLevel
{
    /// <summary>City-wide.</summary>
    City,

    /// <summary>One district.</summary>
    District,

    /// <summary>One street (subdistrict office).</summary>
    Street,
}

/// <summary>What an organisation does in the programme.</summary>
public enum OrganisationRole
{
    /// <summary>One of the city's joint organisers (EPB, civilisation office, creation office, civil-affairs bureau).</summary>
    JointOrganiser,

    /// <summary>A district or street Green Community leading (coordination) group, 领导小组.</summary>
    LeadingGroup,

    /// <summary>A partner department: greening, sanitation, city management, housing, patriotic health...</summary>
    PartnerDepartment,
}

/// <summary>
/// A body that runs part of the programme: a city joint organiser, a district or street leading group, or a partner
/// department, with the district or street it covers. Public once an edition lists it.
/// </summary>
public sealed class Organisation : Entity
{
    private Organisation()
    {
        Code = string.Empty;
        Name = null!;
    }

    /// <summary>Creates an organisation; <see cref="Check"/> first.</summary>
    public Organisation(string code, LocalizedText name, OrganisationLevel level, OrganisationRole role, int? districtId, int? streetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (Check(level, districtId, streetId) is { } error)
        {
            throw new ArgumentException(error.Message, nameof(level));
        }

        Code = code;
        Name = name;
        Level = level;
        Role = role;
        DistrictId = districtId;
        StreetId = streetId;
    }

    /// <summary>A stable public code, e.g. <c>CITY-EPB</c> or <c>440104-LG</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The tier it works at.</summary>
    public OrganisationLevel Level { get; private set; }

    /// <summary>What it does in the programme.</summary>
    public OrganisationRole Role { get; private set; }

    /// <summary>The district it covers (district and street level).</summary>
    public int? DistrictId { get; private set; }

    /// <summary>The street it covers (street level).</summary>
    public int? StreetId { get; private set; }

    /// <summary>The edition that published it; null while it is a draft.</summary>
    public int? PublishedInEdition { get; private set; }

    /// <summary>Optimistic-concurrency version.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The coverage a level needs: a city organisation covers no district or street; a district one its district; a
    /// street one its street and that street's district.
    /// </summary>
    public static DomainError? Check(OrganisationLevel level, int? districtId, int? streetId) => level switch
    {
        OrganisationLevel.City when districtId is not null || streetId is not null => new(DomainErrorCodes.InvalidInput, "A city-level organisation covers the whole city: give no district or street.", "district"),
        OrganisationLevel.District when districtId is null || streetId is not null => new(DomainErrorCodes.InvalidInput, "A district-level organisation covers one district: give the district and no street.", "district"),
        OrganisationLevel.Street when streetId is null || districtId is null => new(DomainErrorCodes.InvalidInput, "A street-level organisation covers one street: give the street.", "street"),
        _ => null,
    };

    /// <summary>Lists the organisation in edition <paramref name="edition"/> (once).</summary>
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
}
