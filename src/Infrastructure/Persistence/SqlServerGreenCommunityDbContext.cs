using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>The model on SQL Server; it exists so SQL Server has its own migrations (<c>Persistence/Migrations/SqlServer</c>).</summary>
public sealed class SqlServerGreenCommunityDbContext(DbContextOptions<SqlServerGreenCommunityDbContext> options) : GreenCommunityDbContext(options);

/// <summary>
/// Lets <c>dotnet ef</c> build the SQL Server model without starting the API. Generating migrations needs no server;
/// commands that connect use <c>ConnectionStrings__GreenCommunity</c> from the environment.
/// </summary>
internal sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqlServerGreenCommunityDbContext>
{
    public SqlServerGreenCommunityDbContext CreateDbContext(string[] args) =>
        (SqlServerGreenCommunityDbContext)DatabaseProviders.CreateContext(
            DatabaseProvider.SqlServer,
            Environment.GetEnvironmentVariable("ConnectionStrings__GreenCommunity") is { Length: > 0 } connectionString
                ? connectionString
                : "Server=localhost;Database=greencommunity;TrustServerCertificate=True");
}
