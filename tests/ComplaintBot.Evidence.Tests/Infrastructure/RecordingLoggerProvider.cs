using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>Keeps every log entry with its structured values, so tests can check what is (and is not) logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            owner.Entries.Enqueue(new LogEntry(category, eventId.Id, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value), logLevel));
        }
    }
}

/// <summary>One log entry.</summary>
public sealed record LogEntry(string Category, int EventId, string Message, IReadOnlyDictionary<string, object?> Values, LogLevel Level);
