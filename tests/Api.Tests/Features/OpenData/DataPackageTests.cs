using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Api.Tests.ScaleOut;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>
/// <c>/downloads/datapackage.json</c> describes the downloads as a Frictionless Tabular Data Package: checked here
/// field by field against the download definitions, and read by datapackage-js (tests/open-data-client) as a
/// researcher's tool would, which validates the descriptor against the profile and every CSV row against its Table
/// Schema, primary and foreign keys included.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class DataPackageTests(ApiFactory factory, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task DescribesEveryDatasetWithItsColumnsTypesKeysAndLicence()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/downloads/datapackage.json?edition=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.datapackage+json", response.Content.Headers.ContentType!.MediaType);
        var package = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("tabular-data-package", package["profile"]!.GetValue<string>());
        Assert.Equal("CC-BY-4.0", package["licenses"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(1, package["edition"]!["number"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{64}$", package["edition"]!["contentHash"]!.GetValue<string>());
        var resources = package["resources"]!.AsArray();
        Assert.Equal(DownloadDatasets.All.Select(d => d.Name), resources.Select(r => r!["name"]!.GetValue<string>()));
        foreach (var dataset in DownloadDatasets.All)
        {
            var resource = resources.Single(r => r!["name"]!.GetValue<string>() == dataset.Name)!;
            var expectedPath = dataset.Versioned ? $"http://localhost/downloads/{dataset.Name}.csv?edition=1" : $"http://localhost/downloads/{dataset.Name}.csv";
            Assert.Equal(expectedPath, resource["path"]!.GetValue<string>());
            var fields = resource["schema"]!["fields"]!.AsArray();
            Assert.Equal(dataset.Columns.Select(c => c.Name), fields.Select(f => f!["name"]!.GetValue<string>()));
            Assert.Equal(dataset.Columns.Select(c => DataPackage.TypeOf(c.Type)), fields.Select(f => f!["type"]!.GetValue<string>()));
            Assert.Equal(dataset.Columns.Select(c => c.Description), fields.Select(f => f!["description"]!.GetValue<string>()));
            Assert.Equal(dataset.Key, resource["schema"]!["primaryKey"]?.GetValue<string>());
        }

        Assert.Equal("communities", resources.Single(r => r!["name"]!.GetValue<string>() == "awards")!["schema"]!["foreignKeys"]![0]!["reference"]!["resource"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task AnEditionThatDoesNotExistIsNotFound()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/downloads/datapackage.json?edition=999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task DatapackageJsReadsEveryFileAgainstItsTableSchema()
    {
        Prerequisite.Require(Unavailable);

        using var client = factory.CreateClient();
        var directory = Directory.CreateTempSubdirectory("greencommunity-datapackage-");
        try
        {
            var descriptor = await client.GetStringAsync("/downloads/datapackage.json");
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "datapackage.json"), descriptor);
            var expectedRows = new Dictionary<string, int>();
            foreach (var resource in JsonNode.Parse(descriptor)!["resources"]!.AsArray())
            {
                var name = resource!["name"]!.GetValue<string>();
                var bytes = await client.GetByteArrayAsync(new Uri(resource["path"]!.GetValue<string>()).PathAndQuery);
                await File.WriteAllBytesAsync(Path.Combine(directory.FullName, name + ".csv"), bytes);
                expectedRows[name] = System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
            }

            var (exit, report) = await ValidateAsync(directory.FullName);
            output.WriteLine(report);
            var result = JsonNode.Parse(report)!;
            Assert.True(exit == 0 && result["valid"]!.GetValue<bool>(), report);
            foreach (var (name, rows) in expectedRows)
            {
                Assert.True(rows > 0, $"{name} has no rows to check.");
                Assert.Equal(rows, result["rows"]![name]!.GetValue<int>());
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task TheValidatorRejectsAFileThatBreaksItsSchema()
    {
        Prerequisite.Require(Unavailable);

        using var client = factory.CreateClient();
        var directory = Directory.CreateTempSubdirectory("greencommunity-datapackage-");
        try
        {
            var descriptor = JsonNode.Parse(await client.GetStringAsync("/downloads/datapackage.json"))!;
            foreach (var resource in descriptor["resources"]!.AsArray())
            {
                var bytes = await client.GetByteArrayAsync(new Uri(resource!["path"]!.GetValue<string>()).PathAndQuery);
                await File.WriteAllBytesAsync(Path.Combine(directory.FullName, resource["name"]!.GetValue<string>() + ".csv"), bytes);
            }

            // Declare the community code a number: every award row now breaks the schema.
            var awards = descriptor["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "awards")!;
            awards["schema"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "community_code")!["type"] = "integer";
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "datapackage.json"), descriptor.ToJsonString());

            var (exit, report) = await ValidateAsync(directory.FullName);
            Assert.Equal(1, exit);
            Assert.Contains("community_code", report, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string ClientDirectory => Path.Combine(Path.GetDirectoryName(NodeGraphQLWsClient.Directory)!, "open-data-client");

    private static string? Unavailable =>
        !File.Exists(Path.Combine(ClientDirectory, "node_modules", "datapackage", "package.json"))
            ? "datapackage-js is not installed (run: npm ci --prefix tests/open-data-client)."
            : null;

    private static async Task<(int Exit, string Report)> ValidateAsync(string directory)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = ClientDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("validate.mjs");
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
