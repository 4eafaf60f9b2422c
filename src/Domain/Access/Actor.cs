namespace GreenCommunity.Domain.Access;

/// <summary>The roles of the programme, as sign-in tokens carry them.</summary>
public enum Role
{
    /// <summary>A residents' committee or property manager applying for one community.</summary>
    CommunityApplicant,

    /// <summary>A district environmental protection bureau reviewer, for one or more districts.</summary>
    DistrictReviewer,

    /// <summary>A member of one or more on-site evaluation panels.</summary>
    Evaluator,

    /// <summary>The city environmental protection bureau: runs campaigns, panels, reviews and publication.</summary>
    CityAdmin,
}

/// <summary>
/// Who is acting and what they may act on: the token's subject, roles, and the community and district
/// codes it is scoped to. Panel membership is recorded on the panels themselves, by subject.
/// </summary>
public sealed record Actor(string Subject, IReadOnlySet<Role> Roles, IReadOnlySet<string> Communities, IReadOnlySet<string> Districts)
{
    /// <summary>True when the actor has <paramref name="role"/>.</summary>
    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>True when the actor applies for the community with <paramref name="communityCode"/>.</summary>
    public bool AppliesFor(string communityCode) => Is(Role.CommunityApplicant) && Communities.Contains(communityCode);

    /// <summary>True when the actor reviews for the district with <paramref name="districtCode"/>.</summary>
    public bool ReviewsFor(string districtCode) => Is(Role.DistrictReviewer) && Districts.Contains(districtCode);
}
