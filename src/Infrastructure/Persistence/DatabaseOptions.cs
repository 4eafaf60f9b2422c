namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>The database providers the API runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite in a local file: the embedded default.</summary>
    Sqlite,

    /// <summary>PostgreSQL (13 or later): the production database, tested in CI against a real server.</summary>
    PostgreSql,

    /// <summary>SQL Server (2019 or later): wired and its migrations committed; see docs/deployment.md for what is verified.</summary>
    SqlServer,
}

/// <summary>Database settings, bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>The default SQLite file, relative to the content root.</summary>
    public const string DefaultSqliteFile = "data/greencommunity.db";

    /// <summary>Which provider to use; <see cref="DatabaseProvider.Sqlite"/> by default.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string; for SQLite, a default file under the data folder when empty.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the API starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed the sample dataset (flagged as sample data) into an empty database when the API starts.</summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>
    /// EF Core's check that a context is never used by two operations at once. It costs an async-local write per row
    /// read (ADR-030), so it is off unless configured; development and the tests turn it on
    /// (appsettings.Development.json, appsettings.Testing.json), where a misuse it would catch shows up as an error.
    /// </summary>
    public bool ThreadSafetyChecks { get; set; }
}
