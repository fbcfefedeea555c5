using System.Diagnostics.CodeAnalysis;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Counts storage retries by watching the storage providers' own retry log events, so the storage project needs
/// no telemetry of its own. Registered as a logging provider that listens to nothing but those two categories.
/// </summary>
/// <param name="telemetry">The bot's instruments.</param>
[SuppressMessage("Design", "CA1063", Justification = "Holds nothing to dispose.")]
public sealed class StorageRetryObserver(ComplaintBotTelemetry telemetry) : ILoggerProvider
{
    /// <summary>The log category of the SQLite provider.</summary>
    public const string SqliteCategory = "ComplaintBot.Storage.Sqlite.SqliteStorage";

    /// <summary>The log category of the Blob provider.</summary>
    public const string BlobCategory = "ComplaintBot.Storage.Blob.BlobStorage";

    /// <summary>The event id the SQLite provider logs before each retry.</summary>
    public const int SqliteRetryEventId = 2001;

    /// <summary>The event id the Blob provider logs before each retry.</summary>
    public const int BlobRetryEventId = 2101;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => categoryName switch
    {
        SqliteCategory => new RetryLogger(telemetry, SqliteRetryEventId, "sqlite"),
        BlobCategory => new RetryLogger(telemetry, BlobRetryEventId, "blob"),
        _ => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
    };

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class RetryLogger(ComplaintBotTelemetry telemetry, int eventId, string provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId1, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId1.Id == eventId)
            {
                telemetry.StorageRetried(provider);
            }
        }
    }
}
