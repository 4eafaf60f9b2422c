using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Plans;

public sealed class AnnualPlanType : ObjectGraphType<AnnualPlan>
{
    public const string TypeName = "AnnualPlan";

    public AnnualPlanType()
    {
        Name = TypeName;
        Description = "A year's plan of the city (district null) or of one district: targets per title level and the task communities (任务社区), beside what the year achieved, computed in the database. Public once an edition lists it.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is AnnualPlan;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(p => p.Year);
        Field<DistrictType>("district")
            .Description("The district (as it was that year: Dongshan and Fangcun included); null for the city's own plan.")
            .Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<OrganisationType>("organisation")
            .Description("The organisation responsible (the district's leading group, the city EPB), when known.")
            .Resolve(ctx => ctx.Source.OrganisationId is { } id ? ctx.Service<OrganisationByIdDataLoader>().Load(id) : null);
        Field(p => p.DistrictTitleTarget);
        Field(p => p.CityTitleTarget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityType>>>>("taskCommunities")
            .Description("The task communities (任务社区), by code.")
            .Resolve(ctx => ctx.Service<CommunityByIdDataLoader>().LoadMany(ctx.Source.TaskCommunities.Select(t => t.CommunityId))
                .Then(list => list.OfType<Domain.Geography.Community>().OrderBy(c => c.Code, StringComparer.Ordinal).ToList()));
        Field<NonNullGraphType<PlanResultsType>>("results")
            .Description("What the year achieved in the plan's area, computed in the database from published records.")
            .Resolve(ctx => ctx.Service<PlanResultsByPlanIdDataLoader>().Load(ctx.Source.Id));
        Field<IntGraphType>("publishedInEdition").Description("The edition that first listed the plan; null while a draft.").Resolve(ctx => ctx.Source.PublishedInEdition);
        Field(p => p.Version).Description("The version token: send it back with recordAnnualPlan to change a draft.");
        Field("sample", p => p.IsSample).Description("True when the plan (its targets and task list) was invented for the sample dataset.");
    }
}

public sealed class PlanResultsType : ObjectGraphType<PlanResults>
{
    public PlanResultsType()
    {
        Name = "PlanResults";
        Description = "What a plan's year achieved in its area. Titles count published awards of the year made in the district (districtAtAward); applications count those submitted in the year's campaigns whose results are published, under the community's current district (so a merged-away district's plan shows its applications under its successor).";
        Field(r => r.Applications).Description("Applications submitted in the year's campaigns (both levels) whose results are published.");
        Field(r => r.DistrictTitles).Description("District-level titles of the year made in the area.");
        Field(r => r.CityTitles).Description("City-level titles of the year made in the area.");
        Field(r => r.TaskCommunitiesWithDistrictTitle).Description("Task communities that gained the district-level title in the year.");
        Field(r => r.TaskCommunitiesWithCityTitle).Description("Task communities that gained the city-level title in the year.");
    }
}
