using Microsoft.Extensions.Logging;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>Log messages of <see cref="SqliteStorage"/>.</summary>
internal static partial class SqliteStorageLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "SQLite storage {DatabasePath} is busy (error {ErrorCode}); retry {Attempt} in {Delay}")]
    internal static partial void Retrying(ILogger logger, string databasePath, int errorCode, int attempt, TimeSpan delay);
}
