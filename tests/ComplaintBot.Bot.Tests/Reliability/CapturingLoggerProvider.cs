using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>Keeps every log entry of a host, formatted, with its level and exception, for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }

    /// <summary>Entries at Error or above, and any entry carrying an exception at Warning or above.</summary>
    public IEnumerable<CapturedLog> Failures => Entries.Where(e => e.Level >= LogLevel.Error || (e.Level >= LogLevel.Warning && e.Exception is not null));

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception?.ToString(), exception));
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? ExceptionText, Exception? Exception)
{
    public string Line => $"{Level} {Category}: {Message}{(ExceptionText is null ? string.Empty : " | " + ExceptionText)}";
}
