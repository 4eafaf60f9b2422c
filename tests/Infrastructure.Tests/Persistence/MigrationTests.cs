using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

/// <summary>Each provider's committed migrations build exactly the model the code defines.</summary>
public sealed class MigrationTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. Enum.GetValues<DatabaseProvider>()];

    [Fact]
    public async Task CommittedSqliteMigrationsApplyAndMatchTheModel()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachProvidersCommittedMigrationsMatchTheModel(DatabaseProvider provider)
    {
        // Building the model and comparing it with the migrations' snapshot needs no server.
        using var db = ProviderContexts.Offline(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The {provider} model changed without a migration: run dotnet ef migrations add <Name> --project src/Infrastructure --context {db.GetType().Name} --output-dir Persistence/Migrations/{provider}.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachProviderKeepsItsMigrationsInItsOwnFolderAndNamespace(DatabaseProvider provider)
    {
        using var db = ProviderContexts.Offline(provider);
        var migrationTypes = typeof(GreenCommunityDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) || t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot)))
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute), false)
                .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()
                .Any(a => a.ContextType == db.GetType()))
            .ToList();
        Assert.NotEmpty(migrationTypes);
        Assert.All(migrationTypes, t => Assert.Equal($"GreenCommunity.Infrastructure.Persistence.Migrations.{provider}", t.Namespace));
    }
}
