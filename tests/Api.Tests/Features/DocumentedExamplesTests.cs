using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Features;

/// <summary>
/// The README's example queries give exactly the output the README shows: each output is an approved snapshot
/// (docs/examples/__snapshots__/), and the README quotes the query and the snapshot verbatim.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class DocumentedExamplesTests(ApiFactory factory)
{
    public static TheoryData<string> Examples() => [.. Directory.GetFiles(ExamplesFolder(), "*.graphql").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ExampleGivesTheDocumentedOutput(string example)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), example + ".graphql"));
        var response = await factory.CreateClient().PostGraphQLAsync(query);

        // What is left of the caller's budget depends on the requests before; the README leaves it out.
        Assert.NotNull(response.Body!["extensions"]!["cost"]!.AsObject()["throttleStatus"]);
        response.Body!["extensions"]!["cost"]!.AsObject().Remove("throttleStatus");
        ReviewedSnapshot.Match(response.Body!.ToJsonString(OutputFormat), example + ".json", ExamplesFolder());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeShowsTheExampleVerbatim(string example)
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), "..", "..", "README.md"));
        Assert.Contains((await File.ReadAllTextAsync(Path.Combine(ExamplesFolder(), example + ".graphql"))).TrimEnd(), readme, StringComparison.Ordinal);
        Assert.Contains(ReviewedSnapshot.Read(example + ".json", ExamplesFolder()).TrimEnd(), readme, StringComparison.Ordinal);
    }

    // Chinese and punctuation unescaped, as the README shows them.
    private static readonly System.Text.Json.JsonSerializerOptions OutputFormat = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ExamplesFolder() => Path.Combine(ReviewedSnapshot.RepositoryRoot(), "docs", "examples");
}
