using GraphQL.Types;

namespace GreenCommunity.Api.Features.Plans;

/// <summary>Input of <c>recordAnnualPlan</c>.</summary>
public sealed class RecordAnnualPlanInput
{
    public int Year { get; set; }

    public string? District { get; set; }

    public string? Organisation { get; set; }

    public int DistrictTitleTarget { get; set; }

    public int CityTitleTarget { get; set; }

    public List<string> TaskCommunities { get; set; } = [];

    public int? Version { get; set; }
}

public sealed class RecordAnnualPlanInputType : InputObjectGraphType<RecordAnnualPlanInput>
{
    public RecordAnnualPlanInputType()
    {
        Name = "RecordAnnualPlanInput";
        Description = "A year's plan of the city or a district. Creates the draft, or changes it while it is one (then give its version).";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.");
        Field<StringGraphType>("district").Description("The district's code; omit for the city's own plan (city administrators only).");
        Field<IdGraphType>("organisation").Description("The global ID of the organisation responsible (a published one).");
        Field<NonNullGraphType<IntGraphType>>("districtTitleTarget").Description("Communities to bring to the district-level title (0 to 10,000).");
        Field<NonNullGraphType<IntGraphType>>("cityTitleTarget").Description("Communities to bring to the city-level title (0 to 10,000).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("taskCommunities").Description($"Codes of the task communities (at most {PlanMutations.MaxTaskCommunities}); for a district plan, communities in the district or in the district it merged into.");
        Field<IntGraphType>("version").Description("The plan's version, required when a draft plan for the year and district exists.");
    }
}
