using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Geography;

/// <summary>A street or subdistrict office (街道), the level between district and community.</summary>
public sealed class Street : Entity
{
    private Street()
    {
        Code = string.Empty;
        Name = null!;
    }

    /// <summary>Creates a street in a district.</summary>
    public Street(string code, LocalizedText name, District district)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(district);
        Code = code;
        Name = name;
        District = district;
        DistrictId = district.Id;
    }

    /// <summary>A stable code.</summary>
    public string Code { get; private set; }

    /// <summary>The street's name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The district the street belongs to now.</summary>
    public int DistrictId { get; private set; }

    /// <summary>The district the street belongs to now.</summary>
    public District? District { get; private set; }

    /// <summary>Moves the street to another district (after a merger).</summary>
    public void MoveTo(District district)
    {
        ArgumentNullException.ThrowIfNull(district);
        District = district;
        DistrictId = district.Id;
    }
}
