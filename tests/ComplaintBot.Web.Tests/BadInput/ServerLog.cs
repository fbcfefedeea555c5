using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>
/// A logger provider added to the running server's logger factory: keeps every entry, so the suite can tell which
/// case made the server log an error or an exception.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<ServerLogEntry> _entries = new();

    /// <summary>Gets how many entries were written so far (a mark to look after).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Entries at Error or above, and any entry carrying an exception at Warning or above, after a mark: including
    /// Polly's, since a failed evidence download (a bogus or unreachable URL) is handled and must not log an error.
    /// </summary>
    public IReadOnlyList<ServerLogEntry> FailuresSince(int mark) =>
        _entries.Skip(mark).Where(e => e.Level >= LogLevel.Error || (e.Level >= LogLevel.Warning && e.Exception is not null)).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<ServerLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new ServerLogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>One captured log entry.</summary>
/// <param name="Category">The logger's category.</param>
/// <param name="Level">The level.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception, if any.</param>
public sealed record ServerLogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? string.Empty : " | " + Exception.GetType().Name + ": " + Exception.Message)}";
}
