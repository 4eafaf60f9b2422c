using GreenCommunity.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

/// <summary>
/// How a failed write is read, from the exceptions the drivers throw (wrapped by EF Core as it does): a concurrent
/// writer is a conflict, a full disk is neither a conflict nor an outage, anything else is neither.
/// </summary>
public sealed class DatabaseFailuresTests
{
    private const int SqliteConstraint = 19;

    public static TheoryData<string, Exception> Conflicts => new()
    {
        { "a stale version", new DbUpdateConcurrencyException("0 rows affected") },
        { "SQLite unique index", Saving(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: awards.community_id, awards.campaign_id'.", SqliteConstraint, 2067)) },
        { "SQLite primary key", Saving(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: awards.id'.", SqliteConstraint, 1555)) },
        { "SQLite reference", Saving(new SqliteException("SQLite Error 19: 'FOREIGN KEY constraint failed'.", SqliteConstraint, 787)) },
        { "PostgreSQL unique index", Saving(Postgres(PostgresErrorCodes.UniqueViolation)) },
        { "PostgreSQL reference", Saving(Postgres(PostgresErrorCodes.ForeignKeyViolation)) },
        { "PostgreSQL serialization failure", Saving(Postgres(PostgresErrorCodes.SerializationFailure)) },
        { "PostgreSQL deadlock", Saving(Postgres(PostgresErrorCodes.DeadlockDetected)) },
    };

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void AConcurrentWriterIsAConflict(string what, Exception exception)
    {
        Assert.True(DatabaseFailures.IsWriteConflict(exception), what);
        Assert.False(DatabaseFailures.IsStorageFull(exception), what);
        Assert.False(DatabaseFailures.IsUnavailable(exception), what);
    }

    [Fact]
    public void OnlyAUniqueIndexOrKeyIsAUniqueViolation()
    {
        Assert.True(DatabaseFailures.IsUniqueViolation(Saving(Postgres(PostgresErrorCodes.UniqueViolation))));
        Assert.True(DatabaseFailures.IsUniqueViolation(Saving(new SqliteException("unique", SqliteConstraint, 2067))));
        Assert.False(DatabaseFailures.IsUniqueViolation(Saving(Postgres(PostgresErrorCodes.ForeignKeyViolation))));
        Assert.False(DatabaseFailures.IsUniqueViolation(Saving(new SqliteException("not null", SqliteConstraint, 1299))));
        Assert.False(DatabaseFailures.IsUniqueViolation(new DbUpdateConcurrencyException("0 rows affected")));
    }

    [Fact]
    public void AFullDiskIsStorageFullNotAnOutageNorAConflict()
    {
        foreach (var full in new[] { Saving(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)), Saving(Postgres(PostgresErrorCodes.DiskFull)) })
        {
            Assert.True(DatabaseFailures.IsStorageFull(full));
            Assert.False(DatabaseFailures.IsUnavailable(full));
            Assert.False(DatabaseFailures.IsWriteConflict(full));
        }

        Assert.Equal("SQLite Error 13: 'database or disk is full'.", DatabaseFailures.Reason(Saving(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13))));
    }

    [Fact]
    public void OtherResourceShortagesAreStillOutages()
    {
        Assert.True(DatabaseFailures.IsUnavailable(Postgres(PostgresErrorCodes.TooManyConnections)));
        Assert.False(DatabaseFailures.IsStorageFull(Postgres(PostgresErrorCodes.TooManyConnections)));
    }

    [Fact]
    public void ABrokenRuleThatNoConcurrentWriterCausesIsNeither()
    {
        foreach (var bug in new Exception[] { Saving(Postgres(PostgresErrorCodes.NotNullViolation)), Saving(Postgres(PostgresErrorCodes.StringDataRightTruncation)), Saving(new SqliteException("SQLite Error 1: 'no such table: awards'.", 1)) })
        {
            Assert.False(DatabaseFailures.IsWriteConflict(bug));
            Assert.False(DatabaseFailures.IsStorageFull(bug));
            Assert.False(DatabaseFailures.IsUnavailable(bug));
        }
    }

    private static PostgresException Postgres(string sqlState) => new($"error {sqlState}", "ERROR", "ERROR", sqlState);

    private static DbUpdateException Saving(Exception inner) => new("An error occurred while saving the entity changes. See the inner exception for details.", inner);
}
