using System.Net;
using System.Net.Http.Json;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// The command line: the host's arguments in any of their forms go to the host (never taken for a verb), the verbs
/// are System.CommandLine's with a <c>--help</c> each, and anything else is a usage error with a non-zero exit.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], new string[0], new string[0])]
    [InlineData(new[] { "--urls", "http://127.0.0.1:6101" }, new[] { "--urls", "http://127.0.0.1:6101" }, new string[0])]
    [InlineData(new[] { "--urls=http://127.0.0.1:6101", "--environment", "Production", "Database:Provider=Sqlite" }, new[] { "--urls=http://127.0.0.1:6101", "--environment", "Production", "Database:Provider=Sqlite" }, new string[0])]
    [InlineData(new[] { "/urls", "http://x", "--Section:Key", "value", "-v" }, new[] { "/urls", "http://x", "--Section:Key", "value", "-v" }, new string[0])]
    [InlineData(new[] { "--urls", "http://x", "migrate" }, new[] { "--urls", "http://x" }, new[] { "migrate" })]
    [InlineData(new[] { "generate", "--scale", "3", "--ConnectionStrings:GreenCommunity", "Data Source=x.db", "--environment=Production" }, new[] { "--ConnectionStrings:GreenCommunity", "Data Source=x.db", "--environment=Production" }, new[] { "generate", "--scale", "3" })]
    [InlineData(new[] { "persisted-operations", "push", "/tmp/manifest.json", "Logging:LogLevel:Default=Warning" }, new[] { "Logging:LogLevel:Default=Warning" }, new[] { "persisted-operations", "push", "/tmp/manifest.json" })]
    [InlineData(new[] { "--help" }, new string[0], new[] { "--help" })]
    [InlineData(new[] { "frobnicate", "--scael", "3" }, new string[0], new[] { "frobnicate", "--scael", "3" })]
    public void SplitsTheHostsArgumentsFromTheCommand(string[] args, string[] host, string[] command)
    {
        var split = ApiCommandLine.Split(args);

        Assert.Equal(host, split.Host);
        Assert.Equal(command, split.Command);
    }

    [Theory]
    [InlineData("migrate [options]", "migrate", "--help")]
    [InlineData("seed-sample [options]", "seed-sample", "--help")]
    [InlineData("generate [options]", "generate", "-h")]
    [InlineData("persisted-operations push <manifest> [options]", "persisted-operations", "push", "--help")]
    [InlineData("[command] [options]", "--help")]
    public async Task EveryVerbHasItsHelp(string usage, params string[] command)
    {
        var (exitCode, output, _) = await InvokeAsync(command);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Usage:\n  {ApiCommandLine.Create(Services(), Configuration()).Name} {usage}", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Unrecognized command or argument '--scael'", "generate", "--scael", "3")]
    [InlineData("--scale must be 1 or more", "generate", "--scale", "0")]
    [InlineData("Required argument missing", "persisted-operations", "push")]
    public async Task ABadCommandLineIsAClearUsageError(string message, params string[] command)
    {
        var (exitCode, _, error) = await InvokeAsync(command);

        Assert.Equal(ApiCommandLine.UsageError, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesOnThePortGivenWithTheSpaceFormOfUrls()
    {
        using var database = TestDatabase.Create();
        using var api = ApiProcess.Start(database, arguments: port => ["--urls", $"http://127.0.0.1:{port}", "--environment", "Production"]);
        await api.WaitUntilLiveAsync();

        using var response = await api.Client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(api.Lines, line => line.Contains("Unrecognized", StringComparison.Ordinal));
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ApiCommandLine.InvokeAsync(Services(), Configuration(), command, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static ServiceProvider Services() => new ServiceCollection().AddLogging().BuildServiceProvider();

    private static IConfiguration Configuration() => new ConfigurationBuilder().Build();
}
