using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.ScaleOut;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// Quiet, useful logs while Redis is down (issue #18, part 6): every component that talks to Redis writes one
/// warning when it starts failing, a summary once a minute while it goes on (how long, how many operations fell
/// back), and one line when it works again; never a line per failed operation.
/// </summary>
[Trait("Category", "Slow")]
public sealed class RedisOutageLogTests(ITestOutputHelper output)
{
    private const int Operations = 25;

    [SkippableFact]
    public void ManyFailuresWriteOneLineThenOneSummaryAMinuteAndOneLineWhenBack()
    {
        var clock = new FakeTimeProvider();
        var logger = new CollectingLogger<RedisOutageLogTests>();
        var outage = new RedisOutageLog(logger, clock, "the test component", "it does something else");

        for (var i = 0; i < Operations; i++)
        {
            outage.Failed("no connection to Redis is open");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var down = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, down.Level);
        Assert.Equal(5300, down.Event.Id);
        Assert.Contains("the test component (no connection to Redis is open): it does something else", down.Message, StringComparison.Ordinal);
        Assert.True(outage.IsDown);

        // A minute after the first line: one summary, counting what fell back since.
        clock.Advance(TimeSpan.FromSeconds(40));
        for (var i = 0; i < Operations; i++)
        {
            outage.Failed(new RedisException("UnableToConnect on 127.0.0.1"));
        }

        Assert.Equal(2, logger.Entries.Count);
        var summary = logger.Entries[1];
        Assert.Equal((LogLevel.Warning, 5301), (summary.Level, summary.Event.Id));
        Assert.Contains("for 65 s; operations that fell back: 25 since the last line, 26 since it started (last reason: UnableToConnect on 127.0.0.1)", summary.Message, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(10));
        outage.Succeeded();
        outage.Succeeded();

        Assert.Equal(3, logger.Entries.Count);
        var back = logger.Entries[2];
        Assert.Equal((LogLevel.Information, 5302), (back.Level, back.Event.Id));
        Assert.Contains("Redis works again for the test component after 75 s; operations that fell back meanwhile: 50.", back.Message, StringComparison.Ordinal);
        Assert.False(outage.IsDown);
        foreach (var entry in logger.Entries)
        {
            output.WriteLine($"{entry.Level} {entry.Event.Id}: {entry.Message}");
        }
    }

    [SkippableFact]
    public void AFlappingConnectionWritesAtMostTwoLinesAMinute()
    {
        var clock = new FakeTimeProvider();
        var logger = new CollectingLogger<RedisOutageLogTests>();
        var outage = new RedisOutageLog(logger, clock, "the test component", "it does something else");

        // Down and up every second for 59 seconds: the first outage and its end are logged, the rest counted.
        for (var i = 0; i < 59; i++)
        {
            outage.Failed("timeout");
            outage.Succeeded();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([5300, 5302], logger.Entries.Select(e => e.Event.Id));

        // An outage that lasts past the minute is summarised even though its start was not announced, and its end
        // is logged.
        outage.Failed("timeout");
        clock.Advance(TimeSpan.FromSeconds(2));
        outage.Failed("timeout");
        outage.Succeeded();
        Assert.Equal([5300, 5302, 5301, 5302], logger.Entries.Select(e => e.Event.Id));
    }

    [SkippableFact]
    public async Task EachComponentLogsOneLineForManyFailuresAgainstAnUnreachableRedis()
    {
        // As the API connects (RedisSetup): commands fail at once while there is no connection.
        var configuration = ConfigurationOptions.Parse(RedisServer.Unreachable);
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync(configuration);
        var clock = new FakeTimeProvider();
        var options = Options.Create(new PublicResultCacheOptions());

        var generationLog = new CollectingLogger<RedisCacheGeneration>();
        using var generation = new RedisCacheGeneration(unreachable, options, clock, generationLog);
        var changes = 0;
        generation.Changed += (_, _) => changes++;

        var storeLog = new CollectingLogger<RedisResultStore>();
        var store = new RedisResultStore(unreachable, clock, storeLog);

        var transportLog = new CollectingLogger<RedisEventTransport>();
        using var transport = new RedisEventTransport(unreachable, new ProgrammeEventBus(new CollectingLogger<ProgrammeEventBus>()), clock, transportLog);

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < Operations; i++)
        {
            await generation.AdvanceAsync(CancellationToken.None);
            Assert.Null(await store.GetAsync($"results:1:{i}", CancellationToken.None));
            store.Put($"results:1:{i}", [1, 2, 3], TimeSpan.FromMinutes(1));
            var failure = await Record.ExceptionAsync(() => transport.SendAsync(new RelayedEvent(i, "test", "{}"), CancellationToken.None));
            Assert.True(RedisOutageLog.IsRedisFailure(failure), $"The relay keeps the event when the transport fails: {failure}");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Failing fast: the connection is known to be down, so nothing waits for a command timeout.
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10), $"Took {Stopwatch.GetElapsedTime(started)}.");
        Assert.Contains("the cache generation", Assert.Single(generationLog.Entries).Message, StringComparison.Ordinal);
        Assert.Contains("the public result cache's shared level", Assert.Single(storeLog.Entries).Message, StringComparison.Ordinal);
        Assert.Contains("live events", Assert.Single(transportLog.Entries).Message, StringComparison.Ordinal);

        // No cached answer is served after a write that could not advance the generation, and this replica drops
        // the ones it keeps.
        Assert.Null(generation.Current);
        Assert.Equal(Operations, changes);
    }

    [SkippableFact]
    public async Task TheGenerationLogsTheOutageOnceAndItsEndAndStaysAboveWhatItUsedAfterRedisRestartsEmpty()
    {
        Prerequisite.Require(File.Exists("/usr/bin/redis-server") ? null : "/usr/bin/redis-server is not installed (apt-get install redis-server), so there is no Redis to stop and start.");

        var port = LoopbackPort.Free();
        var configuration = ConfigurationOptions.Parse($"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)},abortConnect=false,connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000");
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(200);
        var server = StartRedis(port);
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var logger = new CollectingLogger<RedisCacheGeneration>();
            using var generation = new RedisCacheGeneration(redis, Options.Create(new PublicResultCacheOptions { PublicResultsSeconds = 1 }), clock, logger);
            await generation.AdvanceAsync(CancellationToken.None);
            await generation.AdvanceAsync(CancellationToken.None);
            Assert.Equal(2, generation.Current);

            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await WaitAsync(() => !redis.IsConnected);
            for (var i = 0; i < Operations; i++)
            {
                await generation.AdvanceAsync(CancellationToken.None);
            }

            Assert.Null(generation.Current);
            Assert.Equal(LogLevel.Warning, Assert.Single(logger.Entries).Level);

            // Back, empty (no persistence): the counter would start again from 1, under answers kept as generation 2.
            server.Dispose();
            server = StartRedis(port);
            await WaitAsync(() => redis.IsConnected);
            clock.Advance(TimeSpan.FromSeconds(30));
            await generation.AdvanceAsync(CancellationToken.None);

            Assert.Equal(3, generation.Current);
            Assert.Equal(3, (long)await redis.GetDatabase().StringGetAsync(RedisCacheGeneration.Key));
            Assert.Equal([LogLevel.Warning, LogLevel.Information], logger.Entries.Select(e => e.Level));
            Assert.Contains("Redis works again for the cache generation after 30 s; operations that fell back meanwhile: 25.", logger.Entries[1].Message, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.Dispose();
        }
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        while (!condition())
        {
            Assert.True(Stopwatch.GetTimestamp() < deadline, "Timed out waiting for the Redis connection to change state.");
            await Task.Delay(50);
        }
    }

    private static Process StartRedis(int port)
    {
        var start = new ProcessStartInfo("/usr/bin/redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
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
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"redis-server did not listen on {port} within 10 s.");
    }
}
