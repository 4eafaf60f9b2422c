using System.Diagnostics;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Schema;

/// <summary>
/// graphql-js itself (tests/apollo-client/introspect.mjs run by Node.js) sends <c>getIntrospectionQuery</c> with every
/// option of the current specification (<c>specifiedByUrl</c>, <c>directiveIsRepeatable</c>,
/// <c>schemaDescription</c>, <c>inputValueDeprecation</c>) to the API on a real port, and builds a client schema from
/// the answer, as code generators do.
/// </summary>
public sealed class GraphQLJsIntrospectionTests(ITestOutputHelper output)
{
    /// <summary>Where the Node.js client project is.</summary>
    public static string ClientDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GreenCommunity.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "apollo-client");
                }
            }

            throw new InvalidOperationException("The repository's root was not found.");
        }
    }

    /// <summary>Why the client cannot run here, or null.</summary>
    public static string? Unavailable =>
        !File.Exists(Path.Combine(ClientDirectory, "node_modules", "graphql", "package.json"))
            ? "the Node.js client's packages are not installed (run: npm ci --prefix tests/apollo-client)."
            : null;

    [SkippableFact]
    public async Task GraphQLJsBuildsTheSchemaFromTheFullIntrospectionQuery()
    {
        Prerequisite.Require(Unavailable);

        using var database = TestDatabase.Create();
        using var api = ApiProcess.Start(database);
        await api.WaitUntilLiveAsync();

        var result = await RunNodeAsync("introspect.mjs", $"http://127.0.0.1:{api.Port}/graphql");

        Assert.Equal(200, result["status"]!.GetValue<int>());
        Assert.StartsWith("GreenCommunity", result["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("https://datatracker.ietf.org/doc/html/rfc3339", result["specifiedBy"]!["DateTime"]!.GetValue<string>());
        Assert.Equal("https://www.iso.org/iso-8601-date-and-time-format.html", result["specifiedBy"]!["Date"]!.GetValue<string>());
        Assert.Contains(result["directives"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "deprecated" && d["isRepeatable"] is JsonValue repeatable && !repeatable.GetValue<bool>());
        Assert.Equal(0, result["cost"]!["charged"]!.GetValue<int>()); // introspection is free
    }

    private async Task<JsonNode> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        var text = await stdout;
        output.WriteLine($"$ node {string.Join(' ', arguments)} -> exit {process.ExitCode}\n{text}{await stderr}");
        Assert.Equal(0, process.ExitCode);
        return JsonNode.Parse(text.Trim().Split('\n')[^1])!;
    }
}
