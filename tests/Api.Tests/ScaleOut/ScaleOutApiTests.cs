using System.Globalization;
using System.Net;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>An API host that uses the test Redis (when there is one) for what replicas share.</summary>
public sealed class RedisApiFactory : ApiFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = RedisServer.Configuration is { } redis
        ? new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis }
        : new Dictionary<string, string>();

    /// <inheritdoc />
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        // The API's own registration (RedisSetup.AddRedis) is used when the host makes it; otherwise this one.
        if (RedisServer.Configuration is { } redis)
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        }
    }
}

/// <summary>Through the API: operations registered in Redis after start are served, and budgets are counted in Redis.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class ScaleOutApiTests(RedisApiFactory factory) : IClassFixture<RedisApiFactory>
{
    [SkippableFact]
    public async Task ServesAPersistedOperationRegisteredAfterTheStart()
    {
        RedisServer.Require();

        var client = factory.CreateClient();
        var subject = RedisServer.UniqueName("deployer"); // a budget of its own, deleted afterwards
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint(subject, [])}" };
        var document = $"query {RedisServer.UniqueName("Deployed")} {{ districts {{ code }} }}\n";
        var id = PersistedOperations.IdOf(document);
        await using var redis = await RedisServer.ConnectAsync();
        try
        {
            var before = await client.PostAsync(new { documentId = id }, headers);
            Assert.Equal(["DOCUMENT_NOT_FOUND"], before.ErrorCodes);

            using var deploy = new PersistedOperationRegistry(redis, new CollectingLogger<PersistedOperationRegistry>());
            await deploy.RegisterAsync(new Dictionary<string, string> { [id] = document });

            var after = await client.PostAsync(new { documentId = id }, headers);

            Assert.Equal(HttpStatusCode.OK, after.Status);
            Assert.NotEmpty(after.Json!["data"]!["districts"]!.AsArray());
        }
        finally
        {
            await redis.GetDatabase().HashDeleteAsync(PersistedOperationRegistry.HashKey, id);
            await redis.GetDatabase().KeyDeleteAsync(RedisRateLimitStore.KeyPrefix + "sub:" + subject);
        }
    }

    [SkippableFact]
    public async Task CountsTheBudgetInRedis()
    {
        RedisServer.Require();

        Assert.IsType<RedisRateLimitStore>(factory.Services.GetRequiredService<IRateLimitStore>());
        var subject = RedisServer.UniqueName("budget");
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.Mint(subject, [])}" };
        await using var redis = await RedisServer.ConnectAsync();
        var key = RedisRateLimitStore.KeyPrefix + "sub:" + subject;
        try
        {
            var response = await factory.CreateClient().PostAsync(new { query = "{ districts { code } }" }, headers);

            Assert.Equal(HttpStatusCode.OK, response.Status);
            var limit = int.Parse(response.Header("X-RateLimit-Limit")!, CultureInfo.InvariantCulture);
            var remaining = int.Parse(response.Header("X-RateLimit-Remaining")!, CultureInfo.InvariantCulture);
            Assert.True(remaining < limit);
            Assert.Equal(limit - remaining, (int)await redis.GetDatabase().StringGetAsync(key));
            Assert.NotNull(await redis.GetDatabase().KeyTimeToLiveAsync(key));
        }
        finally
        {
            await redis.GetDatabase().KeyDeleteAsync(key);
        }
    }
}
