using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// The built API, started as a process with the shipped logging settings (EF Core and our own code turned up to
/// Debug), writes one JSON object per line, carries the request's correlation and trace IDs in its scopes, and
/// never writes a header, a token or a variable's value.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LoggingTests(ITestOutputHelper output)
{
    private static readonly string Token = TestTokens.Reviewer("440106");
    private const string CookieValue = "cookie-never-logged";
    private const string PersonalValue = "resident-never-logged@example.cn";
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public async Task WritesJsonWithCorrelationIdsAndNoSecrets()
    {
        using var database = TestDatabase.Create();
        using var api = ApiProcess.Start(database, new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Debug",
            ["Logging__LogLevel__GreenCommunity"] = "Debug",
        });
        try
        {
            var client = api.Client;
            await api.WaitUntilLiveAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new
                {
                    query = "query($name: String) { communities(where: { name: { contains: $name } }) { totalCount } }",
                    variables = new { name = PersonalValue },
                }),
            };
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Token}");
            request.Headers.TryAddWithoutValidation("Cookie", $"session={CookieValue}");
            request.Headers.TryAddWithoutValidation("traceparent", $"00-{TraceId}-00f067aa0ba902b7-01");
            using var response = await client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        finally
        {
            await api.KillAsync();
        }

        var logged = api.Lines;

        output.WriteLine($"{logged.Length} lines; the first 5:\n{string.Join('\n', logged.Take(5))}");
        Assert.NotEmpty(logged);
        var entries = logged.Select(line => JsonNode.Parse(line)!).ToList(); // every line is one JSON object
        Assert.All(entries, e => Assert.NotNull(e["Timestamp"]));

        var inRequest = entries.Where(e => e["Scopes"]?.AsArray().Any(s => s?["RequestId"] is not null) == true).ToList();
        Assert.NotEmpty(inRequest);
        Assert.Contains(inRequest, e => e["Scopes"]!.AsArray().Any(s => s?["TraceId"]?.GetValue<string>() == TraceId));

        var all = string.Join('\n', logged);
        Assert.DoesNotContain(Token, all, StringComparison.Ordinal);
        Assert.DoesNotContain(CookieValue, all, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalValue, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", all, StringComparison.OrdinalIgnoreCase);
    }
}
