using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>Builds the retry pipeline that rides out SQLite lock contention.</summary>
internal static class SqliteResilience
{
    /// <summary>SQLITE_BUSY: another connection holds the write lock.</summary>
    internal const int SqliteBusy = 5;

    /// <summary>SQLITE_LOCKED: a conflicting lock inside the same process (shared cache, open reader).</summary>
    internal const int SqliteLocked = 6;

    /// <summary>Whether a failed operation may succeed if simply run again.</summary>
    /// <param name="exception">The driver's error.</param>
    /// <returns>True for busy and locked; everything else (corrupt file, disk full, no access) is not transient.</returns>
    internal static bool IsTransient(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteBusy or SqliteLocked;

    /// <summary>Creates the pipeline for one storage instance.</summary>
    /// <param name="options">Retry count and delay.</param>
    /// <param name="timeProvider">Clock for the backoff delays.</param>
    /// <param name="logger">Where each retry is reported, so lock contention shows up before it fails turns.</param>
    /// <param name="databasePath">The file, for the log.</param>
    /// <returns>A pipeline that retries transient errors with jittered exponential backoff.</returns>
    internal static ResiliencePipeline CreatePipeline(SqliteStorageOptions options, TimeProvider timeProvider, ILogger logger, string databasePath)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        // The driver already waits BusyTimeoutSeconds inside each statement; these retries add a few spaced-out
        // attempts on top, so a long checkpoint or a backup holding the lock does not fail a turn at once. Jitter
        // keeps competing writers from retrying in lockstep.
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsTransient),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    var code = (args.Outcome.Exception as SqliteException)?.SqliteErrorCode ?? 0;
                    SqliteStorageLog.Retrying(logger, databasePath, code, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
