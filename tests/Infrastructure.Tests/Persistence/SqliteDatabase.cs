using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

/// <summary>A migrated SQLite database in a temporary file, for one test.</summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("greencommunity-infra-tests-");

    private SqliteDatabase()
    {
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder.FullName, "test.db")}" };
        ConnectionString = DependencyInjection.ResolveConnectionString(options, _folder.FullName);
    }

    /// <summary>The database's connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates and migrates a new database.</summary>
    public static async Task<SqliteDatabase> CreateAsync()
    {
        var database = new SqliteDatabase();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A new context on the database, configured as the API configures it.</summary>
    public GreenCommunityDbContext NewContext() => DatabaseProviders.CreateContext(DatabaseProvider.Sqlite, ConnectionString);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
