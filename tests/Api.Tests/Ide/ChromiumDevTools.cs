using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GreenCommunity.Api.Tests.Ide;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol: enough to load a page, run JavaScript in it and
/// read the result, as a person using the IDE would see it.
/// </summary>
internal sealed partial class ChromiumDevTools : IAsyncDisposable
{
    private readonly Process _chromium;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private ChromiumDevTools(Process chromium) => _chromium = chromium;

    /// <summary>Starts Chromium with a fresh profile in <paramref name="userDataDirectory"/> and attaches to its page.</summary>
    public static async Task<ChromiumDevTools> StartAsync(string chromiumPath, string userDataDirectory)
    {
        var start = new ProcessStartInfo(chromiumPath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--remote-debugging-port=0", $"--user-data-dir={userDataDirectory}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var chromium = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {chromiumPath}.");
        var tools = new ChromiumDevTools(chromium);
        try
        {
            // Chromium prints "DevTools listening on ws://127.0.0.1:<port>/devtools/browser/<id>" once it is up.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string? line;
            Match match;
            do
            {
                line = await chromium.StandardError.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("Chromium exited before its DevTools endpoint was up.");
                match = DevToolsLine().Match(line);
            }
            while (!match.Success);
            _ = chromium.StandardError.ReadToEndAsync(CancellationToken.None);

            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{match.Groups[1].Value}/json/list"), timeout.Token))!.AsArray();
            var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
            await tools._socket.ConnectAsync(new Uri(page), timeout.Token);
            return tools;
        }
        catch
        {
            await tools.DisposeAsync();
            throw;
        }
    }

    /// <summary>Loads <paramref name="url"/>.</summary>
    public Task NavigateAsync(Uri url) => SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var response = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        return response["result"]?["result"]?["value"];
    }

    /// <summary>Evaluates <paramref name="expression"/> until it is true, for at most <paramref name="seconds"/>.</summary>
    public async Task<bool> WaitForAsync(string expression, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await EvaluateAsync($"!!({expression})") is JsonValue value && value.GetValue<bool>())
                {
                    return true;
                }
            }
            catch (InvalidOperationException navigating) when (navigating.Message.Contains("navigated or closed", StringComparison.Ordinal)
                || navigating.Message.Contains("context was destroyed", StringComparison.Ordinal))
            {
                // The page was navigating (a reload the test asked for): evaluate again in the new page.
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_chromium.HasExited)
        {
            _chromium.Kill(entireProcessTree: true);
            await _chromium.WaitForExitAsync();
        }

        _chromium.Dispose();
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, default);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[1 << 20];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            // Events (no id) and answers to earlier calls are skipped.
            var node = JsonNode.Parse(buffer.AsSpan(0, length))!;
            if (node["id"]?.GetValue<int>() == id)
            {
                return node["error"] is { } error ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}") : node;
            }
        }
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex DevToolsLine();
}
