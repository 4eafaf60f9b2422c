using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Queries;

namespace GreenCommunity.Api.Features.Campaigns;

/// <summary>Root fields for campaigns.</summary>
public static class CampaignQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<CampaignConnectionType>>("campaigns")
            .Description("Announced campaigns, newest year first, district level before city level.")
            .Paged()
            .Argument<CampaignFilterType>("where", "Conditions every campaign returned meets.")
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var filter = ctx.GetArgument<CampaignFilter?>("where");
                var campaigns = ctx.Db().AnnouncedCampaigns().Where(filter?.Year, c => c.Year).Where(filter?.Level, c => c.Level);
                return await page.ExecuteAsync(campaigns.OrderByDescending(c => c.Year).ThenBy(c => c.Level).ThenBy(c => c.Id), ctx.CancellationToken);
            });
    }
}
