using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

public static class QueryCounting
{
    /// <summary>How many SQL commands the portal runs on its database while <paramref name="request"/> runs.</summary>
    public static async Task<int> CountQueriesAsync(this PortalFactory factory, Func<Task> request) =>
        (await factory.RecordQueriesAsync(request)).Count;

    /// <summary>The text of each SQL command the portal runs on its database while <paramref name="request"/> runs, in order.</summary>
    public static async Task<IReadOnlyList<string>> RecordQueriesAsync(this PortalFactory factory, Func<Task> request)
    {
        var database = Path.GetFullPath(factory.DatabasePath);
        var commands = new List<string>();
        using var counter = new QueryCounter(database, text =>
        {
            lock (commands)
            {
                commands.Add(text);
            }
        });
        using (DiagnosticListener.AllListeners.Subscribe(counter))
        {
            await request();
        }

        return commands;
    }

    /// <summary>The SELECTs among <paramref name="commands"/> that read <paramref name="table"/> (as EF Core quotes it for SQLite).</summary>
    public static int Reading(this IReadOnlyList<string> commands, string table) =>
        commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Contains($"\"{table}\"", StringComparison.Ordinal));

    /// <summary>Counts the SQL commands EF Core runs against one database file (other tests' hosts use other files).</summary>
    private sealed class QueryCounter(string databasePath, Action<string> onCommand) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
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
                onCommand(data.Command.CommandText);
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
