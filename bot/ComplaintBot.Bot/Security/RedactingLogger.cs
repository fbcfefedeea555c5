using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Security;

/// <summary>One logger of <see cref="RedactingLoggerFactory"/>.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = LogRedactor.Redact(formatter(state, exception)) ?? string.Empty;
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Key == "{OriginalFormat}" ? p.Value : LogRedactor.Redact(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)))).ToList()
            : [];
        var redactedException = exception is null ? null : new RedactedException(exception);
        inner.Log(logLevel, eventId, new RedactedLogState(message, values), redactedException, static (s, _) => s.Message);
    }
}
