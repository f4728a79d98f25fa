using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

/// <summary>Which failures mean "the database is unavailable" (503) and which stay ordinary errors (500).</summary>
public sealed class FaultClassificationTests
{
    [Theory]
    [InlineData(5, 5)]      // SQLITE_BUSY
    [InlineData(6, 6)]      // SQLITE_LOCKED
    [InlineData(8, 1032)]   // SQLITE_READONLY_DBMOVED
    [InlineData(10, 266)]   // SQLITE_IOERR_READ
    [InlineData(14, 14)]    // SQLITE_CANTOPEN
    [InlineData(26, 26)]    // SQLITE_NOTADB
    public void SQLite_failures_of_the_file_are_unavailability_even_when_wrapped(int code, int extended)
    {
        var sqlite = new SqliteException("SQLite Error", code, extended);

        Assert.NotNull(DatabaseFailures.Describe(sqlite));
        Assert.NotNull(DatabaseFailures.Describe(new DbUpdateException("save", sqlite)));
        Assert.NotNull(DatabaseFailures.Describe(new InvalidOperationException("outer", new DbUpdateException("save", sqlite))));
        Assert.NotNull(DatabaseFailures.Describe(new RetryLimitExceededException("retries", new TimeoutException())));
    }

    [Theory]
    [InlineData(1, 1)]      // SQLITE_ERROR: no such table, syntax
    [InlineData(19, 2067)]  // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(11, 11)]    // SQLITE_CORRUPT: not something a retry mends
    public void Other_SQLite_failures_stay_errors(int code, int extended)
    {
        var sqlite = new SqliteException("SQLite Error", code, extended);

        Assert.Null(DatabaseFailures.Describe(sqlite));
        Assert.Null(DatabaseFailures.Describe(new DbUpdateException("save", sqlite)));
        Assert.Null(DatabaseFailures.Describe(new InvalidOperationException("bug")));
    }

    [Fact]
    public void SQLite_opens_the_file_without_creating_it_and_the_busy_timeout_is_configurable()
    {
        var paths = new PortalPaths(Path.Combine(Path.GetTempPath(), "sngv-unit-" + Guid.NewGuid().ToString("N")));
        try
        {
            var plain = new SqliteConnectionStringBuilder(DatabaseServiceCollectionExtensions.SqliteConnectionString(null, paths));
            var busy = new SqliteConnectionStringBuilder(DatabaseServiceCollectionExtensions.SqliteConnectionString("Data Source=portal.db;Default Timeout=60", paths, busyTimeoutSeconds: 2));
            var explicitMode = new SqliteConnectionStringBuilder(DatabaseServiceCollectionExtensions.SqliteConnectionString("Data Source=portal.db;Mode=ReadWriteCreate", paths));

            Assert.Equal((SqliteOpenMode.ReadWrite, 30), (plain.Mode, plain.DefaultTimeout));
            Assert.Equal(2, busy.DefaultTimeout);
            Assert.Equal(SqliteOpenMode.ReadWriteCreate, explicitMode.Mode);
        }
        finally
        {
            Directory.Delete(paths.DataDirectory, recursive: true);
        }
    }
}
