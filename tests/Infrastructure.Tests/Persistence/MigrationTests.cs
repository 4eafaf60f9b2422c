using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task CommittedSqliteMigrationsMatchTheModel()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }
}
