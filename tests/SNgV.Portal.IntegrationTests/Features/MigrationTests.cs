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
}
