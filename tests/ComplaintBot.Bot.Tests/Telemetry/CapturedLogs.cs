using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Tests.Telemetry;

/// <summary>A logging provider that keeps every entry with the scopes active when it was written.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, int EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values, IReadOnlyList<KeyValuePair<string, object?>> ScopeValues, string? Exception);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeValues = new List<KeyValuePair<string, object?>>();
            owner._scopes.ForEachScope(
                (scope, list) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        list.AddRange(pairs);
                    }
                    else if (scope is not null)
                    {
                        list.Add(new KeyValuePair<string, object?>("(scope)", scope.ToString()));
                    }
                },
                scopeValues);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToList() : [];
            owner.Entries.Enqueue(new Entry(category, logLevel, eventId.Id, formatter(state, exception), values, scopeValues, exception?.ToString()));
        }
    }
}
