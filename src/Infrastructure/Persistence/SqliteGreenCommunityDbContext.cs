using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>The model on SQLite; it exists so SQLite has its own migrations (<c>Persistence/Migrations/Sqlite</c>).</summary>
public sealed class SqliteGreenCommunityDbContext(DbContextOptions<SqliteGreenCommunityDbContext> options) : GreenCommunityDbContext(options);

/// <summary>
/// Lets <c>dotnet ef</c> build the SQLite model without starting the API. Generating migrations needs no server;
/// commands that connect use <c>ConnectionStrings__GreenCommunity</c> from the environment.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteGreenCommunityDbContext>
{
    public SqliteGreenCommunityDbContext CreateDbContext(string[] args) =>
        (SqliteGreenCommunityDbContext)DatabaseProviders.CreateContext(
            DatabaseProvider.Sqlite,
            Environment.GetEnvironmentVariable("ConnectionStrings__GreenCommunity") is { Length: > 0 } connectionString
                ? connectionString
                : "Data Source=design-time.db");
}
