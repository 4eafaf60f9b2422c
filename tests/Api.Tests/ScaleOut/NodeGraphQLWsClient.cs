using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GreenCommunity.Api.Tests.ScaleOut;

/// <summary>
/// The npm <c>graphql-ws</c> client (tests/ws-client/subscribe.mjs run by Node.js), as a civic app or the city's
/// frontends would use it. Each line it prints is one event: ready, next, error, complete, closed or timeout.
/// </summary>
public sealed class NodeGraphQLWsClient : IDisposable
{
    private readonly Process _process;
    private readonly System.Threading.Channels.Channel<JsonNode> _events = System.Threading.Channels.Channel.CreateUnbounded<JsonNode>();

    private NodeGraphQLWsClient(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data) && JsonNode.Parse(e.Data) is { } node)
            {
                _events.Writer.TryWrite(node);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where the client's script and its node_modules are.</summary>
    public static string Directory
    {
        get
        {
            var assembly = Replicas.ApiAssembly();
            var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(assembly)!, "..", "..", "..", "..", ".."));
            return Path.Combine(root, "tests", "ws-client");
        }
    }

    /// <summary>Why the client cannot run here (no Node.js, or its packages not installed), or null.</summary>
    public static string? Unavailable =>
        !File.Exists(Path.Combine(Directory, "node_modules", "graphql-ws", "package.json"))
            ? "the graphql-ws client's packages are not installed (run: npm ci --prefix tests/ws-client)"
            : null;

    /// <summary>Subscribes with <paramref name="query"/> at <paramref name="url"/>, signed in with <paramref name="token"/> if given.</summary>
    public static NodeGraphQLWsClient Start(Uri url, string query, string? token = null, int count = 1, int timeoutSeconds = 20)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "subscribe.mjs", url.ToString(), query, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--timeout", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (token is not null)
        {
            start.ArgumentList.Add("--token");
            start.ArgumentList.Add(token);
        }

        return new NodeGraphQLWsClient(Process.Start(start)!);
    }

    /// <summary>The next event the client reports, skipping "connected"; fails after <paramref name="seconds"/>.</summary>
    public async Task<JsonNode> NextAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var node = await _events.Reader.ReadAsync(timeout.Token);
            if (node["event"]!.GetValue<string>() != "connected")
            {
                return node;
            }
        }
    }

    /// <summary>Waits until the subscription is on the wire.</summary>
    public async Task ReadyAsync()
    {
        var ready = await NextAsync();
        Assert.Equal("ready", ready["event"]!.GetValue<string>());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
