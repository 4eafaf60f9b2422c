using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Programme;

/// <summary>
/// A year's plan of the city (no district) or of one district: how many communities to bring to each title level,
/// and which communities are the year's task communities (任务社区). Editable while a draft; public and fixed once an
/// edition lists it.
/// </summary>
public sealed class AnnualPlan : Entity
{
    private readonly List<PlanTaskCommunity> _taskCommunities = [];

    private AnnualPlan()
    {
    }

    /// <summary>Drafts a plan.</summary>
    public AnnualPlan(int year, int? districtId, int? organisationId, int districtTitleTarget, int cityTitleTarget, IEnumerable<int> taskCommunityIds)
    {
        Year = year;
        DistrictId = districtId;
        OrganisationId = organisationId;
        DistrictTitleTarget = districtTitleTarget;
        CityTitleTarget = cityTitleTarget;
        SetTaskCommunities(taskCommunityIds);
    }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>The district; null for the city's own plan.</summary>
    public int? DistrictId { get; private set; }

    /// <summary>The organisation responsible (e.g. the district's leading group), when known.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>Communities to bring to the district-level title in the year.</summary>
    public int DistrictTitleTarget { get; private set; }

    /// <summary>Communities to bring to the city-level title in the year.</summary>
    public int CityTitleTarget { get; private set; }

    /// <summary>The task communities.</summary>
    public IReadOnlyList<PlanTaskCommunity> TaskCommunities => _taskCommunities;

    /// <summary>The edition that published it; null while a draft.</summary>
    public int? PublishedInEdition { get; private set; }

    /// <summary>Optimistic-concurrency version.</summary>
    public int Version { get; private set; }

    /// <summary>Targets must be 0..10,000 and a year from 1990.</summary>
    public static DomainError? Check(int year, int districtTitleTarget, int cityTitleTarget) =>
        year is < 1990 or > 2999 ? new(DomainErrorCodes.InvalidInput, "The year must be from 1990 to 2999.", "year")
        : districtTitleTarget is < 0 or > 10_000 ? new(DomainErrorCodes.InvalidInput, "The district-title target must be 0 to 10,000.", "districtTitleTarget")
        : cityTitleTarget is < 0 or > 10_000 ? new(DomainErrorCodes.InvalidInput, "The city-title target must be 0 to 10,000.", "cityTitleTarget")
        : null;

    /// <summary>Changes a draft plan, checking the caller's version.</summary>
    public DomainError? Revise(int expectedVersion, int? organisationId, int districtTitleTarget, int cityTitleTarget, IEnumerable<int> taskCommunityIds)
    {
        if (PublishedInEdition is not null)
        {
            return new(DomainErrorCodes.WrongState, $"The {Year} plan is published (edition {PublishedInEdition}) and stays as published.", "plan");
        }

        if (expectedVersion != Version)
        {
            return new(DomainErrorCodes.Conflict, $"The plan changed since you read it (your version {expectedVersion}, now {Version}); read it again and retry.", "version");
        }

        OrganisationId = organisationId;
        DistrictTitleTarget = districtTitleTarget;
        CityTitleTarget = cityTitleTarget;
        SetTaskCommunities(taskCommunityIds);
        Version++;
        return null;
    }

    /// <summary>Lists the plan in edition <paramref name="edition"/> (once).</summary>
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

    private void SetTaskCommunities(IEnumerable<int> communityIds)
    {
        var wanted = communityIds.Distinct().ToHashSet();
        _taskCommunities.RemoveAll(t => !wanted.Contains(t.CommunityId));
        foreach (var id in wanted.Where(id => _taskCommunities.All(t => t.CommunityId != id)))
        {
            _taskCommunities.Add(new PlanTaskCommunity(id));
        }
    }
}

/// <summary>A task community (任务社区) of a plan.</summary>
public sealed class PlanTaskCommunity
{
    private PlanTaskCommunity()
    {
    }

    internal PlanTaskCommunity(int communityId) => CommunityId = communityId;

    /// <summary>The plan.</summary>
    public int AnnualPlanId { get; private set; }

    /// <summary>The community.</summary>
    public int CommunityId { get; private set; }
}
