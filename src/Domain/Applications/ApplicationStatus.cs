namespace GreenCommunity.Domain.Applications;

/// <summary>Where an application stands in the two-level workflow.</summary>
public enum ApplicationStatus
{
    /// <summary>Being prepared by the community.</summary>
    Draft,

    /// <summary>Sent to the district.</summary>
    Submitted,

    /// <summary>Being reviewed by the district EPB.</summary>
    UnderDistrictReview,

    /// <summary>Sent back to the community to revise before a deadline.</summary>
    ReturnedForRevision,

    /// <summary>Refused.</summary>
    Rejected,

    /// <summary>District level: the district-level title was granted.</summary>
    AwardedAtDistrictLevel,

    /// <summary>City level: the district recommends the community to the city.</summary>
    RecommendedToCity,

    /// <summary>City level: the district declines to recommend.</summary>
    DeclinedByDistrict,

    /// <summary>City level: an evaluation panel is assigned.</summary>
    PanelAssigned,

    /// <summary>City level: the on-site evaluation is under way.</summary>
    UnderEvaluation,

    /// <summary>City level: the on-site evaluation is complete.</summary>
    Evaluated,

    /// <summary>City level: the collective review put the community on the candidate list.</summary>
    Candidate,

    /// <summary>City level: the collective review left the community off the candidate list.</summary>
    NotCandidate,

    /// <summary>City level: the candidate list is announced and open to objection.</summary>
    InPublicity,

    /// <summary>City level: the city-level title was granted.</summary>
    Awarded,

    /// <summary>City level: removed after an upheld objection.</summary>
    RejectedAfterObjection,
}
