using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// Operations run from the command line instead of serving: <c>migrate</c> applies pending migrations,
/// <c>seed-sample</c> loads the sample dataset into an empty, migrated database. Both use the same settings as
/// the API and exit; neither starts the web server.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>The verb that applies migrations.</summary>
    public const string Migrate = "migrate";

    /// <summary>The verb that loads the sample dataset.</summary>
    public const string SeedSample = "seed-sample";

    /// <summary>The verb that generates a synthetic city for benchmarks: <c>generate --scale 100 --seed 42</c>.</summary>
    public const string Generate = "generate";

    /// <summary>
    /// Runs the command named by the first argument that is neither an option (<c>--key=value</c>) nor a
    /// setting (<c>key=value</c>). Returns false when there is none, so the caller goes on to serve.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var verb = args.FirstOrDefault(a => !a.StartsWith('-') && !a.StartsWith('/') && !a.Contains('=', StringComparison.Ordinal));
        if (verb is null)
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseCommands));
        try
        {
            Environment.ExitCode = verb switch
            {
                Migrate => await MigrateAsync(app.Services, logger, app.Lifetime.ApplicationStopping),
                SeedSample => await SeedSampleAsync(app.Services, logger, app.Lifetime.ApplicationStopping),
                Generate => await GenerateAsync(app.Services, logger, args, app.Lifetime.ApplicationStopping),
                _ => Unknown(verb, logger),
            };
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            CommandLog.Unavailable(logger, verb, ex.GetBaseException().Message);
            Environment.ExitCode = 3;
        }

        return true;
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var provider = db.Database.ProviderName ?? "?";
        CommandLog.Migrating(logger, pending.Count, provider);
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        foreach (var migration in pending)
        {
            CommandLog.Applied(logger, migration);
        }

        var last = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? "(none)";
        CommandLog.UpToDate(logger, last);
        return 0;
    }

    private static async Task<int> SeedSampleAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            CommandLog.NotMigrated(logger);
            return 1;
        }

        var seeded = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedSampleDataAsync(cancellationToken);
        CommandLog.Seeded(logger, seeded);
        return 0;
    }

    private static async Task<int> GenerateAsync(IServiceProvider services, ILogger logger, string[] args, CancellationToken cancellationToken)
    {
        if (Option(args, "--scale", 1) is not { } scale || scale < 1 || Option(args, "--seed", 42) is not { } seed || seed < 0)
        {
            CommandLog.BadOptions(logger, "generate --scale <1 or more> [--seed <0 or more>]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            CommandLog.NotMigrated(logger);
            return 1;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var generated = await SyntheticCity.GenerateAsync(db, new SyntheticCityOptions(scale, (ulong)seed), scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        var counts = await SyntheticCity.CountAsync(db, cancellationToken);
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        CommandLog.Generated(logger, generated, scale, seed, counts.Communities, counts.Applications, counts.Evaluations, counts.Awards, counts.Observations, seconds);
        return 0;
    }

    private static int? Option(string[] args, string name, int fallback)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == name && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith(name + "=", StringComparison.Ordinal) ? args[i][(name.Length + 1)..]
                : null;
            if (value is not null)
            {
                return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            }
        }

        return fallback;
    }

    private static int Unknown(string verb, ILogger logger)
    {
        CommandLog.UnknownCommand(logger, verb, $"{Migrate}, {SeedSample}, {Generate}, persisted-operations push");
        return 2;
    }
}

/// <summary>Log messages of the command-line operations.</summary>
internal static partial class CommandLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Applying {Count} pending migration(s) with {Provider}")]
    public static partial void Migrating(ILogger logger, int count, string provider);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Applied {Migration}")]
    public static partial void Applied(ILogger logger, string migration);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "The database is up to date; last migration {Migration}")]
    public static partial void UpToDate(ILogger logger, string migration);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Error, Message = "The database has pending migrations: run the 'migrate' command first")]
    public static partial void NotMigrated(ILogger logger);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Sample dataset loaded: {Seeded} (false: the database already held programme data, nothing was changed)")]
    public static partial void Seeded(ILogger logger, bool seeded);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Information, Message = "Synthetic city generated: {Generated} (false: the database already held data) at scale {Scale}, seed {Seed}: {Communities} communities, {Applications} applications, {Evaluations} evaluations, {Awards} awards, {Observations} observations in {Seconds:0.0} s")]
    public static partial void Generated(ILogger logger, bool generated, int scale, int seed, int communities, int applications, int evaluations, int awards, int observations, double seconds);

    [LoggerMessage(EventId = 1113, Level = LogLevel.Error, Message = "Bad options. Usage: {Usage}")]
    public static partial void BadOptions(ILogger logger, string usage);

    [LoggerMessage(EventId = 1120, Level = LogLevel.Error, Message = "Unknown command '{Verb}'. Commands: {Commands}; with no command the API serves requests")]
    public static partial void UnknownCommand(ILogger logger, string verb, string commands);

    [LoggerMessage(EventId = 1130, Level = LogLevel.Error, Message = "'{Verb}' failed: the database is not reachable ({Reason})")]
    public static partial void Unavailable(ILogger logger, string verb, string reason);
}
