using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>An ILoggerProvider that keeps every formatted line, so tests can check what was (not) logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>
    /// The last <paramref name="count"/> lines that <paramref name="where"/> keeps (all when null), one string for a
    /// timed-out wait's message: level, category, message and the exception's type and message.
    /// </summary>
    public string Tail(int count, Func<CapturedLogEntry, bool>? where = null) =>
        string.Join(" | ", Entries.Where(where ?? (_ => true)).TakeLast(count)
            .Select(e => $"{e.Level} {e.Category}: {e.Message}{(e.Exception is { } ex ? $" ({ex.GetType().Name}: {ex.Message})" : "")}"));

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLogEntry(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
