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
            // WAL lets readers work while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await referenceData.SeedAsync(cancellationToken);
    }
}
