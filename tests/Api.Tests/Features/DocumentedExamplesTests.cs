using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>The README's example queries give exactly the output the README shows.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class DocumentedExamplesTests(ApiFactory factory)
{
    public static TheoryData<string> Examples() => [.. Directory.GetFiles(ExamplesFolder(), "*.graphql").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ExampleGivesTheDocumentedOutput(string example)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), example + ".graphql"));
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), example + ".json")));
        var response = await factory.CreateClient().PostGraphQLAsync(query);

        // What is left of the caller's budget depends on the requests before; the README leaves it out.
        Assert.NotNull(response.Body!["extensions"]!["cost"]!.AsObject()["throttleStatus"]);
        response.Body!["extensions"]!["cost"]!.AsObject().Remove("throttleStatus");
        Assert.True(JsonNode.DeepEquals(expected, response.Body), $"{example} now returns:\n{response.Body}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeShowsTheExampleVerbatim(string example)
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), "..", "..", "README.md"));
        Assert.Contains((await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), example + ".graphql"))).TrimEnd(), readme, StringComparison.Ordinal);
        Assert.Contains((await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), example + ".json"))).TrimEnd(), readme, StringComparison.Ordinal);
    }

    private static string ExamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenCommunity.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "examples");
            }
        }

        throw new InvalidOperationException("GreenCommunity.sln not found above " + AppContext.BaseDirectory);
    }
}
