using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SNgV.Portal.Web.Data;

/// <summary>
/// Refuses to open a SQLite connection whose file is gone, and then empties the connection pools.
/// </summary>
/// <remarks>
/// A pooled connection keeps the handle of the file it opened. If the file is moved or deleted while the portal
/// runs, that handle still reads the old file and, in WAL mode, even writes into it: work would be lost without
/// an error. So every open (pooled or not) checks that the file is still there. When it is not, the pools are
/// cleared, so that once the file is back every connection opens the file at the path, not a stale handle.
/// The check is one <c>stat</c> per open.
/// </remarks>
public sealed class SqliteFileGuard : DbConnectionInterceptor
{
    private const int SqliteCantOpen = 14;

    // The file each connection string must find, or null when it may create it or lives in memory.
    private static readonly ConcurrentDictionary<string, string?> Files = new(StringComparer.Ordinal);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        EnsureFileExists(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        EnsureFileExists(connection);
        return ValueTask.FromResult(result);
    }

    /// <summary>Throws SQLITE_CANTOPEN, after clearing the pools, when the database file of <paramref name="connection"/> is missing.</summary>
    public static void EnsureFileExists(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        var file = Files.GetOrAdd(sqlite.ConnectionString, static cs =>
        {
            var builder = new SqliteConnectionStringBuilder(cs);
            return builder.Mode is SqliteOpenMode.Memory or SqliteOpenMode.ReadWriteCreate || builder.DataSource is "" or ":memory:"
                ? null
                : builder.DataSource;
        });
        if (file is not null && !File.Exists(file))
        {
            SqliteConnection.ClearAllPools();
            throw new SqliteException($"SQLite Error 14: unable to open database file '{file}' (the file is missing).", SqliteCantOpen);
        }
    }
}
