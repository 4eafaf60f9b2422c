using GreenCommunity.Api.Tests.Infrastructure;

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

    [Fact]
    public async Task ServesTheJournalistsListWithItsPlacesInThreeSqlCommands()
    {
        const string Journalist = "query($n: Int) { awards(first: $n, where: { year: { eq: 2002 }, level: { eq: CITY } }) { totalCount nodes { score community { name { zh en } street { name { en } } district { code } } districtAtAward { code } } } }";
        var client = factory.CreateClient();
        // The latest edition's number, the count, and the page with each award's community, street and districts.
        Assert.Equal(3, await CountCommandsAsync(client, 1, Journalist));
        Assert.Equal(3, await CountCommandsAsync(client, 31, Journalist));
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
