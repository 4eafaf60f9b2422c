using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>
/// Tells a database that cannot be reached (server down, restarting, refusing connections, file not there) from
/// a query that failed. The API answers the first with <c>SERVICE_UNAVAILABLE</c> (HTTP 503) and recovers by
/// itself when the database returns; the second is a bug.
/// </summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteCannotOpen = 14;

    // SQL Server errors that mean the server or database cannot be reached now (not verified against a server).
    private static readonly HashSet<int> SqlServerUnavailable = [-2, -1, 2, 53, 233, 4060, 10053, 10054, 10060, 10061, 10928, 10929, 40197, 40501, 40613, 49918, 49919, 49920];

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says the database is unreachable for now.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // 08: connection exceptions; 53: insufficient resources (too many connections);
                    // 57P01-57P03: the server is shutting down, crashed or still starting.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
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
