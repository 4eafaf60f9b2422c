using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Domain.Awards;

/// <summary>
/// A Green Community title granted to a community at a level in a campaign year. It keeps the district it
/// was made in, the scheme version and panel that produced it, and stays on record when revoked.
/// </summary>
public sealed class Award : Entity, IReadFromEdition
{
    private Award()
    {
    }

    /// <summary>Grants a title.</summary>
    public Award(AwardGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.ValidityYears < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(grant), grant.ValidityYears, "A title is valid for at least one year.");
        }

        CommunityId = grant.CommunityId;
        CampaignId = grant.CampaignId;
        Level = grant.Level;
        Year = grant.Year;
        DistrictAtAwardId = grant.DistrictAtAwardId;
        SchemeId = grant.SchemeId;
        PanelId = grant.PanelId;
        ApplicationId = grant.ApplicationId;
        Score = grant.Score;
        AwardedOn = grant.AwardedOn;
        ValidUntil = grant.AwardedOn.AddYears(grant.ValidityYears).AddDays(-1);
    }

    /// <summary>The community holding the title.</summary>
    public int CommunityId { get; private set; }

    /// <summary>The community holding the title.</summary>
    public Community? Community { get; private set; }

    /// <summary>The campaign that granted it.</summary>
    public int CampaignId { get; private set; }

    /// <summary>District or city level.</summary>
    public TitleLevel Level { get; private set; }

    /// <summary>The campaign year.</summary>
    public int Year { get; private set; }

    /// <summary>The district the award was made in, even if that district later merged away.</summary>
    public int DistrictAtAwardId { get; private set; }

    /// <summary>The district the award was made in.</summary>
    public District? DistrictAtAward { get; private set; }

    /// <summary>The criteria-scheme version that produced it.</summary>
    public int SchemeId { get; private set; }

    /// <summary>The panel that evaluated the community (city level).</summary>
    public int? PanelId { get; private set; }

    /// <summary>The application that led to it, when recorded.</summary>
    public int? ApplicationId { get; private set; }

    /// <summary>The panel score.</summary>
    public decimal? Score { get; private set; }

    /// <summary>The day the title was granted.</summary>
    public DateOnly AwardedOn { get; private set; }

    /// <summary>Last day the title is valid.</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>When the award was published; unpublished awards are never public.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; private set; }

    /// <summary>The revocation, if the city revoked the title.</summary>
    public Revocation? Revocation { get; private set; }

    /// <summary>The organisation responsible for the title (the district's leading group, the city's EPB), when known.</summary>
    public int? ResponsibleOrganisationId { get; private set; }

    /// <summary>Names the organisation responsible for the title.</summary>
    public void AssignResponsibility(int organisationId) => ResponsibleOrganisationId = organisationId;

    /// <summary>The number of the edition of the published data that first listed the award.</summary>
    public int? PublishedInEdition { get; private set; }

    /// <summary>The number of the edition that first showed the revocation.</summary>
    public int? RevokedInEdition { get; private set; }

    /// <summary>
    /// The edition a reader named when this copy was read (<see cref="AsReadFrom"/>), or null for the record itself. A
    /// citable past list and the current one then name different objects, so a client cache that keeps both cannot
    /// show one's state in the other.
    /// </summary>
    public int? ReadFromEdition { get; private set; }

    /// <summary>A copy of the award as edition <paramref name="edition"/> listed it, marked as read from that edition.</summary>
    public Award AsReadFrom(int edition)
    {
        var copy = (Award)AsPublishedIn(edition).MemberwiseClone();
        copy.ReadFromEdition = edition;
        return copy;
    }

    /// <summary>
    /// The award as edition <paramref name="edition"/> listed it: without a revocation published in a later edition.
    /// The record itself is not changed; a copy is returned when the two differ.
    /// </summary>
    public Award AsPublishedIn(int edition)
    {
        if (Revocation is null || RevokedInEdition is null || RevokedInEdition <= edition)
        {
            return this;
        }

        var copy = (Award)MemberwiseClone();
        copy.Revocation = null;
        copy.RevokedInEdition = null;
        return copy;
    }

    /// <summary>True when the title is valid on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) =>
        AwardedOn <= day && day <= ValidUntil && (Revocation is null || day < Revocation.RevokedOn);

    /// <summary>Publishes the award.</summary>
    public void Publish(DateTime at)
    {
        if (PublishedAt is null)
        {
            PublishedAt = at;
            Version++;
        }
    }

    /// <summary>Revokes the title; the award stays on record with the revocation.</summary>
    public void Revoke(DateOnly on, string reason)
    {
        if (Revocation is not null)
        {
            throw new InvalidOperationException("The award is already revoked.");
        }

        Revocation = new Revocation(on, reason);
        Version++;
    }

    /// <summary>Records the edition that first listed the award (once).</summary>
    internal void ListIn(int edition)
    {
        if (PublishedAt is null)
        {
            throw new InvalidOperationException("Only a published award is listed in an edition.");
        }

        PublishedInEdition ??= edition;
    }

    /// <summary>Records the edition that first showed the revocation (once).</summary>
    internal void ShowRevocationIn(int edition)
    {
        if (Revocation is null)
        {
            throw new InvalidOperationException("The award is not revoked.");
        }

        RevokedInEdition ??= edition;
    }
}

/// <summary>What a grant of the title records.</summary>
public sealed record AwardGrant(
    int CommunityId,
    int CampaignId,
    TitleLevel Level,
    int Year,
    int DistrictAtAwardId,
    int SchemeId,
    int ValidityYears,
    DateOnly AwardedOn,
    decimal? Score,
    int? PanelId = null,
    int? ApplicationId = null);

/// <summary>The city's revocation of a title: published, never a silent delete.</summary>
public sealed record Revocation
{
    /// <summary>Records a revocation.</summary>
    public Revocation(DateOnly revokedOn, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        RevokedOn = revokedOn;
        Reason = reason;
    }

    /// <summary>The day the title stopped being valid.</summary>
    public DateOnly RevokedOn { get; private init; }

    /// <summary>Why it was revoked.</summary>
    public string Reason { get; private init; }
}
