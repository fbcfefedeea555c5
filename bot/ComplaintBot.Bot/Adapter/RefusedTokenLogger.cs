namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The logger handed to the SDK's adapter, which logs every refused channel token (a 401) at Error as the whole
/// exception text, stack trace included: anyone could fill the error log by posting bad tokens. Here a refusal
/// becomes one Information line in the <see cref="ChannelTokenAuthentication"/> category; everything else passes
/// through unchanged.
/// </summary>
/// <param name="adapter">The adapter's own logger.</param>
/// <param name="refusals">Where refusals are logged.</param>
internal sealed partial class RefusedTokenLogger(ILogger adapter, ILogger refusals) : ILogger
{
    // CloudAdapter writes the refusal as the exception's ToString(), which starts with the type name.
    private static readonly string RefusalPrefix = typeof(UnauthorizedAccessException).FullName + ": ";

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => adapter.BeginScope(state);

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => adapter.IsEnabled(logLevel) || refusals.IsEnabled(LogLevel.Information);

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (Refusal(logLevel, exception, state, formatter) is { } reason)
        {
            // The reason says what was wrong (issuer, audience, expiry), never the token: see ChannelTokenAuthentication.
            LogRefused(refusals, reason);
            return;
        }

        if (adapter.IsEnabled(logLevel))
        {
            adapter.Log(logLevel, eventId, state, exception, formatter);
        }
    }

    private static string? Refusal<TState>(LogLevel logLevel, Exception? exception, TState state, Func<TState, Exception?, string> formatter)
    {
        if (exception is UnauthorizedAccessException refused)
        {
            return refused.Message;
        }

        if (logLevel < LogLevel.Error)
        {
            return null;
        }

        var text = formatter(state, exception);
        if (!text.StartsWith(RefusalPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text[RefusalPrefix.Length..] : text[RefusalPrefix.Length..end]).TrimEnd('\r');
    }

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "Refused a request to the messaging endpoint with 401 (UnauthorizedAccessException): {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
