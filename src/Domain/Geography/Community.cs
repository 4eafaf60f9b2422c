using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;

namespace GreenCommunity.Domain.Geography;

/// <summary>A residential community (社区) under a street.</summary>
public sealed class Community : Entity, IReadFromEdition
{
    private Community()
    {
        Code = string.Empty;
        Name = null!;
    }

    /// <inheritdoc />
    public int? ReadFromEdition { get; private set; }

    /// <summary>A copy marked as read from edition <paramref name="edition"/>: what hangs under it is read from that edition.</summary>
    public Community AsReadFrom(int edition)
    {
        var copy = (Community)MemberwiseClone();
        copy.ReadFromEdition = edition;
        return copy;
    }

    /// <summary>Creates a community with its attributes.</summary>
    public Community(string code, LocalizedText name, Street street, CommunityAttributes attributes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(street);
        ArgumentNullException.ThrowIfNull(attributes);
        Code = code;
        Name = name;
        Street = street;
        StreetId = street.Id;
        Describe(attributes);
    }

    /// <summary>A stable public code, e.g. <c>YX-QIAOYUAN</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The community's name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The street the community is under.</summary>
    public int StreetId { get; private set; }

    /// <summary>The street the community is under.</summary>
    public Street? Street { get; private set; }

    /// <summary>What sort of community it is.</summary>
    public CommunityKind Kind { get; private set; }

    /// <summary>True for a closed (gated) community, false for an open one.</summary>
    public bool Gated { get; private set; }

    /// <summary>Co-built with the army or the police, or neither.</summary>
    public CoBuiltWith CoBuiltWith { get; private set; }

    /// <summary>True for a commercially developed estate with full property management.</summary>
    public bool CommercialEstate { get; private set; }

    /// <summary>Number of households, when known.</summary>
    public int? Households { get; private set; }

    /// <summary>Share of dwellings occupied, when known (a gate requires at least 60%).</summary>
    public Percentage? OccupancyRate { get; private set; }

    /// <summary>Where the community is, when known.</summary>
    public GeoPoint? Location { get; private set; }

    /// <summary>The community's category for funding (support by category); null until categorised.</summary>
    public GreenCommunity.Domain.Programme.FundingCategory? FundingCategory { get; private set; }

    /// <summary>Sets the community's category for funding.</summary>
    public void Categorise(GreenCommunity.Domain.Programme.FundingCategory category) => FundingCategory = category;

    /// <summary>Replaces the community's descriptive attributes.</summary>
    public void Describe(CommunityAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes.Households is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(attributes), attributes.Households, "Households cannot be negative.");
        }

        Kind = attributes.Kind;
        Gated = attributes.Gated;
        CoBuiltWith = attributes.CoBuiltWith;
        CommercialEstate = attributes.CommercialEstate;
        Households = attributes.Households;
        OccupancyRate = attributes.OccupancyRate;
        Location = attributes.Location;
    }
}

/// <summary>The descriptive attributes of a community.</summary>
public sealed record CommunityAttributes(
    CommunityKind Kind,
    bool Gated,
    CoBuiltWith CoBuiltWith,
    bool CommercialEstate,
    int? Households,
    Percentage? OccupancyRate,
    GeoPoint? Location);
