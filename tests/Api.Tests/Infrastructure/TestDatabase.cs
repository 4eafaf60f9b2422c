using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// A fresh database for one API host, on the provider the environment selects: a temporary SQLite file by default;
/// with <c>GREENCOMMUNITY_TEST_PROVIDER=PostgreSql</c>, a new database on the PostgreSQL server that
/// <c>GREENCOMMUNITY_TEST_POSTGRES</c> points at (a connection string whose role may create databases), dropped on
/// dispose. The host migrates and seeds it at start, exactly as a fresh installation does.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable that selects the provider for the whole suite.</summary>
    public const string ProviderVariable = "GREENCOMMUNITY_TEST_PROVIDER";

    /// <summary>The environment variable with a connection string to a PostgreSQL server (any database; the role needs CREATEDB).</summary>
    public const string PostgresVariable = "GREENCOMMUNITY_TEST_POSTGRES";

    private readonly DirectoryInfo? _folder;
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, DirectoryInfo? folder, string? serverConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    /// <summary>The provider the suite runs on, from <see cref="ProviderVariable"/> (SQLite when unset).</summary>
    public static DatabaseProvider SuiteProvider => Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } name
        ? Enum.Parse<DatabaseProvider>(name, ignoreCase: true)
        : DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL server's connection string, or null when none is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The database's provider.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string the API uses.</summary>
    public string ConnectionString { get; }

    /// <summary>A new database on the suite's provider.</summary>
    public static TestDatabase Create() => Create(SuiteProvider);

    /// <summary>A new database on <paramref name="provider"/>.</summary>
    public static TestDatabase Create(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Directory.CreateTempSubdirectory("greencommunity-api-tests-");
                return new TestDatabase(provider, $"Data Source={Path.Combine(folder.FullName, "api.db")}", folder, null, null);
            case DatabaseProvider.PostgreSql:
                var server = PostgresServer ?? throw new InvalidOperationException(
                    $"{ProviderVariable}=PostgreSql needs {PostgresVariable}, e.g. Host=127.0.0.1;Username=greencommunity_test;Password=...");
                var name = $"greencommunity_test_{Guid.NewGuid():N}"[..40];
                using (var connection = new NpgsqlConnection(server))
                {
                    connection.Open();
                    using var create = connection.CreateCommand();
                    create.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'";
                    create.ExecuteNonQuery();
                }

                return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null, server, name);
            default:
                throw new NotSupportedException($"The API tests cannot run on {provider}: no server of it runs on our machines.");
        }
    }

    /// <summary>Points the host at this database and has it migrate and seed at start.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedSampleData", "true");
        builder.UseSetting("ConnectionStrings:GreenCommunity", ConnectionString);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                _folder.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }

        if (_serverConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_serverConnectionString);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";

            // FORCE cannot end a backend of another role, such as an autovacuum worker busy after a bulk insert; it
            // finishes within moments, so try again a few times.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    drop.ExecuteNonQuery();
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    Thread.Sleep(500);
                }
            }
        }
    }
}
