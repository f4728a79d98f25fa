using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>A logger that keeps every formatted line, to check what the portal tells its operators.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
}
