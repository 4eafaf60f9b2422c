using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// A stopping API drains: unready at once, live clients closed with 1001 so they reconnect elsewhere, new ones refused
/// with 503, keep-alive clients told <c>Connection: close</c>, and the process gone within seconds with subscribers
/// open. Only a real process shows this: SIGTERM, Kestrel, the exit.
/// </summary>
[Collection(ApiTestGroup.Name)]
[Trait("Category", "Slow")]
public sealed class ShutdownTests(ITestOutputHelper output)
{
    private const string Notices = "subscription { publicityNoticeOpened { id } }";

    [Fact]
    public async Task SigtermEndsTheProcessWithinSecondsWithASubscriberOpen()
    {
        using var database = TestDatabase.Create();
        using var api = ApiProcess.Start(database, new Dictionary<string, string> { ["Shutdown__DrainSeconds"] = "2" });
        await api.WaitUntilLiveAsync();
        using var subscriber = new ClientWebSocket();
        subscriber.Options.AddSubProtocol("graphql-transport-ws");
        await subscriber.ConnectAsync(new Uri($"ws://127.0.0.1:{api.Port}/graphql"), default);
        await GraphQLSocket.InitializeAsync(subscriber);
        await GraphQLSocket.SubscribeAsync(subscriber, "notices", Notices);

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", api.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.Equal(1001, await ClosedWithAsync(subscriber));
        var closedAfter = clock.Elapsed;
        using (var ready = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.True(ready.Headers.ConnectionClose);
        }

        // A GET, which a proxy may retry elsewhere, is refused so the proxy stops sending here; a POST is served.
        using (var get = await api.Client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
            Assert.NotNull(get.Headers.RetryAfter);
            Assert.Contains("SERVICE_UNAVAILABLE", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var post = await api.Client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{\"query\":\"{__typename}\"}", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
            Assert.True(post.Headers.ConnectionClose);
        }

        using (var latecomer = new ClientWebSocket())
        {
            latecomer.Options.AddSubProtocol("graphql-transport-ws");
            latecomer.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAnyAsync<WebSocketException>(() => latecomer.ConnectAsync(new Uri($"ws://127.0.0.1:{api.Port}/graphql"), default));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, latecomer.HttpStatusCode);
        }

        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await api.Process.WaitForExitAsync(exit.Token);
        output.WriteLine($"Subscriber closed with 1001 after {closedAfter.TotalMilliseconds:F0} ms; process exited (code {api.Process.ExitCode}) after {clock.Elapsed.TotalMilliseconds:F0} ms with a 2 s drain.");
        Assert.True(closedAfter < TimeSpan.FromSeconds(1), $"the subscriber was closed after {closedAfter}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"the process took {clock.Elapsed} to exit");
        Assert.Equal(0, api.Process.ExitCode);
    }

    private static async Task<int?> ClosedWithAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int?)result.CloseStatus;
            }
        }
    }
}
