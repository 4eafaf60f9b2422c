using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GreenCommunity.Infrastructure.Tests.Providers;

/// <summary>
/// Rules of the servers that a model can break without any test query noticing, checked on each provider's model:
/// SQL Server refuses foreign keys with several cascade paths to one table and index keys over 1,700 bytes;
/// PostgreSQL silently truncates names longer than 63 bytes, which breaks later migrations.
/// </summary>
public sealed class ModelPortabilityTests
{
    private const int PostgreSqlMaxIdentifierLength = 63;
    private const int SqlServerMaxIndexKeyBytes = 1700;

    [Fact]
    public void NoTableIsReachedByTwoCascadePathsOnSqlServer()
    {
        using var db = ProviderContexts.Offline(DatabaseProvider.SqlServer);
        var cascades = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && !fk.IsOwnership && fk.DeclaringEntityType.GetTableName() is not null)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .Where(edge => edge.From != edge.To) // an owned type in its owner's table, not a constraint
            .Distinct()
            .ToList();
        Assert.NotEmpty(cascades);

        foreach (var root in cascades.Select(c => c.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            Count(root, [root]);
            var repeated = paths.Where(p => p.Value > 1).Select(p => p.Key).ToList();
            Assert.True(repeated.Count == 0, $"Deleting from {root} cascades to {string.Join(", ", repeated)} by more than one path; SQL Server refuses such foreign keys (error 1785). Make one of them Restrict.");

            void Count(string table, HashSet<string> onPath)
            {
                foreach (var (_, to) in cascades.Where(c => c.From == table))
                {
                    Assert.False(onPath.Contains(to), $"Cascading deletes form a cycle through {to}; SQL Server refuses it.");
                    paths[to] = paths.GetValueOrDefault(to) + 1;
                    Count(to, [.. onPath, to]);
                }
            }
        }
    }

    [Fact]
    public void EveryIndexKeyFitsSqlServersLimit()
    {
        using var db = ProviderContexts.Offline(DatabaseProvider.SqlServer);
        foreach (var index in db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()))
        {
            var bytes = index.Properties.Sum(KeyBytes);
            Assert.True(bytes <= SqlServerMaxIndexKeyBytes, $"{index.GetDatabaseName()} has a key of up to {bytes} bytes; SQL Server allows {SqlServerMaxIndexKeyBytes}.");
        }

        static int KeyBytes(IProperty property)
        {
            var type = property.GetColumnType();
            Assert.False(type.Contains("max", StringComparison.OrdinalIgnoreCase), $"{property.DeclaringType.DisplayName()}.{property.Name} is {type}, which SQL Server cannot index: give it a maximum length.");
            return property.ClrType == typeof(string) ? 2 * (property.GetMaxLength() ?? 4000) : 8;
        }
    }

    [Fact]
    public void EveryNameFitsPostgreSqlsIdentifierLimit()
    {
        // EF shortens the names it makes up; a name given explicitly would be truncated by the server instead.
        using var db = ProviderContexts.Offline(DatabaseProvider.PostgreSql);
        var names = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            names.Add(table);
            names.AddRange(entity.GetProperties().Select(p => p.GetColumnName(store)).OfType<string>());
            names.AddRange(entity.GetIndexes().Select(i => i.GetDatabaseName(store)).OfType<string>());
            names.AddRange(entity.GetForeignKeys().Select(fk => fk.GetConstraintName(store, fk.PrincipalEntityType.GetTableName() is { } principal ? StoreObjectIdentifier.Table(principal, fk.PrincipalEntityType.GetSchema()) : store)).OfType<string>());
            names.AddRange(entity.GetKeys().Select(k => k.GetName(store)).OfType<string>());
        }

        var tooLong = names.Distinct().Where(n => System.Text.Encoding.UTF8.GetByteCount(n) > PostgreSqlMaxIdentifierLength).ToList();
        Assert.True(tooLong.Count == 0, $"PostgreSQL truncates names over {PostgreSqlMaxIdentifierLength} bytes: {string.Join(", ", tooLong)}. Name them explicitly.");
    }
}
