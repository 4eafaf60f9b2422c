using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the API.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GreenCommunityDbContext>
{
    public GreenCommunityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GreenCommunityDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .UseSnakeCaseNamingConvention()
            .Options;
        return new GreenCommunityDbContext(options);
    }
}
