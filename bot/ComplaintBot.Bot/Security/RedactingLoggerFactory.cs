using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Security;

/// <summary>
/// The host's logger factory, wrapped so that every logger it hands out redacts (<see cref="LogRedactor"/>) the
/// formatted message, every structured value and the exception text before any provider sees them: console,
/// Application Insights or a test's capturing provider alike. Our own log messages carry no personal data by
/// design; this is the net under the SDKs' and the runtime's messages, which may quote a request.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();
}
