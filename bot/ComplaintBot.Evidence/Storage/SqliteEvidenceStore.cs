using System.Buffers;
using System.Data;
using System.Security.Cryptography;
using ComplaintBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// Evidence in one SQLite file (the embedded default). Content is kept once per SHA-256, in parts of at most
/// <see cref="SqliteEvidenceSql.PartBytes"/>; a table of owners records which complaint (by the hash of its id)
/// holds which content, so deleting a complaint removes its rows and only content nobody else holds.
/// </summary>
/// <remarks>
/// <para>A save is one write transaction: the content is hashed while its parts are inserted and the transaction
/// commits only when the hash matches, so content under the wrong name is never visible, and a crash leaves either
/// the whole file or nothing. Storing a file this way creates no file-system entries (a folder store creates five
/// per file, and on a busy host the file system's inode allocation became one of the largest costs of a turn).</para>
/// <para>The file is in write-ahead-log mode and syncs its log at checkpoints, like the state file
/// (<see cref="SqliteConnectionSettings.SyncAtCheckpoints"/>): a saved file survives the process crashing; an
/// operating-system crash or power cut can lose the last few saves, as it can lose the last few turns of state.
/// The two files are synced independently, so after such a crash a turn's state can survive while a file it
/// saved does not: the complaint then lists a file whose bytes are gone. Syncing every save instead took
/// milliseconds per file under load and doubled the latency of the turn that receives the files.</para>
/// <para>The content stream is read inside the transaction, so pass content that is already at hand (the intake
/// passes its staged copy). Saves of one instance queue on a gate rather than on SQLite's busy wait, which sleeps
/// the thread. Readers never wait for writers. Any SQLite failure is reported as an <see cref="IOException"/>.
/// One instance is safe to share across concurrent turns; one process owns the file.</para>
/// </remarks>
public sealed class SqliteEvidenceStore : IEvidenceStore, IDisposable
{
    private const int SqliteConstraintPrimaryKey = 1555;

    // Writes run one at a time on one long-lived connection with their statements prepared once: a pooled connection
    // per save compiled every statement again, and when another pooled connection had written last it started from
    // an empty page cache (a save cost about 170 µs alone). Reads keep pooled connections of their own, because a read
    // stream holds its connection until it is disposed.
    private readonly SqliteSessionLane writes;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    /// <summary>Initializes a new instance of the <see cref="SqliteEvidenceStore"/> class. Nothing is opened yet.</summary>
    /// <param name="databasePath">The database file; it and its folder are created on first use.</param>
    public SqliteEvidenceStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        writes = new SqliteSessionLane(ConnectionString);
    }

    /// <summary>Gets the absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Gets the connection writes currently run on, or null before the first and after a failure (for tests).</summary>
    internal SqliteConnection? CurrentWriteConnection => writes.CurrentConnection;

    /// <summary>Gets the connection string of the store's pool (tests reach its configured connections with it).</summary>
    internal string ConnectionString { get; }

    /// <inheritdoc />
    public async Task SaveAsync(string complaintId, string sha256, Stream content, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        RequireSha(sha256);
        ArgumentNullException.ThrowIfNull(content);

        await RunWriteAsync(
            async (session, ct) =>
            {
                // BEGIN IMMEDIATE: the write lock up front, so the existence check and the inserts see one state.
                using var transaction = session.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
                bool present;
                using (var exists = Prepared(session, transaction, SqliteEvidenceSql.ContentExists, null, sha256))
                {
                    present = await ExistsAsync(exists.Command, ct).ConfigureAwait(false);
                }

                if (!present)
                {
                    await InsertPartsAsync(session, transaction, sha256, content, ct).ConfigureAwait(false);
                }

                using (var owner = Prepared(session, transaction, SqliteEvidenceSql.AddOwner, key, sha256))
                {
                    await owner.Command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                transaction.Commit();
            },
            "store a file",
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Stream?> OpenReadAsync(string complaintId, string sha256, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        RequireSha(sha256);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // The reader's statement holds one snapshot until the stream is disposed, so the owner checked here and
            // the parts read later agree even if the complaint is deleted meanwhile.
            var transaction = connection.BeginTransaction(deferred: true);
            bool owned;
            await using (var exists = Command(connection, transaction, SqliteEvidenceSql.OwnerExists, key, sha256))
            {
                owned = await ExistsAsync(exists, cancellationToken).ConfigureAwait(false);
            }

            if (!owned)
            {
                transaction.Dispose();
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            var command = Command(connection, transaction, SqliteEvidenceSql.ReadParts, null, sha256);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return new SqliteEvidenceReadStream(connection, transaction, command, reader);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw Unavailable("read a file", ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListAsync(string complaintId, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        return await ReadAsync(
            async (connection, ct) =>
            {
                await using var command = Command(connection, null, SqliteEvidenceSql.ListOwned, key, null);
                return await ReadHashesAsync(command, ct).ConfigureAwait(false);
            },
            "list files",
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string complaintId, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        await RunWriteAsync(
            async (session, ct) =>
            {
                using var transaction = session.Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
                List<string> held;
                using (var owners = Prepared(session, transaction, SqliteEvidenceSql.RemoveOwner, key, null))
                {
                    held = await ReadHashesAsync(owners.Command, ct).ConfigureAwait(false);
                }

                foreach (var sha in held)
                {
                    using var orphan = Prepared(session, transaction, SqliteEvidenceSql.RemoveOrphan, null, sha);
                    await orphan.Command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                transaction.Commit();
            },
            "delete files",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the pooled connections to the file, letting SQLite checkpoint its log.</summary>
    public void Dispose()
    {
        writes.Dispose();
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        initGate.Dispose();
    }

    private static void RequireSha(string sha256)
    {
        if (!EvidenceHashes.IsSha256(sha256))
        {
            throw new ArgumentException("Expected a lowercase hex SHA-256.", nameof(sha256));
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, string? key, string? sha256)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        if (sha256 is not null)
        {
            command.Parameters.AddWithValue("$sha", sha256);
        }

        return command;
    }

    /// <summary>A write statement of the session, prepared once, with this use's values bound.</summary>
    private static SqliteSession.Statement Prepared(SqliteSession session, SqliteTransaction transaction, string sql, string? key, string? sha256)
    {
        var statement = session.Prepare(sql, transaction);
        if (key is not null)
        {
            SqliteSession.Bind(statement.Command, "$key", key);
        }

        if (sha256 is not null)
        {
            SqliteSession.Bind(statement.Command, "$sha", sha256);
        }

        return statement;
    }

    private static async Task<bool> ExistsAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long and not 0;

    private static async Task<List<string>> ReadHashesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var hashes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    /// <summary>Inserts the content part by part while hashing it; throws before the commit when the hash differs.</summary>
    private static async Task InsertPartsAsync(SqliteSession session, SqliteTransaction transaction, string sha256, Stream content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var statement = Prepared(session, transaction, SqliteEvidenceSql.InsertPart, null, sha256);
        var insert = statement.Command;
        var buffer = ArrayPool<byte>.Shared.Rent(SqliteEvidenceSql.PartBytes);
        try
        {
            for (var index = 0L; ; index++)
            {
                var filled = await content.ReadAtLeastAsync(buffer.AsMemory(0, SqliteEvidenceSql.PartBytes), SqliteEvidenceSql.PartBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                if (filled == 0 && index > 0)
                {
                    break;
                }

                hash.AppendData(buffer, 0, filled);
                SqliteSession.Bind(insert, "$part", index);
                SqliteSession.Bind(insert, "$bytes", buffer);

                // Size cuts the bound value to the bytes read; a full part binds the array as it is.
                insert.Parameters["$bytes"].Size = filled;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (filled < SqliteEvidenceSql.PartBytes)
                {
                    break;
                }
            }
        }
        finally
        {
            // The statement stays prepared for the next file: it must not keep the returned buffer.
            if (insert.Parameters.Contains("$bytes"))
            {
                insert.Parameters["$bytes"].Value = DBNull.Value;
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException("The content does not match its SHA-256.");
        }
    }

    private async Task RunWriteAsync(Func<SqliteSession, CancellationToken, Task> write, string what, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
            await writes.RunAsync(
                async (session, ct) =>
                {
                    await write(session, ct).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == SqliteConstraintPrimaryKey)
        {
            // Only a second process writing the same file could insert a part between our check and insert.
            throw Unavailable(what, ex);
        }
        catch (SqliteException ex)
        {
            // The file may have been replaced under us; check the schema again next time.
            initialized = false;
            throw Unavailable(what, ex);
        }
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> operation, string what, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
            var connection = new SqliteConnection(ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await SqliteConnectionSettings.ApplyOnceAsync(connection, SqliteConnectionSettings.SyncAtCheckpoints, cancellationToken).ConfigureAwait(false);
                return await operation(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException ex)
        {
            // The file may have been replaced under us; check the schema again next time.
            initialized = false;
            throw Unavailable(what, ex);
        }
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (initialized)
        {
            return;
        }

        await initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
                var connection = new SqliteConnection(ConnectionString);
                await using (connection.ConfigureAwait(false))
                {
                    await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using var command = Command(connection, null, SqliteEvidenceSql.Create, null, null);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (SqliteException ex)
            {
                throw Unavailable("open its database", ex);
            }

            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }

    private IOException Unavailable(string what, SqliteException inner) =>
        new($"The evidence database '{Path.GetFileName(DatabasePath)}' could not {what}: {inner.Message}", inner);
}
