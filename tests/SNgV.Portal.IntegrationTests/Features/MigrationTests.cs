using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>Each provider keeps its own migration set; neither may lag the model.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var context = new SqliteDbContextDesignTimeFactory().CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --context SqliteDbContext (see PortalDbContext).");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var context = new SqlServerDbContextDesignTimeFactory().CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --context SqlServerDbContext (see PortalDbContext).");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = new SqliteDbContextDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDbContextDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext c) => c.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void SqlServer_idempotent_script_can_be_generated_without_a_server()
    {
        using var context = new SqlServerDbContextDesignTimeFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [PlanTasks]", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_calendar_periods_move_to_the_decree_09_cut_offs_with_their_names_kept()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var context = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connection).Options);
        var migrator = context.GetService<IMigrator>();
        var migrations = context.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(id => id.EndsWith("_UnitPeriodsOnCutOffs", StringComparison.Ordinal)) - 1];
        await migrator.MigrateAsync(before);

        await using (var insert = connection.CreateCommand())
        {
            // A quarterly (Quý I/2019) and a monthly (Tháng 2/2019) update as the calendar periods stored them.
            insert.CommandText = """
                PRAGMA foreign_keys = OFF;
                INSERT INTO ProgressUpdates (Id, PlanTaskId, UnitId, PeriodStart, PeriodEnd, Percent, Status, WorkDone, State, CreatedById, CreatedAtUtc, UpdatedAtUtc, ConcurrencyStamp)
                VALUES (1, 1, 1, '2019-01-01', '2019-03-31', 40, 1, 'Q1', 3, 'u', '2019-03-20 02:00:00', '2019-03-20 02:00:00', '00000000-0000-0000-0000-000000000001'),
                       (2, 1, 1, '2019-02-01', '2019-02-28', 20, 1, 'T2', 3, 'u', '2019-02-20 02:00:00', '2019-02-20 02:00:00', '00000000-0000-0000-0000-000000000002');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await migrator.MigrateAsync();

        var periods = await context.ProgressUpdates.IgnoreQueryFilters().OrderBy(u => u.Id)
            .Select(u => new { u.PeriodStart, u.PeriodEnd, u.SubmittedLate }).ToListAsync();
        Assert.Equal((new DateOnly(2018, 12, 15), new DateOnly(2019, 3, 14), false), (periods[0].PeriodStart, periods[0].PeriodEnd, periods[0].SubmittedLate));
        Assert.Equal((new DateOnly(2019, 1, 15), new DateOnly(2019, 2, 14)), (periods[1].PeriodStart, periods[1].PeriodEnd));
        Assert.Equal("Quý I/2019", SNgV.Portal.Web.Domain.ReportingPeriod.Of(periods[0].PeriodStart, periods[0].PeriodEnd).Label);
        Assert.Equal("Tháng 2/2019", SNgV.Portal.Web.Domain.ReportingPeriod.Of(periods[1].PeriodStart, periods[1].PeriodEnd).Label);
    }
}
