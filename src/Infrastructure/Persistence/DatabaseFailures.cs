using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>
/// Tells apart the ways a database command fails: the database cannot be reached (server down, restarting,
/// refusing connections, file not there), it has no space left for a write, a concurrent writer got there first
/// (a stale version, a unique key or reference taken meanwhile, a serialization failure or deadlock), or the
/// query failed. The API answers the first with <c>SERVICE_UNAVAILABLE</c> and the second with
/// <c>STORAGE_FULL</c> (both HTTP 503, and it recovers by itself), the third with <c>CONFLICT</c> (or
/// <c>DUPLICATE</c>); the last is a bug.
/// </summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    // SQL Server errors that mean the server or database cannot be reached now (not verified against a server).
    private static readonly HashSet<int> SqlServerUnavailable = [-2, -1, 2, 53, 233, 4060, 10053, 10054, 10060, 10061, 10928, 10929, 40197, 40501, 40613, 49918, 49919, 49920];

    // SQL Server: a filegroup or the transaction log is full (not verified against a server).
    private static readonly HashSet<int> SqlServerFull = [1101, 1105, 9002];

    // SQL Server: a duplicate key in a unique index or constraint (not verified against a server).
    private static readonly HashSet<int> SqlServerUnique = [2601, 2627];

    // SQL Server: a reference violated, or chosen as a deadlock victim (not verified against a server).
    private static readonly HashSet<int> SqlServerConcurrent = [547, 1205];

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says the database is unreachable for now.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // 08: connection exceptions; 53: insufficient resources (too many connections, out of memory),
                    // except a full disk, which is storage full (IsStorageFull); 57P01-57P03: the server is shutting
                    // down, crashed or still starting.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || (postgres.SqlState.StartsWith("53", StringComparison.Ordinal) && postgres.SqlState != PostgresErrorCodes.DiskFull)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException npgsql:
                    // Not a server error: the connection could not be made or broke (refused, reset, timed out).
                    return npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteCannotOpen or SqliteBusy;
                case SqlException sqlServer:
                    return sqlServer.Errors.Cast<SqlError>().Any(error => SqlServerUnavailable.Contains(error.Number));
                case DbException { IsTransient: true }:
                    return true;
                case DbException:
                    return false;
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="exception"/>, or one it wraps, says the database refused a write for lack of space:
    /// SQLite's <c>SQLITE_FULL</c> (13), PostgreSQL's <c>disk_full</c> (SQLSTATE 53100), SQL Server's full
    /// filegroup or log (1101, 1105, 9002; not verified against a server).
    /// </summary>
    public static bool IsStorageFull(Exception? exception) => ProviderException(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.DiskFull,
        SqlException sqlServer => sqlServer.Errors.Cast<SqlError>().Any(error => SqlServerFull.Contains(error.Number)),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="exception"/>, or one it wraps, says a unique index or key refused the write: the
    /// record it would create, or the key it would take, exists already.
    /// </summary>
    public static bool IsUniqueViolation(Exception? exception) => ProviderException(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Errors.Cast<SqlError>().Any(error => SqlServerUnique.Contains(error.Number)),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="exception"/>, or one it wraps, says another writer got there first, so that nothing
    /// was saved and the same change may succeed once re-read: a stale version (EF Core's concurrency exception),
    /// a unique key or a reference taken or removed meanwhile, a serialization failure or a deadlock.
    /// </summary>
    public static bool IsWriteConflict(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateConcurrencyException)
            {
                return true;
            }
        }

        return IsUniqueViolation(exception) || ProviderException(exception) switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
            PostgresException postgres => postgres.SqlState is PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
            SqlException sqlServer => sqlServer.Errors.Cast<SqlError>().Any(error => SqlServerConcurrent.Contains(error.Number)),
            _ => false,
        };
    }

    /// <summary>
    /// The provider's message for <paramref name="exception"/> (e.g. "SQLite Error 13: 'database or disk is
    /// full'."), without the wrappers' generic text; for logs, never for callers.
    /// </summary>
    public static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (ProviderException(exception) ?? exception.GetBaseException()).Message;
    }

    // The provider's exception that exception is or wraps (EF Core wraps it in DbUpdateException), if any.
    private static DbException? ProviderException(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db)
            {
                return db;
            }
        }

        return null;
    }

    /// <summary>
    /// Drops pooled connections after the database was unreachable, so none opened before an outage is handed out
    /// after it (PostgreSQL and SQL Server keep pools; SQLite opens files).
    /// </summary>
    public static void ClearConnectionPools(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                NpgsqlConnection.ClearAllPools();
                break;
            case DatabaseProvider.SqlServer:
                SqlConnection.ClearAllPools();
                break;
            default:
                break;
        }
    }
}
