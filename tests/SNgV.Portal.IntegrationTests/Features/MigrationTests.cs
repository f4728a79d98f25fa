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

    [Fact]
    public async Task Stored_at_risk_days_are_recomputed_under_the_current_rule()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var context = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connection).Options);
        var migrator = context.GetService<IMigrator>();
        var migrations = context.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(id => id.EndsWith("_AtRiskTolerance", StringComparison.Ordinal)) - 1]);

        // (schedule, due, percent): year-long and short one-off tasks at several percents, a recurring one, a done one.
        var tasks = new (int Schedule, string Due, int Percent)[]
        {
            (1, "2019-12-31", 0), (1, "2019-12-31", 40), (1, "2019-12-31", 80), (1, "2019-06-30", 10),
            (1, "2019-01-01", 0), (1, "2019-03-15", 55), (2, "2019-12-31", 0), (1, "2019-12-31", 100),
        };
        await using (var insert = connection.CreateCommand())
        {
            var rows = string.Join(",\n", tasks.Select((t, i) =>
                $"({i + 1}, 1, {i + 1}, 'T{i + 1}', 1, {t.Schedule}, '{t.Due}', '{t.Due}', {t.Percent}, 1, 0, '2019-01-01', '00000000-0000-0000-0000-00000000000{i + 1}')"));
            insert.CommandText = $"""
                PRAGMA foreign_keys = OFF;
                INSERT INTO Plans (Id, Number, Title, Year, IssuedOn, IssuedAt, LegalBasis, ClosingText, SignerName, SignerTitle, Status, ConcurrencyStamp)
                VALUES (1, '95/KH-SNgV', 'Kế hoạch', 2019, '2019-01-30', 'Quảng Trị', '', '', 'A', 'B', 2, '00000000-0000-0000-0000-000000000001');
                INSERT INTO SolutionAreas (Id, PlanId, Number, Title, ConcurrencyStamp) VALUES (1, 1, 1, 'II.1', '00000000-0000-0000-0000-000000000001');
                INSERT INTO PlanTasks (Id, SolutionAreaId, Number, Title, LeadUnitId, Schedule, DueOn, EffectiveDueOn, CurrentPercent, CurrentStatus, IsArchived, AtRiskFrom, ConcurrencyStamp)
                VALUES {rows};
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await migrator.MigrateAsync();

        var stored = await context.PlanTasks.IgnoreQueryFilters().OrderBy(t => t.Id).Select(t => t.AtRiskFrom).ToListAsync();
        var expected = tasks.Select(t => SNgV.Portal.Web.Domain.TaskSchedulePolicy.AtRiskFrom(
            (SNgV.Portal.Web.Domain.TaskSchedule)t.Schedule, DateOnly.Parse(t.Due, System.Globalization.CultureInfo.InvariantCulture), 2019, t.Percent)).ToList();
        Assert.Equal(expected, stored);
        Assert.Contains(expected, d => d is not null);
    }
}
