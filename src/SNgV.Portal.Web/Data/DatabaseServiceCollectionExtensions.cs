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
        if (options.BusyTimeoutSeconds is < 1 or > 600)
        {
            throw new InvalidOperationException("Database:BusyTimeoutSeconds phải từ 1 đến 600 giây.");
        }

        if (options.StartupRetrySeconds is < 1 or > 3600)
        {
            throw new InvalidOperationException("Database:StartupRetrySeconds phải từ 1 đến 3600 giây.");
        }

        services.AddSingleton(options);
        services.AddSingleton<ConcurrencyStampInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<SqliteWriteGate>();

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("Portal");
                if (string.IsNullOrWhiteSpace(sqlServer))
                {
                    throw new InvalidOperationException(
                        "Database:Provider là SqlServer nhưng chưa cấu hình ConnectionStrings:Portal (xem docs/configuration.md).");
                }

                services.AddSingleton(new PortalConnectionString(DatabaseProvider.SqlServer, sqlServer));
                services.AddDbContext<PortalDbContext, SqlServerDbContext>((sp, o) => o
                    .UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure())
                    .ConfigureWarnings(QuietFailures)
                    .AddInterceptors(sp.GetRequiredService<ConcurrencyStampInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
                break;

            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(configuration.GetConnectionString("Portal"), paths, options.BusyTimeoutSeconds);
                services.AddSingleton(new PortalConnectionString(DatabaseProvider.Sqlite, sqlite));
                services.AddSingleton<SqliteFileGuard>();
                services.AddDbContext<PortalDbContext, SqliteDbContext>((sp, o) => o
                    .UseSqlite(sqlite)
                    .ConfigureWarnings(QuietFailures)
                    .AddInterceptors(
                        sp.GetRequiredService<SqliteFileGuard>(),
                        sp.GetRequiredService<ConcurrencyStampInterceptor>(),
                        sp.GetRequiredService<AuditInterceptor>()));
                break;

            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' không được hỗ trợ (Sqlite hoặc SqlServer).");
        }

        return services;
    }

    /// <summary>
    /// The configured SQLite connection string, or a file in the data folder. A relative file name is taken
    /// relative to the data folder, not to whatever directory the process was started from. The default
    /// timeout makes a writer wait for a busy database instead of failing at once; <paramref name="busyTimeoutSeconds"/>
    /// (<c>Database:BusyTimeoutSeconds</c>) replaces it when set.
    /// </summary>
    /// <remarks>
    /// Unless the connection string names a <c>Mode</c>, connections open the file read-write without creating
    /// it: a file removed under a running portal is "unavailable" (503) rather than silently replaced by an empty
    /// database. <see cref="DatabaseInitializer"/> creates the file once, at start-up.
    /// </remarks>
    public static string SqliteConnectionString(string? configured, PortalPaths paths, int? busyTimeoutSeconds = null)
    {
        var text = string.IsNullOrWhiteSpace(configured) ? "Data Source=portal.db" : configured;
        var builder = new SqliteConnectionStringBuilder(text);
        var inMemory = builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(paths.DataDirectory, builder.DataSource);
        }

        if (busyTimeoutSeconds is { } busy)
        {
            builder.DefaultTimeout = busy;
        }
        else if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        // SqliteConnectionStringBuilder knows every keyword, so only a plain builder tells whether Mode was written.
        if (!inMemory && !new System.Data.Common.DbConnectionStringBuilder { ConnectionString = text }.ContainsKey("Mode"))
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return builder.ToString();
    }

    // EF logs every failed command, query and save as an Error with its stack trace, and the request then fails
    // and is logged again: by DatabaseUnavailableMiddleware as one warning line, or by the 500 handler in full.
    // The first copy only multiplies a database outage into a log storm, so it is kept at Debug.
    private static void QuietFailures(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.ConnectionError, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug));
}

/// <summary>The provider and connection string the portal uses, for checks that must not go through a DbContext.</summary>
public sealed record PortalConnectionString(DatabaseProvider Provider, string Value)
{
    public override string ToString() => Provider.ToString();
}
