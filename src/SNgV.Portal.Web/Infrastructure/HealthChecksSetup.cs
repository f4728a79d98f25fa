using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure.Startup;

namespace SNgV.Portal.Web.Infrastructure;

public static class HealthChecksSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can reach its database.</summary>
    public static void MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }
}

/// <summary>
/// Ready when the database is initialised and one query over the migrations table answers within
/// <see cref="Timeout"/>. A connection of its own, not the DbContext: no retrying strategy, no 30-second busy
/// wait, and (SQLite) no pooled handle that could still read a file removed meanwhile.
/// </summary>
public sealed class DatabaseHealthCheck(PortalConnectionString connectionString, DatabaseStartup startup) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    // SQLite waits this long for a lock, inside the overall timeout, so a busy file reads as unavailable, not slow.
    private const int BusyWaitSeconds = 2;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsReady)
        {
            return HealthCheckResult.Unhealthy("Cơ sở dữ liệu chưa khởi tạo được.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = Open();
            await connection.OpenAsync(timeout.Token).WaitAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
            command.CommandTimeout = BusyWaitSeconds;
            await command.ExecuteScalarAsync(timeout.Token).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Cơ sở dữ liệu không trả lời trong {Timeout.TotalSeconds:0} giây.");
        }
        catch (Exception e) when (DatabaseFailures.Describe(e) is { } reason)
        {
            if (DatabaseFailures.IsSqlite(e))
            {
                SqliteConnection.ClearAllPools();
            }

            return HealthCheckResult.Unhealthy(reason);
        }
    }

    private DbConnection Open()
    {
        if (connectionString.Provider != DatabaseProvider.Sqlite)
        {
            return new SqlConnection(connectionString.Value);
        }

        // Never the mode that creates a file: a missing database must read as missing, not as a new empty one.
        var builder = new SqliteConnectionStringBuilder(connectionString.Value) { Pooling = false, DefaultTimeout = BusyWaitSeconds };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return new SqliteConnection(builder.ToString());
    }
}
