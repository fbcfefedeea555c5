using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// Settings that live on a native SQLite connection rather than in the file, applied once per native connection.
/// A pooled <see cref="SqliteConnection"/> hands out the same native connection again and again, so running the
/// statement at every open would cost a statement per storage call.
/// </summary>
public static class SqliteConnectionSettings
{
    /// <summary>
    /// In WAL mode, syncs the log at checkpoints rather than at every commit: a commit survives the process
    /// crashing, and only an operating-system crash or power cut can lose the last few. FULL (SQLite's default)
    /// costs one fsync per commit, which under load took milliseconds each and capped a file at the disk's fsync rate.
    /// </summary>
    public const string SyncAtCheckpoints = "PRAGMA synchronous = NORMAL;";

    // The settings each native connection already has; an entry goes when its connection is collected.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, string> Applied = [];

    /// <summary>Runs <paramref name="sql"/> on the connection unless its native connection already ran it.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="sql">The settings, such as <see cref="SyncAtCheckpoints"/>; one kind per file.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>A task that completes when the settings are in place.</returns>
    public static async Task ApplyOnceAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var native = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (Applied.TryGetValue(native, out var applied) && string.Equals(applied, sql, StringComparison.Ordinal))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Applied.AddOrUpdate(native, sql);
    }
}
