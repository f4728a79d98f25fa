using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SNgV.Portal.Web.Data;

/// <summary>Used by <c>dotnet ef</c> only: builds each provider's context without starting the web host.</summary>
public sealed class SqliteDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Used by <c>dotnet ef</c> only. No connection is opened to generate migrations or scripts.</summary>
public sealed class SqlServerDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDbContext>
{
    public SqlServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDbContext>()
            .UseSqlServer("Server=(local);Database=SNgVPortal;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
