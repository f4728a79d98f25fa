using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

public static class QueryCounting
{
    /// <summary>How many SQL commands the portal runs on its database while <paramref name="request"/> runs.</summary>
    public static async Task<int> CountQueriesAsync(this PortalFactory factory, Func<Task> request)
    {
        var database = Path.GetFullPath(factory.DatabasePath);
        var count = 0;
        using var counter = new QueryCounter(database, () => Interlocked.Increment(ref count));
        using (DiagnosticListener.AllListeners.Subscribe(counter))
        {
            await request();
        }

        return count;
    }

    /// <summary>Counts the SQL commands EF Core runs against one database file (other tests' hosts use other files).</summary>
    private sealed class QueryCounter(string databasePath, Action onCommand) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Connection.DataSource is { } source && Path.GetFullPath(source) == databasePath)
            {
                onCommand();
            }
        }

        public void OnCompleted()
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

        public void OnError(Exception error)
        {
        }
    }
}
