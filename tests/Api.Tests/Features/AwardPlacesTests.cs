using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>
/// A page of awards reads the places it shows in its own statement, and only the columns its selection needs
/// (issue #17): codes and names narrowly, anything more whole. A narrow place is never seen by a field it cannot
/// answer, nor by another part of the same document.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class AwardPlacesTests(ApiFactory factory)
{
    private const string Narrow = """
        query($asOf: EditionRef) {
          awards(first: 40, where: { year: { eq: 2002 }, level: { eq: CITY } }, asOf: $asOf) {
            nodes {
              id
              community { id code name { zh en } sample street { id code name { zh en } district { id code name { en } } } district { id code name { zh en } } }
              districtAtAward { id code name { zh en } }
            }
          }
        }
        """;

    // The same fields, and some only a whole place can answer.
    private const string Wide = """
        query($asOf: EditionRef) {
          awards(first: 40, where: { year: { eq: 2002 }, level: { eq: CITY } }, asOf: $asOf) {
            nodes {
              id
              community { id code name { zh en } sample street { id code name { zh en } district { id code name { en } } } district { id code name { zh en } } households kind }
              districtAtAward { id code name { zh en } effectiveFrom }
            }
          }
        }
        """;

    // Signed in, so the public result cache does not answer and every request is computed.
    private static readonly string Token = TestTokens.Applicant("YX-QIAOYUAN");

    [Fact]
    public async Task ReadsOnlyThePlaceColumnsAListOfNamesShows()
    {
        var client = factory.CreateClient();
        var before = factory.Commands.Count;
        var narrow = (await client.PostGraphQLAsync(Narrow, token: Token)).AssertData();
        Assert.Equal(1, factory.Commands.Count - before);
        var sql = factory.Commands.LastText!;
        Assert.Contains("name_zh", sql, StringComparison.Ordinal);
        foreach (var column in new[] { "households", "occupancy_rate", "latitude", "co_built_with", "effective_from", "succeeded_by_id" })
        {
            Assert.DoesNotContain(column, sql, StringComparison.Ordinal);
        }

        // A selection that needs more reads whole places (one statement still) and agrees on every shared field.
        before = factory.Commands.Count;
        var wide = (await client.PostGraphQLAsync(Wide, token: Token)).AssertData();
        Assert.Equal(1, factory.Commands.Count - before);
        Assert.Contains("households", factory.Commands.LastText!, StringComparison.Ordinal);
        Assert.Contains("effective_from", factory.Commands.LastText!, StringComparison.Ordinal);
        AssertSameShared(narrow, wide);
        Assert.Equal(31, narrow["awards"]!["nodes"]!.AsArray().Count);
        Assert.Contains(wide["awards"]!["nodes"]!.AsArray(), n => n!["community"]!["households"] is not null);
    }

    [Fact]
    public async Task AnAsOfReadKeepsEditionQualifiedIdsWhenReadNarrowly()
    {
        var client = factory.CreateClient();
        var asOf = new { asOf = new { number = 1 } };
        var narrow = (await client.PostGraphQLAsync(Narrow, asOf, token: Token)).AssertData();
        var wide = (await client.PostGraphQLAsync(Wide, asOf, token: Token)).AssertData();
        AssertSameShared(narrow, wide);
        var latest = (await client.PostGraphQLAsync(Narrow, token: Token)).AssertData();
        var first = narrow["awards"]!["nodes"]![0]!["community"]!["id"]!.GetValue<string>();
        Assert.DoesNotContain(latest["awards"]!["nodes"]!.AsArray(), n => n!["community"]!["id"]!.GetValue<string>() == first);
    }

    [Fact]
    public async Task ANarrowPlaceNeverAnswersForTheSameCommunityElsewhereInTheDocument()
    {
        var client = factory.CreateClient();
        const string Whole = "query($id: ID!) { node(id: $id) { ... on Community { code households kind coBuiltWith location { latitude } street { code sample } district { code effectiveFrom } } } }";
        var id = (await client.PostGraphQLAsync("query { community(code: \"YX-QIAOYUAN\") { id } }", token: Token)).AssertData()["community"]!["id"]!.GetValue<string>();
        var alone = (await client.PostGraphQLAsync(Whole, new { id }, token: Token)).AssertData()["node"]!;
        Assert.NotNull(alone["households"]);

        // The awards come first and read Qiaoyuan narrowly; the node read after them must still get it whole.
        const string Both = """
            query($id: ID!) {
              awards(first: 40, where: { year: { eq: 2002 }, level: { eq: CITY } }) { nodes { community { id code name { en } street { code } district { code } } } }
              node(id: $id) { ... on Community { code households kind coBuiltWith location { latitude } street { code sample } district { code effectiveFrom } } }
            }
            """;
        var both = (await client.PostGraphQLAsync(Both, new { id }, token: Token)).AssertData();
        Assert.Contains(both["awards"]!["nodes"]!.AsArray(), n => n!["community"]!["id"]!.GetValue<string>() == id);
        Assert.Equal(alone.ToJsonString(), both["node"]!.ToJsonString());
    }

    [Fact]
    public async Task FieldsSelectedThroughFragmentsCount()
    {
        var client = factory.CreateClient();
        const string Fragments = """
            query {
              awards(first: 40, where: { year: { eq: 2002 }, level: { eq: CITY } }) { edges { node { ...Place } } }
            }
            fragment Place on Award { community { code ... on Community { households } } districtAtAward { ...Made } }
            fragment Made on District { code effectiveTo }
            """;
        var data = (await client.PostGraphQLAsync(Fragments, token: Token)).AssertData();
        var sql = factory.Commands.LastText!;
        Assert.Contains("households", sql, StringComparison.Ordinal);
        Assert.Contains("effective_to", sql, StringComparison.Ordinal);
        var edges = data["awards"]!["edges"]!.AsArray();
        Assert.Equal(31, edges.Count);
        Assert.Contains(edges, e => e!["node"]!["community"]!["households"] is not null);

        // Dongshan merged away in 2005: awards made there show its last day, read whole through the fragment.
        Assert.Contains(edges, e => e!["node"]!["districtAtAward"]!["effectiveTo"] is not null);
    }

    [Fact]
    public async Task ThePagesAwardReadBindsEveryColumnTheModelMaps()
    {
        // The page builds each award from its columns instead of materialising the entity; a column the model maps
        // and the projection forgets would come back as its default, silently. This fails first.
        await using var scope = factory.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>().Model.FindEntityType(typeof(Award))!;
        var mapped = model.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => p.Name).Order().ToList();
        Assert.Equal(mapped, AwardPlaces.StoredProperties.Select(p => p.Name).Order().ToList());
        Assert.Equal([nameof(Award.Revocation)], model.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).Select(n => n.Name));

        // And a revoked award reads with its revocation, its places narrowly.
        var client = factory.CreateClient();
        const string Revoked = "query { awards(first: 5, where: { revoked: true }) { nodes { revocation { revokedOn reason } validToday community { code } } } }";
        var nodes = (await client.PostGraphQLAsync(Revoked, token: Token)).AssertData()["awards"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
        {
            Assert.NotNull(node!["revocation"]!["reason"]);
            Assert.False(node["validToday"]!.GetValue<bool>());
        }
    }

    // Every field the narrow answer has is in the wide one with the same value.
    private static void AssertSameShared(JsonNode narrow, JsonNode wide)
    {
        var narrowNodes = narrow["awards"]!["nodes"]!.AsArray();
        var wideNodes = wide["awards"]!["nodes"]!.AsArray();
        Assert.Equal(narrowNodes.Count, wideNodes.Count);
        for (var i = 0; i < narrowNodes.Count; i++)
        {
            AssertContained(narrowNodes[i]!, wideNodes[i]!);
        }
    }

    private static void AssertContained(JsonNode part, JsonNode whole)
    {
        if (part is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                Assert.True(whole.AsObject().ContainsKey(key), key);
                if (value is null)
                {
                    Assert.Null(whole[key]);
                }
                else
                {
                    AssertContained(value, whole[key]!);
                }
            }
        }
        else
        {
            Assert.Equal(part.ToJsonString(), whole.ToJsonString());
        }
    }
}
