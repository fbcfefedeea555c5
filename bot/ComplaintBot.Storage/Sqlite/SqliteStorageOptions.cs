namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// Settings of one <see cref="SqliteStorage"/>. The host builds them from <see cref="StorageOptions"/>; the
/// tuning values have defaults suited to a single bot process sharing the file with short-lived tools.
/// </summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Gets the database file. Its directory is created on first use.</summary>
    /// <value>An absolute path, or one relative to the current directory.</value>
    public required string DatabasePath { get; init; }

    /// <summary>Gets how long one statement waits for another connection's lock before failing as busy.</summary>
    /// <value>Whole seconds, at least 1 (SQLite's driver counts in seconds); default 5.</value>
    public int BusyTimeoutSeconds { get; init; } = 5;

    /// <summary>Gets how often an operation that failed as busy or locked is retried before giving up.</summary>
    /// <value>0 to 10; default 3.</value>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>Gets the base delay before the first retry; later retries back off exponentially, with jitter.</summary>
    /// <value>Zero or more; default 200 ms.</value>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Rejects settings the storage cannot work with.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DatabasePath, nameof(DatabasePath));
        ArgumentOutOfRangeException.ThrowIfLessThan(BusyTimeoutSeconds, 1, nameof(BusyTimeoutSeconds));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetryAttempts, nameof(MaxRetryAttempts));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetryAttempts, 10, nameof(MaxRetryAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
    }
}
