namespace SNgV.Portal.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> section of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations at start-up. Unset, this is done for SQLite and not for SQL Server, where
    /// deployment applies the idempotent script instead (docs/deployment.md).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite: how long a command waits for a locked database before it fails (and the visitor gets the 503
    /// page). Unset, the connection string's <c>Default Timeout</c> counts, raised to 30 seconds.
    /// </summary>
    public int? BusyTimeoutSeconds { get; set; }

    /// <summary>Seconds between attempts to initialise a database that was unreachable at start-up.</summary>
    public int StartupRetrySeconds { get; set; } = 10;
}
