using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>The model on PostgreSQL; it exists so PostgreSQL has its own migrations (<c>Persistence/Migrations/PostgreSql</c>).</summary>
public sealed class PostgreSqlGreenCommunityDbContext(DbContextOptions<PostgreSqlGreenCommunityDbContext> options) : GreenCommunityDbContext(options);

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model without starting the API. Generating migrations needs no server;
/// commands that connect use <c>ConnectionStrings__GreenCommunity</c> from the environment.
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlGreenCommunityDbContext>
{
    public PostgreSqlGreenCommunityDbContext CreateDbContext(string[] args) =>
        (PostgreSqlGreenCommunityDbContext)DatabaseProviders.CreateContext(
            DatabaseProvider.PostgreSql,
            Environment.GetEnvironmentVariable("ConnectionStrings__GreenCommunity") is { Length: > 0 } connectionString
                ? connectionString
                : "Host=localhost;Database=greencommunity");
}
