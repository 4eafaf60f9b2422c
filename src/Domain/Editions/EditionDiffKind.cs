namespace GreenCommunity.Domain.Editions;

/// <summary>What changed between two editions, comparing what each one lists (not only from one edition to the next).</summary>
public enum EditionDiffKind
{
    /// <summary>An award the later edition lists and the earlier one does not.</summary>
    AwardAdded,

    /// <summary>An award both list, revoked in the later one and not in the earlier one.</summary>
    AwardRevoked,

    /// <summary>An award the earlier edition lists and the later one does not.</summary>
    AwardWithdrawn,

    /// <summary>A value for an indicator, community and year that only the later edition has.</summary>
    ObservationAdded,

    /// <summary>A value the later edition lists in place of another one the earlier edition listed for the same indicator, community and year.</summary>
    ObservationCorrected,

    /// <summary>A value for an indicator, community and year that only the earlier edition has.</summary>
    ObservationWithdrawn,
}
