namespace SNgV.Portal.Web.Data;

/// <summary>
/// One writer at a time for the portal's hottest write, the public survey submission, on SQLite. SQLite lets one
/// connection write at a time, and a connection that finds the database locked waits by sleeping and retrying;
/// under a burst of submissions (a survey link shared widely) most of the time goes to those sleeps. Queued here,
/// in process and in order, each submission writes as soon as the previous one committed. On SQL Server, which
/// locks rows, the gate lets everyone through.
/// </summary>
/// <remarks>
/// Only short, single <c>SaveChanges</c> calls may enter: a caller holding the gate must never wait for a lock that
/// another caller holds inside an explicit transaction, or both would wait until the busy timeout.
/// </remarks>
public sealed class SqliteWriteGate(PortalConnectionString connection) : IDisposable
{
    private readonly SemaphoreSlim? _gate = connection.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Runs <paramref name="write"/> once no other gated write is running.</summary>
    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return await write();
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate?.Dispose();
}
