using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>The journalist's list: published awards, filtered, sorted and paged.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class AwardQueriesTests(ApiFactory factory)
{
    [Fact]
    public async Task Lists31CityLevelAwardsFor2002()
    {
        var data = await Query("{ awards(first: 100, where: { year: { eq: 2002 }, level: { eq: CITY } }) { totalCount nodes { year level } } }");
        Assert.Equal(31, data["awards"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["awards"]!["nodes"]!.AsArray(), a =>
        {
            Assert.Equal(2002, a!["year"]!.GetValue<int>());
            Assert.Equal("CITY", a["level"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task KeepsTheDistrictAnAwardWasMadeInAfterAMerger()
    {
        var data = await Query("""{ awards(where: { community: { eq: "YX-QIAOYUAN" }, level: { eq: CITY } }) { nodes { districtAtAward { code former name { en } } community { district { code } } } } }""");
        var award = Assert.Single(data["awards"]!["nodes"]!.AsArray())!;
        Assert.Equal("440102", award["districtAtAward"]!["code"]!.GetValue<string>());
        Assert.True(award["districtAtAward"]!["former"]!.GetValue<bool>());
        Assert.Equal("440104", award["community"]!["district"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task FiltersByDistrictAsAwardedOrAsItIsNow()
    {
        const string Template = "{ awards(first: 100, where: { year: { eq: 2002 }, level: { eq: CITY }, FILTER }) { totalCount } }";
        var dongshanAsAwarded = await Count(Template.Replace("FILTER", "districtAtAward: { eq: \"440102\" }", StringComparison.Ordinal));
        var yuexiuAsAwarded = await Count(Template.Replace("FILTER", "districtAtAward: { eq: \"440104\" }", StringComparison.Ordinal));
        var yuexiuNow = await Count(Template.Replace("FILTER", "district: { eq: \"440104\" }", StringComparison.Ordinal));
        Assert.True(dongshanAsAwarded > 0, "The sample has city awards made in Dongshan.");
        Assert.True(yuexiuAsAwarded > 0, "The sample has city awards made in Yuexiu.");
        Assert.Equal(dongshanAsAwarded + yuexiuAsAwarded, yuexiuNow);
    }

    [Theory]
    [InlineData("侨苑")]
    [InlineData("qiaoyuan")]
    [InlineData("QIAOYUAN")]
    public async Task FindsCommunitiesByNameInEitherLanguage(string fragment)
    {
        var data = await Query("query($n: String) { awards(where: { name: { contains: $n } }) { nodes { community { code } } } }", new { n = fragment });
        var codes = data["awards"]!["nodes"]!.AsArray().Select(a => a!["community"]!["code"]!.GetValue<string>()).Distinct();
        Assert.Equal(["YX-QIAOYUAN"], codes);
    }

    [Fact]
    public async Task SortsByScoreDescending()
    {
        var data = await Query("{ awards(first: 100, where: { year: { eq: 2002 }, level: { eq: CITY } }, orderBy: [{ field: SCORE, direction: DESC }]) { nodes { score } } }");
        var scores = data["awards"]!["nodes"]!.AsArray().Select(a => a!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(31, scores.Count);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.InRange(s, 85.0, 100.0));
    }

    [Fact]
    public async Task PagesForwardAndBackwardWithCursorsThatCoverTheWholeList()
    {
        const string Filter = "where: { year: { eq: 2002 }, level: { eq: CITY } }";
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await Query($"query($a: String) {{ awards(first: 10, after: $a, {Filter}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}", new { a = after }))["awards"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(31, seen.Count);
        Assert.Equal(31, seen.Distinct().Count());

        var last = (await Query($"{{ awards(last: 3, {Filter}) {{ pageInfo {{ hasPreviousPage hasNextPage }} nodes {{ id }} }} }}"))["awards"]!;
        Assert.Equal(seen[^3..], last["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(last["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DefaultsToPagesOf20()
    {
        var data = await Query("{ awards { totalCount nodes { id } pageInfo { hasNextPage } } }");
        Assert.True(data["awards"]!["totalCount"]!.GetValue<int>() > 20);
        Assert.Equal(20, data["awards"]!["nodes"]!.AsArray().Count);
        Assert.True(data["awards"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ShowsRevokedAwardsWithTheirRevocation()
    {
        var data = await Query("{ awards(where: { revoked: true }) { nodes { validToday revocation { revokedOn reason } } } }");
        var revoked = data["awards"]!["nodes"]!.AsArray();
        Assert.NotEmpty(revoked);
        Assert.All(revoked, a =>
        {
            Assert.False(a!["validToday"]!.GetValue<bool>());
            Assert.False(string.IsNullOrWhiteSpace(a["revocation"]!["reason"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task ShowsGateVerdictsAndTheSchemeBehindACityAward()
    {
        var data = await Query("""{ awards(first: 1, where: { level: { eq: CITY }, year: { eq: 2002 } }) { nodes { scheme { code version } panel { name } gateVerdicts { gate passed evidence } } } }""");
        var award = Assert.Single(data["awards"]!["nodes"]!.AsArray())!;
        Assert.Equal("GC-CRITERIA", award["scheme"]!["code"]!.GetValue<string>());
        Assert.NotNull(award["panel"]);
        var verdicts = award["gateVerdicts"]!.AsArray();
        Assert.Contains(verdicts, v => v!["gate"]!.GetValue<string>() == "MINIMUM_OCCUPANCY");
        Assert.All(verdicts, v => Assert.True(v!["passed"]!.GetValue<bool>()));
    }

    private async Task<int> Count(string query) => (await Query(query))["awards"]!["totalCount"]!.GetValue<int>();

    private async Task<System.Text.Json.Nodes.JsonNode> Query(string query, object? variables = null) =>
        (await factory.CreateClient().PostGraphQLAsync(query, variables)).AssertData();
}
