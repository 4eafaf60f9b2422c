using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// Operations run from the command line (<see cref="ApiCommandLine"/>) instead of serving: <c>migrate</c> applies
/// pending migrations, <c>seed-sample</c> loads the sample dataset into an empty, migrated database, <c>generate</c>
/// a synthetic city for benchmarks. They use the same settings as the API and exit; none starts the web server.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>The verb that applies migrations.</summary>
    public const string Migrate = "migrate";

    /// <summary>The verb that loads the sample dataset.</summary>
    public const string SeedSample = "seed-sample";

    /// <summary>The verb that generates a synthetic city for benchmarks: <c>generate --scale 100 --seed 42</c>.</summary>
    public const string Generate = "generate";

    /// <summary>The exit code when the database cannot be reached.</summary>
    public const int Unreachable = 3;

    /// <summary>Applies pending migrations: the exit code.</summary>
    public static Task<int> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        RunAsync(services, Migrate, logger => MigrateAsync(services, logger, cancellationToken));

    /// <summary>Loads the sample dataset: the exit code.</summary>
    public static Task<int> SeedSampleAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        RunAsync(services, SeedSample, logger => SeedSampleAsync(services, logger, cancellationToken));

    /// <summary>Generates a synthetic city of <paramref name="scale"/> times the sample from <paramref name="seed"/>: the exit code.</summary>
    public static Task<int> GenerateAsync(IServiceProvider services, int scale, int seed, CancellationToken cancellationToken) =>
        RunAsync(services, Generate, logger => GenerateAsync(services, logger, scale, seed, cancellationToken));

    private static async Task<int> RunAsync(IServiceProvider services, string verb, Func<ILogger, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(services);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseCommands));
        try
        {
            return await run(logger);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            CommandLog.Unavailable(logger, verb, ex.GetBaseException().Message);
            return Unreachable;
        }
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

    private static async Task<int> GenerateAsync(IServiceProvider services, ILogger logger, int scale, int seed, CancellationToken cancellationToken)
    {
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

    [LoggerMessage(EventId = 1130, Level = LogLevel.Error, Message = "'{Verb}' failed: the database is not reachable ({Reason})")]
    public static partial void Unavailable(ILogger logger, string verb, string reason);
}
