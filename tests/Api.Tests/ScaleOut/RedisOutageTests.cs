using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// A replica configured with Redis while Redis goes down and comes back (a Redis server of the test's own, on its
/// own port): reads and writes keep working, nothing is a 500, the live event of a write made during the outage
/// is delivered once Redis is back, and cached answers follow the write.
/// </summary>
[Collection(ApiTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    private const string Revoked = "{ awards(first: 100, where: { revoked: true }) { totalCount } }";

    [SkippableFact]
    public async Task TheApiKeepsWorkingWithoutRedisAndCatchesUpWhenItReturns()
    {
        RequireRedisBinaryPrerequisite();

        var port = LoopbackPort.Free();
        using var redis = StartRedis(port);
        await using var api = new RedisApiFactory(port);
        var client = api.CreateClient();
        using var socket = await SubscribeAsync(api, "subscription { resultsPublished { number } }");
        var before = Count(await client.PostGraphQLAsync(Revoked));
        Assert.Equal(before, Count(await client.PostGraphQLAsync(Revoked)));

        redis.Kill(entireProcessTree: true);
        await redis.WaitForExitAsync();

        // Reads, cached or not, anonymous or signed in, and a write: all answered, none with a 500.
        Assert.Equal(before, Count(await client.PostGraphQLAsync(Revoked)));
        Assert.Equal(HttpStatusCode.OK, (await client.PostGraphQLAsync("{ districts { code } }")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PostGraphQLAsync("{ viewer { subject } }", token: TestTokens.CityAdmin())).Status);
        var award = (await client.PostGraphQLAsync("{ awards(first: 1, where: { revoked: false, year: { eq: 2002 } }) { nodes { id } } }")).AssertData()["awards"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var revoke = await client.PostGraphQLAsync(
            "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { errors { ... on Error { code } } } }",
            new { input = new { award, reason = "Penalty case." } },
            token: TestTokens.CityAdmin());
        Assert.Empty(revoke.AssertData()["revokeAward"]!["errors"]!.AsArray());

        // The write is visible at once on this replica, Redis or not.
        Assert.Equal(before + 1, Count(await client.PostGraphQLAsync(Revoked)));

        // Its event waits in the outbox: nothing reached the subscriber yet.
        await GraphQLSocket.SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await GraphQLSocket.ReceiveAsync(socket, 10))["type"]!.GetValue<string>());

        // Redis is back (empty, as after a restart without persistence): the event is delivered, once.
        using var again = StartRedis(port);
        var clock = Stopwatch.StartNew();
        var next = await GraphQLSocket.ReceiveAsync(socket, 15);
        output.WriteLine($"The event arrived {clock.Elapsed.TotalSeconds:F1} s after Redis came back.");
        Assert.Equal("next", next["type"]!.GetValue<string>());
        await GraphQLSocket.SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await GraphQLSocket.ReceiveAsync(socket, 10))["type"]!.GetValue<string>());
        Assert.Equal(before + 1, Count(await client.PostGraphQLAsync(Revoked)));
        again.Kill(entireProcessTree: true);
    }

    private static int Count(GraphQLResponse response) => response.AssertData()["awards"]!["totalCount"]!.GetValue<int>();

    private static void RequireRedisBinaryPrerequisite() => Prerequisite.Require(File.Exists("/usr/bin/redis-server") ? null : "/usr/bin/redis-server is not installed (apt-get install redis-server), so there is no Redis to stop and start.");

    private static Process StartRedis(int port)
    {
        var start = new ProcessStartInfo("/usr/bin/redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {port} within 10 s.");
    }

    private static async Task<WebSocket> SubscribeAsync(RedisApiFactory api, string query)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), default);
        await GraphQLSocket.InitializeAsync(socket);
        await GraphQLSocket.SubscribeAsync(socket, "1", query);
        return socket;
    }

    private sealed class RedisApiFactory(int port) : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{port},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000",
            ["Outbox:PollSeconds"] = "1",
        };
    }
}
