using System.Text.Json;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary><c>persisted-operations push &lt;manifest.json&gt;</c>: what it registers and the exit code of each failure.</summary>
public sealed class PersistedOperationCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("greencommunity-manifest-").FullName;

    private static Task<int> RunAsync(string? redis, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis })
            .Build();
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        return ApiCommandLine.InvokeAsync(services, configuration, ApiCommandLine.Split(args).Command, TextWriter.Null, TextWriter.Null, CancellationToken.None);
    }

    private string Manifest(IReadOnlyDictionary<string, string> operations)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(operations));
        return path;
    }

    private static string NewDocument() => $"query {RedisServer.UniqueName("Pushed")} {{ districts {{ code }} }}\n";

    [SkippableTheory]
    [InlineData("persisted-operations")]
    [InlineData("persisted-operations", "pull", "manifest.json")]
    [InlineData("persisted-operations", "push")]
    [InlineData("persisted-operations", "push", "a.json", "b.json")]
    public async Task ExplainsItsUsage(params string[] args) => Assert.Equal(PersistedOperationCommands.BadUsage, await RunAsync(RedisServer.Unreachable, args));

    [SkippableFact]
    public async Task RefusesWithoutRedis()
    {
        var document = NewDocument();
        var path = Manifest(new Dictionary<string, string> { [PersistedOperations.IdOf(document)] = document });

        Assert.Equal(PersistedOperationCommands.NotConfigured, await RunAsync(null, "persisted-operations", "push", path));
        Assert.Equal(PersistedOperationCommands.NotConfigured, await RunAsync(" ", "persisted-operations", "push", path));
    }

    [SkippableFact]
    public async Task RefusesAManifestWithAWrongIdBeforeConnecting()
    {
        var document = NewDocument();
        var path = Manifest(new Dictionary<string, string> { [PersistedOperations.IdOf(NewDocument())] = document });

        Assert.Equal(PersistedOperationCommands.WrongId, await RunAsync(RedisServer.Unreachable, "persisted-operations", "push", path));
    }

    [SkippableFact]
    public async Task RefusesAFileThatIsNotAManifest()
    {
        var notJson = Path.Combine(_folder, "not.json");
        await File.WriteAllTextAsync(notJson, "sha256:abc = query { x }");
        var array = Path.Combine(_folder, "array.json");
        await File.WriteAllTextAsync(array, "[\"query { x }\"]");

        Assert.Equal(PersistedOperationCommands.BadUsage, await RunAsync(RedisServer.Unreachable, "persisted-operations", "push", notJson));
        Assert.Equal(PersistedOperationCommands.BadUsage, await RunAsync(RedisServer.Unreachable, "persisted-operations", "push", array));
        Assert.Equal(PersistedOperationCommands.BadUsage, await RunAsync(RedisServer.Unreachable, "persisted-operations", "push", Path.Combine(_folder, "missing.json")));
    }

    [SkippableFact]
    public async Task ReportsAnUnreachableRedis()
    {
        var document = NewDocument();
        var path = Manifest(new Dictionary<string, string> { [PersistedOperations.IdOf(document)] = document });

        Assert.Equal(PersistedOperationCommands.Unreachable, await RunAsync(RedisServer.Unreachable, "persisted-operations", "push", path));
    }

    [SkippableFact]
    public async Task PushesEveryOperationOfTheManifest()
    {
        RedisServer.Require();

        var operations = Enumerable.Range(0, 3).Select(_ => NewDocument()).ToDictionary(PersistedOperations.IdOf);
        var path = Manifest(operations);
        await using var redis = await RedisServer.ConnectAsync();
        try
        {
            Assert.Equal(0, await RunAsync(RedisServer.Configuration, "--Logging:LogLevel:Default=Warning", "persisted-operations", "push", path));

            foreach (var (id, document) in operations)
            {
                Assert.Equal(document, (string?)await redis.GetDatabase().HashGetAsync(PersistedOperationRegistry.HashKey, id));
            }
        }
        finally
        {
            await redis.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, [.. operations.Keys.Select(k => (StackExchange.Redis.RedisValue)k)]);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
