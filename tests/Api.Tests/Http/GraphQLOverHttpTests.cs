using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Http;

/// <summary>The endpoint follows the GraphQL-over-HTTP specification and answers bad input with a code, never a 500.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class GraphQLOverHttpTests(ApiFactory factory)
{
    private const string Districts = "{ districts { code } }";

    [Fact]
    public async Task AnswersPostInTheMediaTypeTheClientPrefers()
    {
        var client = factory.CreateClient();
        var modern = await client.PostGraphQLAsync(Districts, accept: "application/graphql-response+json");
        var legacy = await client.PostGraphQLAsync(Districts, accept: "application/json");
        var anything = await client.PostGraphQLAsync(Districts, accept: "*/*");
        Assert.Equal("application/graphql-response+json", modern.MediaType);
        Assert.Equal("application/json", legacy.MediaType);
        Assert.Equal("application/json", anything.MediaType);
        Assert.Equal(5, modern.AssertData()["districts"]!.AsArray().Count);
    }

    [Fact]
    public async Task RunsQueriesOverGet()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query($f: Boolean) { districts(includeFormer: $f) { code } }") + "&variables=" + Uri.EscapeDataString("{\"f\":true}"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await client.SendGraphQLAsync(request);
        Assert.Equal(7, response.AssertData()["districts"]!.AsArray().Count);
    }

    [Fact]
    public async Task RefusesMutationsOverGetWith405()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { anything }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("POST", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "application/json", HttpStatusCode.OK)]
    [InlineData("GET", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task RefusesSubscriptionsOverHttpWithACodeAndTheWebSocketToUse(string method, string accept, HttpStatusCode status)
    {
        const string subscription = "subscription { resultsPublished { number } }";
        var client = factory.CreateClient();
        GraphQLResponse response;
        if (method == "GET")
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(subscription));
            request.Headers.Accept.ParseAdd(accept);
            response = await client.SendGraphQLAsync(request);
        }
        else
        {
            response = await client.PostGraphQLAsync(subscription, accept: accept);
        }

        Assert.Equal(status, response.Status);
        Assert.Equal(["SUBSCRIPTION_REQUIRES_WEBSOCKET"], response.ErrorCodes);
        Assert.Null(response.Data);
        var error = response.Errors[0]!;
        Assert.Contains("WebSocket", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("graphql-transport-ws", error["extensions"]!["protocol"]!.GetValue<string>());
        Assert.Equal("/graphql", error["extensions"]!["endpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefusesBodiesThatAreNotJsonWith415()
    {
        var response = await factory.CreateClient().SendGraphQLAsync(GraphQLClient.RawPost(Districts, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ districts { code } }\", \"variables\": \"oops\"}")]
    [InlineData("")]
    public async Task RefusesMalformedRequestsWith400(string body)
    {
        var response = await factory.CreateClient().SendGraphQLAsync(GraphQLClient.RawPost(body, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task RefusesUnacceptableResponseTypesWith406()
    {
        var response = await factory.CreateClient().PostGraphQLAsync(Districts, accept: "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task ReportsSyntaxErrorsWith400UnderTheModernMediaTypeAnd200UnderJson()
    {
        var client = factory.CreateClient();
        var modern = await client.PostGraphQLAsync("{ districts { code ", accept: "application/graphql-response+json");
        var legacy = await client.PostGraphQLAsync("{ districts { code ", accept: "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Null(modern.Body!["data"]);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("SYNTAX_ERROR", Assert.Single(modern.ErrorCodes));
    }

    [Theory]
    [InlineData("{ districts { nonsense } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("query($n: Int) { awards(first: $n) { totalCount } }", "INVALID_VALUE")]
    public async Task ReportsValidationErrorsWithStableCodes(string query, string code)
    {
        var response = await factory.CreateClient().PostGraphQLAsync(query, query.Contains("$n", StringComparison.Ordinal) ? new { n = "ten" } : null);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(code, response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ awards(first: 101) { totalCount } }", "PAGE_SIZE_OUT_OF_RANGE")]
    [InlineData("{ awards(first: -1) { totalCount } }", "PAGE_SIZE_OUT_OF_RANGE")]
    [InlineData("{ awards(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ node(id: \"bm9wZQ\") { id } }", "INVALID_ID")]
    [InlineData("{ community(id: \"QXdhcmQ6MQ\") { code } }", "INVALID_ID")]
    [InlineData("{ community { code } }", "BAD_USER_INPUT")]
    [InlineData("{ awards(first: 5, last: 5) { totalCount } }", "BAD_USER_INPUT")]
    public async Task ReportsBadArgumentsWithStableCodesAndNoStackTrace(string query, string code)
    {
        var response = await factory.CreateClient().PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(code, Assert.Single(response.ErrorCodes));
        var text = response.Body!.ToJsonString();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesOtherMethodsWith405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") };
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ServesTheIdeToBrowsers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
