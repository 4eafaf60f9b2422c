using GraphQL;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.Features.Trail;
using GreenCommunity.Api.GraphQL;
using GreenCommunity.Api.GraphQL.Mutations;

namespace GreenCommunity.Api.Schema;

/// <summary>
/// The composition root of the GraphQL API: the one place that names both the plumbing (src/Api/GraphQL) and the
/// features (src/Api/Features). The plumbing knows no feature; a feature plugs into it here.
/// </summary>
public static class SchemaSetup
{
    /// <summary>Adds the engine with the GreenCommunity schema, and the services the features plug into it.</summary>
    public static IServiceCollection AddGreenCommunityGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        // A field that reads a member (Field(x => x.Year)) takes its description from that member's XML doc
        // comment, so the concept is described once, in the class that defines it, and the schema says the same.
        GlobalSwitches.EnableReadDescriptionFromXmlDocumentation = true;
        services.AddGraphQLEngine<GreenCommunitySchema>(configuration);
        services.AddSingleton<ISaveHook, LiveEventsSaveHook>();
        services.AddScoped<ISaveHook, TrailSaveHook>();
        services.AddSingleton<LatestEdition>();
        ObjectionRateLimiter.AddObjectionRateLimits(services, configuration);
        return services;
    }
}
