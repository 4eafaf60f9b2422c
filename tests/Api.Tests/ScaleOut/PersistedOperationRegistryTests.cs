using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Tests.Infrastructure;
using StackExchange.Redis;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// Persisted operations registered in Redis at deploy time: another replica finds them, only documents that hash to
/// their ID count, the built-in manifest comes first, and an unreachable Redis means "not found", never an error.
/// The tests add fields of their own to the shared hash and remove exactly those.
/// </summary>
public sealed class PersistedOperationRegistryTests
{
    private static readonly PersistedOperations BuiltIn = new();

    private static string NewDocument() => $"query {RedisServer.UniqueName("Registered")} {{\n  districts {{ code }}\n}}\n";

    private static PersistedOperations Replica(IConnectionMultiplexer redis, CollectingLogger<PersistedOperationRegistry>? logger = null) =>
        new(redis, logger ?? new CollectingLogger<PersistedOperationRegistry>());

    private static ValueTask<string?> LookUpAsync(PersistedOperations operations, string id) =>
        operations.GetQueryAsync(id.Split(':')[0], id.Split(':')[1], CancellationToken.None);

    [SkippableFact]
    public async Task AnOperationRegisteredThroughOneReplicaIsFoundByAnotherAndKeptInMemory()
    {
        RedisServer.Require();

        await using var redisA = await RedisServer.ConnectAsync();
        await using var redisB = await RedisServer.ConnectAsync();
        using var a = Replica(redisA);
        using var b = Replica(redisB);
        var document = NewDocument();
        var id = PersistedOperations.IdOf(document);
        try
        {
            Assert.Null(await LookUpAsync(b, id));

            Assert.Equal(1, await a.Registry!.RegisterAsync(new Dictionary<string, string> { [id] = document }));

            Assert.Equal(document, await LookUpAsync(b, id));
            Assert.Equal(document, (string?)await redisB.GetDatabase().HashGetAsync(PersistedOperationRegistry.HashKey, id));

            // Found once, the document is kept: it can never change, since its ID is its hash.
            await redisA.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, id);
            Assert.Equal(document, await LookUpAsync(b, id));
            using var fresh = Replica(redisB);
            Assert.Null(await LookUpAsync(fresh, id));
        }
        finally
        {
            await redisA.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, id);
        }
    }

    [SkippableFact]
    public async Task RefusesAManifestWithAWrongIdAndWritesNoneOfIt()
    {
        RedisServer.Require();

        await using var redis = await RedisServer.ConnectAsync();
        using var operations = Replica(redis);
        var good = NewDocument();
        var other = NewDocument();
        var wrongId = PersistedOperations.IdOf(other);
        try
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => operations.Registry!.RegisterAsync(new Dictionary<string, string>
            {
                [PersistedOperations.IdOf(good)] = good,
                [wrongId] = good,
            }));

            Assert.Contains(wrongId, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(PersistedOperations.IdOf(good), error.Message, StringComparison.Ordinal);
            Assert.False(await redis.GetDatabase().HashExistsAsync(PersistedOperationRegistry.HashKey, PersistedOperations.IdOf(good)));
            Assert.False(await redis.GetDatabase().HashExistsAsync(PersistedOperationRegistry.HashKey, wrongId));
        }
        finally
        {
            await redis.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, [PersistedOperations.IdOf(good), wrongId]);
        }
    }

    [SkippableFact]
    public async Task IgnoresARegisteredDocumentThatDoesNotHashToItsId()
    {
        RedisServer.Require();

        await using var redis = await RedisServer.ConnectAsync();
        var logger = new CollectingLogger<PersistedOperationRegistry>();
        using var operations = Replica(redis, logger);
        var id = PersistedOperations.IdOf(NewDocument());
        try
        {
            // Written past RegisterAsync, as a careless deploy script could.
            await redis.GetDatabase().HashSetAsync(PersistedOperationRegistry.HashKey, id, "{ viewer { subject roles } }");

            Assert.Null(await LookUpAsync(operations, id));
            Assert.Contains(id, Assert.Single(logger.Warnings), StringComparison.Ordinal);
        }
        finally
        {
            await redis.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, id);
        }
    }

    [SkippableFact]
    public async Task TheBuiltInManifestComesFirst()
    {
        RedisServer.Require();

        await using var redis = await RedisServer.ConnectAsync();
        var logger = new CollectingLogger<PersistedOperationRegistry>();
        using var operations = Replica(redis, logger);
        var (id, document) = BuiltIn.Operations.First();
        var registered = await redis.GetDatabase().HashGetAsync(PersistedOperationRegistry.HashKey, id);
        try
        {
            await redis.GetDatabase().HashSetAsync(PersistedOperationRegistry.HashKey, id, "{ viewer { subject } }");

            Assert.Equal(document, await LookUpAsync(operations, id));
            Assert.Empty(logger.Warnings); // Redis was not asked: its wrong document would have been reported
        }
        finally
        {
            if (registered.IsNull)
            {
                await redis.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, id);
            }
            else
            {
                await redis.GetDatabase().HashSetAsync(PersistedOperationRegistry.HashKey, id, registered);
            }
        }
    }

    [SkippableFact]
    public async Task FindsNothingButTheBuiltInManifestWhenRedisIsUnreachable()
    {
        await using var unreachable = await RedisServer.ConnectUnreachableAsync();
        var logger = new CollectingLogger<PersistedOperationRegistry>();
        using var operations = Replica(unreachable, logger);
        var (builtInId, builtInDocument) = BuiltIn.Operations.First();

        Assert.Equal(builtInDocument, await LookUpAsync(operations, builtInId));
        Assert.Empty(logger.Warnings);
        Assert.Null(await LookUpAsync(operations, PersistedOperations.IdOf(NewDocument())));
        Assert.Null(await LookUpAsync(operations, PersistedOperations.IdOf(NewDocument())));
        Assert.Contains("unreachable", Assert.Single(logger.Warnings), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RegisteringFailsLoudlyWhenRedisIsUnreachable()
    {
        await using var unreachable = await RedisServer.ConnectUnreachableAsync();
        using var operations = Replica(unreachable);
        var document = NewDocument();

        var error = await Record.ExceptionAsync(() => operations.Registry!.RegisterAsync(new Dictionary<string, string> { [PersistedOperations.IdOf(document)] = document }));

        Assert.True(error is RedisException or RedisTimeoutException, $"Expected a Redis failure, got {error?.GetType().Name ?? "none"}.");
    }

    [SkippableTheory]
    [InlineData("sha256:abc")]
    [InlineData("md5:0123456789abcdef0123456789abcdef")]
    [InlineData("sha256:B9D02D69EEE9E0A3BD22F271C488D007C6BFF5810773C4D6760566E59A11CAD2")]
    public void OnlyLooksUpWellFormedIds(string id) => Assert.False(PersistedOperationRegistry.IsWellFormedId(id));

    [SkippableFact]
    public void WithoutRedisThereIsNoRegistry()
    {
        using var operations = new PersistedOperations();

        Assert.Null(operations.Registry);
        Assert.True(PersistedOperationRegistry.IsWellFormedId(BuiltIn.Operations.Keys.First()));
    }
}
