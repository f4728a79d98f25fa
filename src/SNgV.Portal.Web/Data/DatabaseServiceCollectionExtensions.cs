using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.Web.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PortalDbContext"/> on the provider that <c>Database:Provider</c> names.</summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, PortalPaths paths)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<ConcurrencyStampInterceptor>();
        services.AddSingleton<AuditInterceptor>();

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("Portal");
                if (string.IsNullOrWhiteSpace(sqlServer))
                {
                    throw new InvalidOperationException(
                        "Database:Provider là SqlServer nhưng chưa cấu hình ConnectionStrings:Portal (xem docs/configuration.md).");
                }

                services.AddDbContext<PortalDbContext, SqlServerDbContext>((sp, o) => o
                    .UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetRequiredService<ConcurrencyStampInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
                break;

            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(configuration.GetConnectionString("Portal"), paths);
                services.AddDbContext<PortalDbContext, SqliteDbContext>((sp, o) => o
                    .UseSqlite(sqlite)
                    .AddInterceptors(sp.GetRequiredService<ConcurrencyStampInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
                break;

            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' không được hỗ trợ (Sqlite hoặc SqlServer).");
        }

        return services;
    }

    /// <summary>
    /// The configured SQLite connection string, or a file in the data folder. A relative file name is taken
    /// relative to the data folder, not to whatever directory the process was started from. The default
    /// timeout makes a writer wait for a busy database instead of failing at once.
    /// </summary>
    public static string SqliteConnectionString(string? configured, PortalPaths paths)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=portal.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(paths.DataDirectory, builder.DataSource);
        }

        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
