using System.Diagnostics;
using System.Text;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// The built API started as its own process in Production on a loopback port, on a test database, trusting the test
/// tokens; its output lines are kept. For what only a real process shows: its log lines, its signals, its exit.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly List<string> _lines = [];

    private ApiProcess(Process process, int port)
    {
        Process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    /// <summary>The process.</summary>
    public Process Process { get; }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>A client of its HTTP endpoint.</summary>
    public HttpClient Client { get; }

    /// <summary>The lines it wrote so far, standard output and error.</summary>
    public string[] Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>
    /// Starts the API on <paramref name="database"/> with <paramref name="settings"/> (environment variables) on top of
    /// the defaults. With <paramref name="arguments"/> (given the port) the command line says where to listen, not
    /// <c>ASPNETCORE_URLS</c>.
    /// </summary>
    public static ApiProcess Start(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, Func<int, IEnumerable<string>>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var port = LoopbackPort.Free();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GreenCommunity.Api.dll"));
        foreach (var argument in arguments?.Invoke(port) ?? [])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var environment = startInfo.Environment;
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (arguments is null)
        {
            environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }
        else
        {
            environment.Remove("ASPNETCORE_URLS");
        }
        environment["OpenData__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        environment["Database__Provider"] = database.Provider.ToString();
        environment["ConnectionStrings__GreenCommunity"] = database.ConnectionString;
        environment["Database__MigrateOnStart"] = "true";
        environment["Database__SeedSampleData"] = "false";
        foreach (var (key, value) in TestTokens.Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, e) => api.Add(e.Data);
        process.ErrorDataReceived += (_, e) => api.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>Waits until <c>/health/live</c> answers (at most a minute); fails if the process exits first.</summary>
    public async Task WaitUntilLiveAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(Process.HasExited, $"The API exited with {(Process.HasExited ? Process.ExitCode : 0)}: {string.Join('\n', Lines)}");
            try
            {
                using var response = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Stops the process at once (it is not asked) and waits for it.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        await Process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
        Client.Dispose();
    }

    private void Add(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }
}
