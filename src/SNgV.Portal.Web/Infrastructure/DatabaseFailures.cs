using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Tells "the database cannot be reached right now" (locked, missing, unreadable file; SQL Server not answering)
/// from every other failure. Only the former earns the 503 page; a bug or a constraint violation stays a 500.
/// </summary>
public static class DatabaseFailures
{
    // Primary result codes (the low byte of the extended code) of a file that cannot be used at the moment.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    // SqlClient numbers of a server that cannot be reached: -2 timeout, 2/53/40 server not found or not
    // accessible, 64/121/233/10053/10054/10060/10061 transport failures, 11001 host unknown, 4060 database offline.
    private static readonly HashSet<int> SqlServerConnectionNumbers = [-2, 2, 40, 53, 64, 121, 233, 4060, 10053, 10054, 10060, 10061, 11001];

    /// <summary>A short description of the unavailability (e.g. "SQLite 5: database is locked"), or null for any other failure.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when IsUnavailable(sqlite):
                    return $"SQLite {sqlite.SqliteErrorCode}/{sqlite.SqliteExtendedErrorCode}: {sqlite.Message}";
                case SqlException sql when IsUnavailable(sql):
                    return $"SQL Server {sql.Number}: {sql.Message}";
                case RetryLimitExceededException retries:
                    // The retrying strategy of SQL Server gave up on a transient failure: unavailable, whatever it was.
                    return $"{retries.Message} {retries.InnerException?.Message}".TrimEnd();
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Select(Describe).FirstOrDefault(d => d is not null);
            }
        }

        return null;
    }

    public static bool IsUnavailable(Exception exception) => Describe(exception) is not null;

    /// <summary>True when the failure came from SQLite, whose pooled handles may point at a file that is gone.</summary>
    public static bool IsSqlite(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnavailable(SqliteException e) =>
        (e.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError or SqliteCantOpen or SqliteNotADatabase;

    // Class 20 and above are fatal to the connection; a socket failure underneath means no server answered.
    private static bool IsUnavailable(SqlException e) =>
        e.Class >= 20 || SqlServerConnectionNumbers.Contains(e.Number) || e.InnerException is SocketException;
}
