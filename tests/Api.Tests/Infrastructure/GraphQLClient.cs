using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>A GraphQL response as the tests see it: the status, the media type and the parsed body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonNode? Body)
{
    /// <summary>The <c>data</c> entry.</summary>
    public JsonNode? Data => Body?["data"];

    /// <summary>The <c>errors</c> entry, or an empty array.</summary>
    public JsonArray Errors => Body?["errors"]?.AsArray() ?? [];

    /// <summary>The codes of the errors, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())];

    /// <summary>Fails unless the request executed without errors.</summary>
    public JsonNode AssertData()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"Expected data without errors, got {(int)Status}: {Body?.ToJsonString()}");
        return Data!;
    }
}

/// <summary>One-line helpers for calling the GraphQL endpoint.</summary>
public static class GraphQLClient
{
    /// <summary>POSTs a query as JSON.</summary>
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, string accept = "application/graphql-response+json", string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendGraphQLAsync(client, request);
    }

    /// <summary>Sends a prepared request and parses the JSON body when there is one.</summary>
    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType is { } mediaType && mediaType.Contains("json", StringComparison.Ordinal))
        {
            body = JsonNode.Parse(text);
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>A raw request with the given body and content type.</summary>
    public static HttpRequestMessage RawPost(string body, string contentType, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    /// <summary>Serializes a value for embedding in assertion messages.</summary>
    public static string Show(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
