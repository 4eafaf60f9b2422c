using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>The district-level title a sample community holds.</summary>
internal enum DistrictTitle
{
    /// <summary>No district-level title.</summary>
    None,

    /// <summary>Awarded in the 2001 district campaign (pilot districts only).</summary>
    Year2001,

    /// <summary>Awarded in 2001 and revoked in 2003; the award stays on record.</summary>
    Year2001Revoked,

    /// <summary>Awarded in the 2002 district campaign.</summary>
    Year2002,
}

/// <summary>What became of a sample community's application in the 2002 city-level campaign.</summary>
internal enum City2002Outcome
{
    /// <summary>Did not apply.</summary>
    None,

    /// <summary>Awarded the city-level title (one of the report's 31).</summary>
    Awarded,

    /// <summary>Left off the candidate list by the collective review.</summary>
    NotCandidate,

    /// <summary>Removed from the publicity list after an upheld objection.</summary>
    RejectedAfterObjection,
}

/// <summary>Where a sample community's 2003 application stands (the 2003 campaigns are still running).</summary>
internal enum Application2003
{
    /// <summary>No 2003 application.</summary>
    None,

    /// <summary>City level: still a draft.</summary>
    CityDraft,

    /// <summary>City level: submitted to the district.</summary>
    CitySubmitted,

    /// <summary>City level: the on-site evaluation is under way, with partial scores.</summary>
    CityUnderEvaluation,

    /// <summary>City level: fails the occupancy gate and is declined by the district.</summary>
    CityFailsOccupancy,

    /// <summary>District level: still a draft.</summary>
    DistrictDraft,

    /// <summary>District level: submitted.</summary>
    DistrictSubmitted,

    /// <summary>District level: under district review.</summary>
    DistrictUnderReview,
}

/// <summary>One row of the sample community table.</summary>
internal sealed record CommunityRow(
    string Code,
    string StreetCode,
    string Zh,
    string En,
    CommunityKind Kind,
    bool Gated,
    CoBuiltWith CoBuiltWith,
    bool CommercialEstate,
    int Households,
    decimal OccupancyRate,
    double Latitude,
    double Longitude,
    DistrictTitle Title,
    City2002Outcome City2002,
    Application2003 Apply2003);

/// <summary>A stored sample community with the district its street belonged to in 2001–2003.</summary>
/// <param name="Row">The table row it was made from.</param>
/// <param name="Entity">The stored community.</param>
/// <param name="DistrictAtAward">The district the street belonged to when the awards were made (Dongshan, Fangcun...).</param>
/// <param name="DistrictSlug">Lower-case pinyin of that district, used in reviewer subjects such as <c>reviewer-dongshan</c>.</param>
internal sealed record SeededCommunity(CommunityRow Row, Community Entity, District DistrictAtAward, string DistrictSlug)
{
    /// <summary>The applicant's subject, e.g. <c>applicant-YX-QIAOYUAN</c>.</summary>
    public string ApplicantSubject => "applicant-" + Row.Code;

    /// <summary>The district reviewer's subject at the time, e.g. <c>reviewer-dongshan</c>.</summary>
    public string ReviewerSubject => "reviewer-" + DistrictSlug;
}

/// <summary>The stored geography of the sample dataset.</summary>
/// <param name="DistrictsByCode">Districts by GB/T 2260 code.</param>
/// <param name="Communities">Communities, in table order.</param>
internal sealed record SampleGeographyResult(IReadOnlyDictionary<string, District> DistrictsByCode, IReadOnlyList<SeededCommunity> Communities)
{
    /// <summary>The community with <paramref name="code"/>.</summary>
    public SeededCommunity Community(string code) => Communities.Single(c => c.Row.Code == code);
}
