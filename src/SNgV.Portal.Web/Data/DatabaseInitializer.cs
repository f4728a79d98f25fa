using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Data.Seed;

namespace SNgV.Portal.Web.Data;

/// <summary>Brings the database to the current model and seeds it. Runs before the portal takes requests.</summary>
public sealed class DatabaseInitializer(
    PortalDbContext db,
    DatabaseOptions options,
    ReferenceDataSeeder referenceData,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await CreateSqliteFileAsync(cancellationToken);
        }

        if (options.ShouldMigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer commits; the setting is stored in the file. A commit is written
            // to the WAL file (at least into the operating system's cache) before SaveChanges returns, so killing the
            // process never loses it (FaultKillTests; docs/deployment.md).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await referenceData.SeedAsync(cancellationToken);
    }

    /// <summary>
    /// Connections open the file without creating it (see <see cref="DatabaseServiceCollectionExtensions.SqliteConnectionString"/>),
    /// so the first start creates it here.
    /// </summary>
    private async Task CreateSqliteFileAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (builder.Mode is not SqliteOpenMode.ReadWrite || File.Exists(builder.DataSource))
        {
            return;
        }

        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = false;
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        logger.LogInformation("Created the SQLite database {File}", builder.DataSource);
    }
}
