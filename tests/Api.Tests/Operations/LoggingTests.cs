using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// The built API, started as a process with the shipped logging settings (EF Core and our own code turned up to
/// Debug), writes one JSON object per line, carries the request's correlation and trace IDs in its scopes, and
/// never writes a header, a token or a variable's value.
/// </summary>
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
        var port = LoopbackPort.Free();
        var lines = new List<string>();
        using var api = StartApi(database, port, lines);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilLiveAsync(client, api);
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
            api.Kill(entireProcessTree: true);
            await api.WaitForExitAsync();
        }

        string[] logged;
        lock (lines)
        {
            logged = [.. lines];
        }

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

    private static Process StartApi(TestDatabase database, int port, List<string> lines)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GreenCommunity.Api.dll"));
        var environment = startInfo.Environment;
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["OpenData__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        environment["Database__Provider"] = database.Provider.ToString();
        environment["ConnectionStrings__GreenCommunity"] = database.ConnectionString;
        environment["Database__MigrateOnStart"] = "true";
        environment["Database__SeedSampleData"] = "false";
        environment["Logging__LogLevel__Default"] = "Debug";
        environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Debug";
        environment["Logging__LogLevel__GreenCommunity"] = "Debug";
        foreach (var (key, value) in TestTokens.Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;

        void Add(string? line)
        {
            if (!string.IsNullOrEmpty(line))
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        }
    }

    private static async Task WaitUntilLiveAsync(HttpClient client, Process api)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(api.HasExited, $"The API exited with {(api.HasExited ? api.ExitCode : 0)}.");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            await Task.Delay(200);
        }
    }
}
