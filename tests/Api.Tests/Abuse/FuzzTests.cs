using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Abuse;

/// <summary>A host of its own for the fuzz run.</summary>
public sealed class FuzzApiFactory : ApiFactory;

/// <summary>
/// Thousands of random and malformed requests (documents, variables, bodies, headers, methods) from a fixed seed:
/// none may get a 5xx or take the process down, every JSON error has a code, and no body shows a stack trace.
/// </summary>
[Collection(ApiTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class FuzzTests(FuzzApiFactory factory, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>
{
    private const int Seed = 20_021_220;
    private const int Cases = 5000;

    private static readonly string[] Words =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "...", ",", "\"", "\"\"\"", "#", "|", "&",
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "__schema", "__type", "__typename",
        "types", "fields", "ofType", "name", "kind", "awards", "communities", "community", "districts", "nodes", "edges",
        "node", "id", "code", "first", "last", "after", "before", "where", "orderBy", "totalCount", "score", "year",
        "viewer", "applications", "fileObjection", "input", "issueApiKey", "include", "skip", "if", "Int", "String",
        "ID", "Boolean", "42", "-1", "1e309", "99999999999999999999", "\"x\"", "\"侨\"", "\u0000", "\uFFFF", "😀", "\\u00",
        "a", "b", "F", "$v", "$n", "Award", "Community", "__Type", "CITY", "DESC",
    ];

    [Fact]
    public async Task NoRandomOrMalformedRequestGetsA5xxOrLeaksDetails()
    {
        var random = new Random(Seed);
        var client = factory.CreateClient();
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Cases; i++)
        {
            var (description, request) = NewCase(random, i);
            RawResponse response;
            try
            {
                response = await client.SendRawAsync(request);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
            {
                failures.Add($"#{i} {description}: the server failed the request: {ex.GetType().Name}");
                continue;
            }

            var status = (int)response.Status;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"#{i} {description}: {status} {Truncate(response.Text)}");
            }

            if (Problem(response) is { } problem)
            {
                failures.Add($"#{i} {description}: {problem}");
            }
        }

        var fiveHundreds = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        output.WriteLine($"Fuzz run: {Cases} cases (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s; {fiveHundreds} responses with a 5xx status.");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Equal(0, fiveHundreds);

        // The process is still serving.
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        (await client.PostGraphQLAsync("{ districts { code } }")).AssertData();
    }

    [Fact]
    public async Task RefusesIntrospectionDepthAttacksCheaply()
    {
        var client = factory.CreateClient();
        var clock = Stopwatch.StartNew();
        var nested = "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 12)) + "name" + new string('}', 26) + " }";
        var response = await client.PostAsync(new { query = nested });
        Assert.Equal(["DEPTH_LIMIT_EXCEEDED"], response.ErrorCodes);

        var wide = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
        var wideResponse = await client.PostAsync(new { query = wide });
        Assert.True(wideResponse.Status == HttpStatusCode.OK || wideResponse.ErrorCodes.Count > 0);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    private static (string Description, HttpRequestMessage Request) NewCase(Random random, int index)
    {
        switch (index % 8)
        {
            case 0:
                return ("random document", Post(JsonSerializer.Serialize(new { query = RandomDocument(random) })));
            case 1:
                var depth = random.Next(10, 400);
                return ($"nested {depth} deep", Post(JsonSerializer.Serialize(new { query = "{" + string.Concat(Enumerable.Repeat(" awards { nodes { community", depth / 3)) + " code" + new string('}', depth) })));
            case 2:
                return ("random variables", Post(JsonSerializer.Serialize(new JsonObject
                {
                    ["query"] = "query($n: Int, $ids: [ID!]!, $where: AwardFilter) { nodes(ids: $ids) { id } awards(first: $n, where: $where) { totalCount } }",
                    ["variables"] = RandomJson(random, 0),
                })));
            case 3:
                var bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
                return ("random bytes", Post(bytes, RandomContentType(random)));
            case 4:
                var valid = JsonSerializer.Serialize(new { query = "{ districts { code } }" });
                var cut = valid[..random.Next(0, valid.Length)] + Words[random.Next(Words.Length)];
                return ("truncated JSON", Post(Encoding.UTF8.GetBytes(cut), RandomContentType(random)));
            case 5:
                var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + RandomQueryString(random));
                RandomHeaders(random, get);
                return ("random GET", get);
            case 6:
                var method = new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "POST" }[random.Next(7)];
                var other = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent(RandomDocument(random)) };
                RandomHeaders(random, other);
                return ($"{method} with random headers", other);
            default:
                var aliases = random.Next(1, 3000);
                var list = random.Next(1, 5000);
                var query = random.Next(2) == 0
                    ? "{ " + string.Join(" ", Enumerable.Range(0, aliases).Select(i => $"a{i}: awards(first: 100) {{ nodes {{ community {{ name {{ en }} }} }} }}")) + " }"
                    : "{ nodes(ids: [" + string.Join(",", Enumerable.Repeat("\"QXdhcmQ6MQ\"", list)) + "]) { id } }";
                var request = Post(JsonSerializer.Serialize(new { query }));
                RandomHeaders(random, request);
                return ($"{aliases} aliases or a list of {list}", request);
        }
    }

    private static HttpRequestMessage Post(string body) => Post(Encoding.UTF8.GetBytes(body), "application/json");

    private static HttpRequestMessage Post(byte[] body, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return request;
    }

    private static string RandomDocument(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 120);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Words[random.Next(Words.Length)]).Append(random.Next(4) == 0 ? "\n" : " ");
        }

        return builder.ToString();
    }

    private static JsonNode? RandomJson(Random random, int depth) => (depth > 6 ? random.Next(4) : random.Next(8)) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(Words[random.Next(Words.Length)]),
        3 => JsonValue.Create(random.NextDouble() * 1e300),
        4 or 5 => new JsonArray([.. Enumerable.Range(0, random.Next(0, depth == 0 ? 300 : 5)).Select(_ => RandomJson(random, depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(0, 5)).Select(i => KeyValuePair.Create(new[] { "n", "ids", "where", "year", "eq", "in", "x" }[random.Next(7)] + i, RandomJson(random, depth + 1)))),
    };

    private static string RandomContentType(Random random) => new[]
    {
        "application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "application/graphql",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/graphql-response+json", ";;;", "application/json; charset=",
    }[random.Next(10)];

    private static string RandomQueryString(Random random)
    {
        var parameters = new[] { "query", "variables", "operationName", "extensions", "documentId", "x" };
        return string.Join("&", Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
            $"{parameters[random.Next(parameters.Length)]}={Uri.EscapeDataString(random.Next(3) == 0 ? RandomJson(random, 5)?.ToJsonString() ?? "null" : RandomDocument(random))}"));
    }

    private static void RandomHeaders(Random random, HttpRequestMessage request)
    {
        var values = new[] { "application/json", "*/*", "text/html", "application/graphql-response+json;q=0", "garbage/", "", "Bearer x.y.z", "Bearer", "gck_0123456789ab_x", "\"etag\"", "https://evil.example", "null" };
        foreach (var name in new[] { "Accept", "Authorization", "X-Api-Key", "If-None-Match", "Origin" })
        {
            if (random.Next(3) == 0)
            {
                request.Headers.TryAddWithoutValidation(name, values[random.Next(values.Length)]);
            }
        }

        if (request.Content is not null && random.Next(2) == 0)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(RandomContentType(random), out var type) ? type : null;
        }
    }

    // What a response must never be: a JSON error without a code, or a body that shows internals.
    private static string? Problem(RawResponse response)
    {
        foreach (var leak in new[] { "Exception", "   at ", ".cs:line", "SELECT ", "/work/", "/src/" })
        {
            if (response.Text.Contains(leak, StringComparison.Ordinal))
            {
                return $"the body shows '{leak}': {Truncate(response.Text)}";
            }
        }

        if (response.Json?["errors"] is JsonArray errors && errors.Any(e => e?["extensions"]?["code"] is null))
        {
            return $"an error without a code: {Truncate(response.Text)}";
        }

        return null;
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
