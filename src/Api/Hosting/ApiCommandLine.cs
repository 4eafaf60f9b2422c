using System.CommandLine;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// The API's command line: with no verb it serves, and every argument is the ASP.NET Core host's
/// (<c>--urls http://127.0.0.1:6101</c>, <c>--urls=…</c>, <c>--environment Production</c>, <c>/key value</c>,
/// <c>Section:Key=value</c>, <c>--Section:Key value</c>); with a verb it runs that operation with the same settings and
/// exits. The verbs are parsed by System.CommandLine, which gives each its <c>--help</c> and a clear error (exit code
/// <see cref="UsageError"/>) for an unknown verb or a bad option.
/// </summary>
/// <remarks>
/// <see cref="Split"/> reads the arguments with the grammar of the host's command-line configuration provider, so a
/// host option's value (<c>--urls X</c>) is never taken for a verb: the verb is the first argument that is neither a
/// host option, nor its value, nor a <c>key=value</c> setting. After the verb, settings that are clearly the host's
/// (<c>key=value</c>, <c>--Section:Key …</c>, <c>--urls</c>, <c>--environment</c>, <c>--contentRoot</c>,
/// <c>--applicationName</c>) still go to the host; everything else is the verb's, so a mistyped option is an error.
/// </remarks>
public static class ApiCommandLine
{
    /// <summary>The exit code of a command line that does not parse (unknown verb, bad or missing option).</summary>
    public const int UsageError = 2;

    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "/?", "/h", "--version"];

    private static readonly string[] HostKeys = ["urls", "environment", "contentRoot", "applicationName", "http_ports", "https_ports"];

    /// <summary>The host's arguments and the command's (the verb and what follows it; empty when there is none).</summary>
    public static (string[] Host, string[] Command) Split(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var host = new List<string>();
        var command = new List<string>();
        var i = 0;
        for (; i < args.Count; i++)
        {
            var arg = args[i];
            if (HelpTokens.Contains(arg, StringComparer.OrdinalIgnoreCase))
            {
                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) || arg.StartsWith('/'))
            {
                host.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                {
                    host.Add(args[++i]);
                }
            }
            else if (arg.StartsWith('-') || arg.Contains('=', StringComparison.Ordinal))
            {
                // The host ignores "-x" (no switch mappings) and reads "key=value"; neither is a verb.
                host.Add(arg);
            }
            else
            {
                break;
            }
        }

        for (; i < args.Count; i++)
        {
            var arg = args[i];
            if (IsHostSetting(arg))
            {
                host.Add(arg);
                if (arg.StartsWith("--", StringComparison.Ordinal) && !arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                {
                    host.Add(args[++i]);
                }
            }
            else
            {
                command.Add(arg);
            }
        }

        return ([.. host], [.. command]);
    }

    /// <summary>
    /// The verbs, run with <paramref name="services"/> and <paramref name="configuration"/> (the built application's).
    /// The root command itself has no action: it is invoked only with <c>--help</c>.
    /// </summary>
    public static RootCommand Create(IServiceProvider services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var root = new RootCommand("GreenCommunity API. With no command it serves the GraphQL API; every argument is then the ASP.NET Core host's, e.g. --urls http://127.0.0.1:6101 or --environment Production.");

        var migrate = new Command(DatabaseCommands.Migrate, "Apply pending database migrations of the configured provider, then exit. Exit codes: 0 done, 3 database unreachable.");
        migrate.SetAction((_, cancellationToken) => DatabaseCommands.MigrateAsync(services, cancellationToken));
        root.Subcommands.Add(migrate);

        var seedSample = new Command(DatabaseCommands.SeedSample, "Load the sample dataset into a migrated database that holds no programme data, then exit. Exit codes: 0 done, 1 migrations pending, 3 database unreachable.");
        seedSample.SetAction((_, cancellationToken) => DatabaseCommands.SeedSampleAsync(services, cancellationToken));
        root.Subcommands.Add(seedSample);

        var scale = new Option<int>("--scale") { Description = "How many times the sample city to generate (1 or more).", DefaultValueFactory = _ => 1 };
        scale.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--scale must be 1 or more.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The random generator's seed (0 or more); the same seed gives the same city.", DefaultValueFactory = _ => 42 };
        seed.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--seed must be 0 or more.");
            }
        });
        var generate = new Command(DatabaseCommands.Generate, "Generate a synthetic city for benchmarks into a migrated, empty database, then exit. Exit codes: 0 done, 1 migrations pending, 3 database unreachable.") { scale, seed };
        generate.SetAction((parse, cancellationToken) => DatabaseCommands.GenerateAsync(services, parse.GetValue(scale), parse.GetValue(seed), cancellationToken));
        root.Subcommands.Add(generate);

        var manifest = new Argument<FileInfo>("manifest") { Description = "A JSON object from \"sha256:<hex>\" to the operation's document." };
        var push = new Command(PersistedOperationCommands.Push, "Register a frontend's persisted operations in Redis, where every replica finds them (all or nothing). Exit codes: 0 done, 1 Redis not configured, 2 bad usage or unreadable manifest, 3 Redis unreachable, 4 an ID is not the SHA-256 of its document.") { manifest };
        push.SetAction((parse, cancellationToken) => PersistedOperationCommands.PushAsync(services, configuration, parse.GetValue(manifest)!.FullName, cancellationToken));
        root.Subcommands.Add(new Command(PersistedOperationCommands.Verb, "Manage persisted operations (trusted documents).") { push });
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="command"/> (the command part of <see cref="Split"/>): the exit code, or
    /// <see cref="UsageError"/> after writing the parse errors and the help to <paramref name="error"/>.
    /// </summary>
    public static async Task<int> InvokeAsync(IServiceProvider services, IConfiguration configuration, IReadOnlyList<string> command, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var parsed = Create(services, configuration).Parse(command);
        var invocation = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        var exitCode = await parsed.InvokeAsync(invocation, cancellationToken);
        return parsed.Errors.Count > 0 ? UsageError : exitCode;
    }

    private static bool IsHostSetting(string arg)
    {
        if (HelpTokens.Contains(arg, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!arg.StartsWith('-') && !arg.StartsWith('/'))
        {
            return arg.Contains('=', StringComparison.Ordinal);
        }

        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var key = arg[2..].Split('=', 2)[0];
        return key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
    }
}
