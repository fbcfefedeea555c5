using System.Data;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// The SQL of <see cref="SqliteStorage"/>: one table of raw key, JSON text, ETag and last write time. Every value
/// reaches SQLite as a parameter, never inside the statement text.
/// </summary>
internal static class SqliteStateTable
{
    /// <summary>The table name.</summary>
    internal const string TableName = "state_items";

    // Keeps each IN list well under SQLite's host-parameter limit, whatever the build's setting.
    private const int ReadChunkSize = 500;

    // SQLITE_CONSTRAINT_PRIMARYKEY: the extended code of an INSERT whose key is taken.
    private const int SqliteConstraintPrimaryKey = 1555;

    // A rowid table rather than WITHOUT ROWID: values of many kilobytes are the norm, and SQLite advises rowid
    // tables for rows that large. The TEXT primary key uses binary collation, so keys compare exactly as sent.
    private const string CreateSql = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS state_items (
            key        TEXT NOT NULL PRIMARY KEY,
            json       TEXT NOT NULL,
            etag       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;

    private const string UpsertSql = """
        INSERT INTO state_items (key, json, etag, updated_at) VALUES ($key, $json, $etag, $updated_at)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at;
        """;

    // No ON CONFLICT clause: an existing key fails the statement with a primary-key violation, which is the answer.
    private const string InsertSql = """
        INSERT INTO state_items (key, json, etag, updated_at) VALUES ($key, $json, $etag, $updated_at);
        """;

    private const string ConditionalUpdateSql = """
        UPDATE state_items SET json = $json, etag = $etag, updated_at = $updated_at
        WHERE key = $key AND etag = $expected;
        """;

    // Parameter names of a read, made once: a read of one key otherwise made its one name every time.
    private static readonly string[] KeyParameters = [.. Enumerable.Range(0, ReadChunkSize).Select(i => string.Create(CultureInfo.InvariantCulture, $"$k{i}"))];

    private const string ReadOneSql = "SELECT key, json, etag FROM state_items WHERE key IN ($k0);";

    private const string DeleteSql = "DELETE FROM state_items WHERE key = $key;";

    private const string ConditionalDeleteSql = "DELETE FROM state_items WHERE key = $key AND etag = $expected;";

    private const string PingSql = "SELECT count(*) FROM (SELECT 1 FROM state_items LIMIT 1);";

    /// <summary>Switches the file to write-ahead logging and creates the table if it is missing.</summary>
    internal static async Task CreateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = CreateSql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the per-connection settings every connection to the file uses (<see cref="SqliteConnectionSettings.SyncAtCheckpoints"/>), once per native connection.</summary>
    internal static Task ConfigureConnectionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        SqliteConnectionSettings.ApplyOnceAsync(connection, SqliteConnectionSettings.SyncAtCheckpoints, cancellationToken);

    /// <summary>Reads the rows of the given keys from one snapshot; absent keys yield no row.</summary>
    internal static async Task<List<StoredRow>> ReadAsync(SqliteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRow>(keys.Count);

        // One statement reads from one snapshot on its own; only several need a transaction around them (a turn
        // reads one key, and BEGIN and COMMIT were two of its three statements).
        using var transaction = keys.Count > ReadChunkSize ? session.Connection.BeginTransaction(deferred: true) : null;
        for (var start = 0; start < keys.Count; start += ReadChunkSize)
        {
            var count = Math.Min(ReadChunkSize, keys.Count - start);
            using var statement = session.Prepare(ReadSql(count), transaction);
            var command = statement.Command;
            for (var i = 0; i < count; i++)
            {
                SqliteSession.Bind(command, KeyParameters[i], keys[start + i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new StoredRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        transaction?.Commit();
        return rows;
    }

    /// <summary>
    /// Applies a batch in one write transaction. A conditional write whose ETag does not match (or whose key is
    /// absent), or a create-only write whose key exists, aborts the transaction, so a failed batch leaves the table
    /// as it was.
    /// </summary>
    /// <exception cref="StorageConcurrencyException">An ETag did not match or a create-only key exists.</exception>
    internal static async Task WriteAsync(SqliteSession session, IReadOnlyList<PendingWrite> writes, string updatedAt, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that read first could fail to
        // upgrade with a busy error that waiting cannot cure. A single write needs no transaction of its own: one
        // statement is atomic, and a writing statement takes the write lock before it reads, as BEGIN IMMEDIATE does.
        // Most commits are one write, and BEGIN and COMMIT were two more statements to parse and run for each.
        using var transaction = writes.Count > 1 ? session.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false) : null;
        foreach (var write in writes)
        {
            using var statement = session.Prepare(write.CreateOnly ? InsertSql : write.ExpectedETag is null ? UpsertSql : ConditionalUpdateSql, transaction);
            var command = statement.Command;
            SqliteSession.Bind(command, "$key", write.Key);
            SqliteSession.Bind(command, "$json", write.Json);
            SqliteSession.Bind(command, "$etag", write.NewETag);
            SqliteSession.Bind(command, "$updated_at", updatedAt);
            if (write.ExpectedETag is not null)
            {
                SqliteSession.Bind(command, "$expected", write.ExpectedETag);
            }

            int affected;
            try
            {
                affected = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (write.CreateOnly && ex.SqliteExtendedErrorCode == SqliteConstraintPrimaryKey)
            {
                // Leaving without Commit rolls back what the batch wrote before this key.
                throw StorageConcurrencyException.ForExistingKey(write.Key, ex);
            }

            if (affected == 0)
            {
                throw StorageConcurrencyException.ForKey(write.Key);
            }
        }

        transaction?.Commit();
    }

    /// <summary>Deletes the given keys in one write transaction; absent keys are ignored.</summary>
    internal static async Task DeleteAsync(SqliteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // As for writes: one statement needs no transaction around it.
        using var transaction = keys.Count > 1 ? session.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false) : null;
        using var statement = session.Prepare(DeleteSql, transaction);
        foreach (var value in keys)
        {
            SqliteSession.Bind(statement.Command, "$key", value);
            await statement.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        transaction?.Commit();
    }

    /// <summary>Deletes a key if it still has the given ETag; one statement, so atomic without a transaction.</summary>
    /// <exception cref="StorageConcurrencyException">The key is absent or has another ETag.</exception>
    internal static async Task DeleteIfMatchAsync(SqliteSession session, string key, string eTag, CancellationToken cancellationToken)
    {
        using var statement = session.Prepare(ConditionalDeleteSql, transaction: null);
        SqliteSession.Bind(statement.Command, "$key", key);
        SqliteSession.Bind(statement.Command, "$expected", eTag);
        if (await statement.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw StorageConcurrencyException.ForKey(key);
        }
    }

    /// <summary>Touches the table once, proving the file opens, is a database and holds the schema.</summary>
    internal static async Task PingAsync(SqliteSession session, CancellationToken cancellationToken)
    {
        using var statement = session.Prepare(PingSql, transaction: null);
        await statement.Command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The read of <paramref name="count"/> keys; the one-key read, by far the most common, is a constant.</summary>
    private static string ReadSql(int count)
    {
        if (count == 1)
        {
            return ReadOneSql;
        }

        var sql = new StringBuilder("SELECT key, json, etag FROM state_items WHERE key IN (");
        for (var i = 0; i < count; i++)
        {
            sql.Append(i == 0 ? KeyParameters[i] : "," + KeyParameters[i]);
        }

        return sql.Append(");").ToString();
    }

    /// <summary>A new row version's ETag.</summary>
    /// <remarks>Random rather than a counter: a counter restarts with the process, and an ETag handed out before a
    /// restart must never match a different value written after it.</remarks>
    internal static string NewETag() => Guid.NewGuid().ToString("N");
}

/// <summary>One stored row as read.</summary>
/// <param name="Key">The raw key.</param>
/// <param name="Json">The stored JSON text.</param>
/// <param name="ETag">The stored ETag.</param>
internal readonly record struct StoredRow(string Key, string Json, string ETag);

/// <summary>One validated, serialized change waiting to be written.</summary>
/// <param name="Key">The raw key.</param>
/// <param name="Json">The JSON text to store.</param>
/// <param name="ExpectedETag">The ETag the stored row must have, or null for an unconditional overwrite or a create.</param>
/// <param name="CreateOnly">Whether the row must not exist yet (<see cref="StorageETags.CreateOnly"/>).</param>
/// <param name="NewETag">The ETag the row gets, chosen before the write so the writer learns it (<see cref="SerializedStoreItem.WrittenETag"/>).</param>
internal readonly record struct PendingWrite(string Key, string Json, string? ExpectedETag, bool CreateOnly, string NewETag);
