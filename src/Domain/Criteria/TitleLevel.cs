namespace GreenCommunity.Domain.Criteria;

/// <summary>The level at which the Green Community title is granted.</summary>
public enum TitleLevel
{
    /// <summary>District-level title, granted by a district EPB.</summary>
    District,

    /// <summary>City-level title, granted by the city after on-site evaluation, collective review and publicity.</summary>
    City,
}
