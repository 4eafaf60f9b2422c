using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>Nothing unpublished reaches an anonymous caller, through any field.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class PublicationTests(ApiFactory factory)
{
    [Fact]
    public async Task HidesAwardsOfCampaignsWhoseResultsAreNotPublished()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var unpublished = await db.Awards.Where(a => a.PublishedAt == null).Select(a => a.Id).ToListAsync();
        var published = await db.Awards.CountAsync(a => a.PublishedAt != null);

        var data = await Query("{ awards(first: 1) { totalCount } campaigns(where: { year: { eq: 2003 } }) { nodes { resultsPublishedAt awards { totalCount } } } }");
        Assert.Equal(published, data["awards"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["campaigns"]!["nodes"]!.AsArray(), c =>
        {
            Assert.Null(c!["resultsPublishedAt"]);
            Assert.Equal(0, c["awards"]!["totalCount"]!.GetValue<int>());
        });
        foreach (var id in unpublished)
        {
            Assert.Null((await Query("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalIdOf("Award", id) }))["node"]);
        }
    }

    [Fact]
    public async Task HidesUnpublishedAndSupersededObservations()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var hidden = await db.Observations.Where(o => o.PublishedAt == null || o.SupersededById != null).Select(o => o.Id).ToListAsync();
        var visible = await db.Observations.CountAsync(o => o.PublishedAt != null && o.SupersededById == null);
        Assert.NotEmpty(hidden);
        Assert.Contains(await db.Observations.Where(o => o.SupersededById != null).Select(o => o.Id).ToListAsync(), hidden.Contains);

        var data = await Query("{ observations(first: 1) { totalCount } y2003: observations(where: { year: { eq: 2003 } }) { totalCount } }");
        Assert.Equal(visible, data["observations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["y2003"]!["totalCount"]!.GetValue<int>());
        var nodes = (await Query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = hidden.Take(100).Select(id => GlobalIdOf("Observation", id)).ToList() }))["nodes"]!.AsArray();
        Assert.All(nodes, Assert.Null);
    }

    [Fact]
    public async Task HidesUnannouncedCampaigns()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var scheme = await db.CriteriaSchemes.AsTracking().FirstAsync();
        var draft = new Domain.Campaigns.Campaign(
            2099, TitleLevel.City, 99, new Domain.Common.LocalizedText("草稿", "Draft campaign"), scheme,
            new Domain.Campaigns.CampaignTimetable(new(2099, 1, 1), new(2099, 2, 1), new(2099, 3, 1), new(2099, 4, 1), 7));
        db.Campaigns.Add(draft);
        await db.SaveChangesAsync();
        try
        {
            var data = await Query("query($id: ID!) { campaigns(where: { year: { eq: 2099 } }) { totalCount } node(id: $id) { id } }", new { id = GlobalIdOf("Campaign", draft.Id) });
            Assert.Equal(0, data["campaigns"]!["totalCount"]!.GetValue<int>());
            Assert.Null(data["node"]);
        }
        finally
        {
            db.Campaigns.Remove(draft);
            await db.SaveChangesAsync();
        }
    }

    private static string GlobalIdOf(string type, int id) => GreenCommunity.Api.GraphQL.Relay.GlobalId.Encode(type, id);

    private async Task<JsonNode> Query(string query, object? variables = null) =>
        (await factory.CreateClient().PostGraphQLAsync(query, variables)).AssertData();
}
