using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>Nested lists load in batches: the number of SQL commands depends on the query's depth, not on its rows.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class BatchLoadingTests(ApiFactory factory)
{
    private const string Nested = """
        query($n: Int) {
          awards(first: $n, where: { year: { eq: 2002 }, level: { eq: CITY } }) {
            nodes {
              score
              districtAtAward { name { en } }
              campaign { year }
              community { name { zh en } street { name { en } district { code } } district { name { en } } awards { totalCount } }
            }
          }
        }
        """;

    [Fact]
    public async Task SendsTheSameNumberOfSqlCommandsForOneAwardAndFor31()
    {
        var client = factory.CreateClient();
        var one = await CountCommandsAsync(client, 1);
        var all = await CountCommandsAsync(client, 31);
        Assert.Equal(one, all);
        Assert.InRange(all, 3, 12);
    }

    private const string Journalist = "query($n: Int) { awards(first: $n, where: { year: { eq: 2002 }, level: { eq: CITY } }) { totalCount nodes { score community { name { zh en } street { name { en } } district { code } } districtAtAward { code } } } }";

    [Fact]
    public async Task ServesTheJournalistsListWithItsPlacesAndTotalInOneSqlStatement()
    {
        var client = factory.CreateClient();
        await CountCommandsAsync(client, 1, Journalist);

        // The latest edition's number is held in memory; the page joins each award's community, street and
        // districts and carries the total as a subquery of the same statement.
        Assert.Equal(1, await CountCommandsAsync(client, 1, Journalist));
        Assert.Equal(1, await CountCommandsAsync(client, 31, Journalist));

        // The total counts the filtered awards only: the join the order by community name needs does not change the
        // count, so it is not in the count's subquery.
        var sql = factory.Commands.LastText!;
        var count = sql.IndexOf("COUNT(*)", StringComparison.OrdinalIgnoreCase);
        Assert.True(count >= 0, sql);
        var countFrom = sql[count..sql.IndexOf("WHERE", count, StringComparison.OrdinalIgnoreCase)];
        Assert.DoesNotContain("JOIN", countFrom, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ServesAResearchSeriesAndAReviewersQueueInOneStatementPerLevel()
    {
        const string Series = "query { observations(first: 100, where: { indicator: { eq: \"waste-sorting-participation\" } }, orderBy: [{ field: COMMUNITY }, { field: YEAR }]) { totalCount nodes { community { code } year value } } }";
        const string Queue = "query { districtQueue(first: 50) { totalCount nodes { id status community { code name { en } } } } }";
        var client = factory.CreateClient();
        var researcher = TestTokens.Applicant("YX-QIAOYUAN");
        var reviewer = TestTokens.Reviewer("440104", "440103");
        await client.PostGraphQLAsync(Series, token: researcher);

        // The series: its page with the total (communities are a level down, but a batch the page itself does not prime).
        var before = factory.Commands.Count;
        (await client.PostGraphQLAsync(Series, token: researcher)).AssertData();
        Assert.Equal(2, factory.Commands.Count - before);

        // The queue: the page with its total, then the applying communities in one batch.
        before = factory.Commands.Count;
        (await client.PostGraphQLAsync(Queue, token: reviewer)).AssertData();
        Assert.Equal(2, factory.Commands.Count - before);
    }

    [Fact]
    public async Task ReadsTheLatestEditionAgainAfterAWrite()
    {
        var client = factory.CreateClient();
        await CountCommandsAsync(client, 1, Journalist);
        await factory.Services.GetRequiredService<ICacheGeneration>().AdvanceAsync(CancellationToken.None);

        // A committed write advances the publication generation: the edition is read again, once.
        Assert.Equal(2, await CountCommandsAsync(client, 1, Journalist));
        Assert.Equal(1, await CountCommandsAsync(client, 1, Journalist));
    }

    [Fact]
    public async Task PagesWithoutACountWhenTotalCountIsNotSelected()
    {
        const string Page = "query($n: Int, $after: String) { awards(first: $n, after: $after, where: { year: { eq: 2002 }, level: { eq: CITY } }) { pageInfo { hasNextPage endCursor } nodes { score } } }";
        var client = factory.CreateClient();
        var token = TestTokens.Applicant("YX-QIAOYUAN");
        var first = (await client.PostGraphQLAsync(Page, new { n = 30 }, token: token)).AssertData()["awards"]!;
        Assert.Equal(30, first["nodes"]!.AsArray().Count);
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var last = (await client.PostGraphQLAsync(Page, new { n = 30, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }, token: token)).AssertData()["awards"]!;
        Assert.Single(last["nodes"]!.AsArray());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var all = (await client.PostGraphQLAsync(Page, new { n = 31 }, token: token)).AssertData()["awards"]!;
        Assert.False(all["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CountsAPagePastTheEnd()
    {
        const string Page = "query($after: String) { awards(first: 5, after: $after, where: { year: { eq: 2002 }, level: { eq: CITY } }) { totalCount nodes { score } } }";
        var client = factory.CreateClient();
        var token = TestTokens.Applicant("YX-QIAOYUAN");
        var all = (await client.PostGraphQLAsync("query { awards(first: 31, where: { year: { eq: 2002 }, level: { eq: CITY } }) { pageInfo { endCursor } } }", token: token)).AssertData();
        var end = all["awards"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var past = (await client.PostGraphQLAsync(Page, new { after = end }, token: token)).AssertData()["awards"]!;
        Assert.Empty(past["nodes"]!.AsArray());
        Assert.Equal(31, past["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task LoadsProgrammeEventsWithTheirPlacesAndCommunitiesWithTheirPracticesInBatches()
    {
        const string Events = "query($n: Int) { events(first: $n, where: { year: { eq: 2002 } }) { nodes { district { code } hostCommunity { code } visitedCommunities { code practices { totalCount } } } } }";
        const string Communities = "query($n: Int) { communities(first: $n) { nodes { code practices(kind: { eq: GREEN_FAMILY_AWARD }) { totalCount nodes { kind } } } } }";
        var client = factory.CreateClient();
        // Five events already reach every loader (districts, host and visited communities, their practices); twelve add no SQL.
        Assert.Equal(await CountCommandsAsync(client, 5, Events, "events"), await CountCommandsAsync(client, 12, Events, "events"));
        Assert.Equal(await CountCommandsAsync(client, 1, Communities, "communities"), await CountCommandsAsync(client, 40, Communities, "communities"));
    }

    private async Task<int> CountCommandsAsync(HttpClient client, int rows, string? query = null, string field = "awards")
    {
        var before = factory.Commands.Count;
        // Signed in, so the public result cache does not answer: this counts the SQL of a computed response.
        var response = await client.PostGraphQLAsync(query ?? Nested, new { n = rows }, token: TestTokens.Applicant("YX-QIAOYUAN"));
        var after = factory.Commands.Count;
        Assert.Equal(rows, response.AssertData()[field]!["nodes"]!.AsArray().Count);
        return after - before;
    }
}
