namespace GreenCommunity.Domain.Common;

/// <summary>A WGS 84 position.</summary>
public sealed record GeoPoint
{
    /// <summary>Creates a point; latitude within ±90, longitude within ±180.</summary>
    public GeoPoint(double latitude, double longitude)
    {
        if (latitude is < -90 or > 90 || double.IsNaN(latitude))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must lie within -90..90.");
        }

        if (longitude is < -180 or > 180 || double.IsNaN(longitude))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must lie within -180..180.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north.</summary>
    public double Latitude { get; private init; }

    /// <summary>Degrees east.</summary>
    public double Longitude { get; private init; }
}
