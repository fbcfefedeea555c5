using System.Globalization;
using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// The embedded default <see cref="IStorage"/>: one SQLite database file in write-ahead-log mode, holding each key
/// as sent with its JSON value, ETag and last write time.
/// </summary>
/// <remarks>
/// <para>ETag rules are those of <see cref="Memory.JsonMemoryStorage"/>; a batch is one transaction, so a
/// conflict on any key writes nothing. A create-only write (<see cref="StorageETags.CreateOnly"/>) is a plain
/// <c>INSERT</c>: the primary key refuses it when the key exists, and the whole batch is rolled back. Reads return fresh <see cref="Newtonsoft.Json.Linq.JObject"/>s carrying
/// the stored <c>eTag</c>. Keys and values are held to <see cref="StorageLimits"/>.</para>
/// <para>Operations run one at a time on one long-lived connection with prepared statements
/// (<see cref="SqliteSession"/>), so one instance is safe to share across concurrent turns. Busy and locked errors
/// are retried (see <see cref="SqliteStorageOptions"/>); when retries run out, or the file cannot be used at all, a
/// <see cref="StorageUnavailableException"/> is thrown and nothing of the operation has been written.</para>
/// </remarks>
public sealed class SqliteStorage : IStorage, IStoredJsonReader, IConditionalDeletion, IStorageHealth, IDisposable
{
    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _initGate = new(1, 1);

    // Every operation runs on one connection (SqliteSession), one at a time. Microsoft.Data.Sqlite waits for a busy
    // lock by sleeping the calling thread in 150 ms steps: only another process (a tool holding the file) can make an
    // operation wait for the busy timeout. Reads queue with the writes; each takes tens of microseconds.
    private readonly SqliteSessionLane _lane;
    private volatile bool _initialized;

    /// <summary>Gets the connection operations currently run on, or null before the first and after a failure (for tests).</summary>
    internal SqliteConnection? CurrentConnection => _lane.CurrentConnection;

    /// <summary>Initializes a new instance of the <see cref="SqliteStorage"/> class. Nothing is opened yet.</summary>
    /// <param name="options">The database file and tuning.</param>
    /// <param name="timeProvider">Clock for <c>updated_at</c> and the retry delays (a fake clock that is never advanced stalls retries; tests use a zero delay).</param>
    /// <param name="logger">Receives a warning for each busy retry; none when null.</param>
    public SqliteStorage(SqliteStorageOptions options, TimeProvider timeProvider, ILogger<SqliteStorage>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        DatabasePath = Path.GetFullPath(options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = options.BusyTimeoutSeconds,
        }.ToString();
        _timeProvider = timeProvider;
        _lane = new SqliteSessionLane(_connectionString);
        _retry = SqliteResilience.CreatePipeline(options, timeProvider, logger ?? NullLogger<SqliteStorage>.Instance, DatabasePath);
    }

    /// <summary>Gets the absolute path of the database file.</summary>
    /// <value>The file named by <see cref="SqliteStorageOptions.DatabasePath"/>.</value>
    public string DatabasePath { get; }

    /// <inheritdoc />
    /// <exception cref="StorageUnavailableException">The database could not be read.</exception>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        StorageLimits.ValidateKeys(keys, nameof(keys));
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var rows = await RunAsync((session, ct) => SqliteStateTable.ReadAsync(session, distinct, ct), "read", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            result[row.Key] = StorageJson.Deserialize(row.Json, row.ETag);
        }

        return result;
    }

    /// <inheritdoc />
    /// <exception cref="StorageUnavailableException">The database could not be read.</exception>
    public async Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageLimits.ValidateKey(key, nameof(key));
        var rows = await RunAsync((session, ct) => SqliteStateTable.ReadAsync(session, [key], ct), "read", cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : new StoredJson(rows[0].Json, rows[0].ETag);
    }

    /// <inheritdoc />
    /// <exception cref="StorageConcurrencyException">An <see cref="IStoreItem"/>'s ETag did not match, or a create-only key already exists; nothing was written.</exception>
    /// <exception cref="StorageLimitExceededException">A key or value is outside <see cref="StorageLimits"/>; nothing was written.</exception>
    /// <exception cref="StorageUnavailableException">The database could not be written; nothing was written.</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StorageLimits.ValidateKeys(changes.Keys, nameof(changes));
        if (changes.Count == 0)
        {
            return;
        }

        // Serialize before touching the database: a value that cannot be stored fails the call without a lock held.
        var writes = changes
            .Select(c => new PendingWrite(
                c.Key,
                StorageLimits.SerializeValue(c.Key, c.Value, nameof(changes)),
                StorageETags.ExpectedETag(c.Value),
                StorageETags.IsCreateOnly(c.Value),
                SqliteStateTable.NewETag()))
            .ToList();
        var updatedAt = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await RunWriteAsync((session, ct) => SqliteStateTable.WriteAsync(session, writes, updatedAt, ct), "write", cancellationToken).ConfigureAwait(false);
        foreach (var write in writes)
        {
            (changes[write.Key] as SerializedStoreItem)?.WrittenETag = write.NewETag;
        }
    }

    /// <inheritdoc />
    /// <exception cref="StorageUnavailableException">The database could not be written; nothing was deleted.</exception>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        StorageLimits.ValidateKeys(keys, nameof(keys));
        if (keys.Length == 0)
        {
            return;
        }

        await RunWriteAsync((session, ct) => SqliteStateTable.DeleteAsync(session, keys, ct), "delete", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="StorageUnavailableException">The database could not be written; nothing was deleted.</exception>
    public async Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default)
    {
        StorageLimits.ValidateKey(key, nameof(key));
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        await RunWriteAsync((session, ct) => SqliteStateTable.DeleteIfMatchAsync(session, key, eTag, ct), "delete", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Creates the file and table if needed, then reads the table once.</remarks>
    public async Task PingAsync(CancellationToken cancellationToken = default) =>
        await RunAsync(
            async (session, ct) =>
            {
                await SqliteStateTable.PingAsync(session, ct).ConfigureAwait(false);
                return true;
            },
            "answer a ping",
            cancellationToken).ConfigureAwait(false);

    /// <summary>Closes the connections to the file, letting SQLite checkpoint the log.</summary>
    public void Dispose()
    {
        _lane.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _initGate.Dispose();
    }

    private Task<bool> RunWriteAsync(Func<SqliteSession, CancellationToken, Task> write, string what, CancellationToken cancellationToken) =>
        RunAsync(
            async (session, ct) =>
            {
                await write(session, ct).ConfigureAwait(false);
                return true;
            },
            what,
            cancellationToken);

    private async Task<T> RunAsync<T>(Func<SqliteSession, CancellationToken, Task<T>> operation, string what, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                // Nearly every call succeeds at once, so the first attempt runs outside the retry pipeline, which costs
                // allocations and async hops on every call. Only a busy or locked file enters it, and the pipeline is
                // handed that first failure again: its retries, delays and logs are exactly those of a pipeline run.
                return await AttemptAsync(operation, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException first) when (SqliteResilience.IsTransient(first))
            {
                var replay = ExceptionDispatchInfo.Capture(first);
                return await _retry.ExecuteAsync(
                    ct =>
                    {
                        Interlocked.Exchange(ref replay, null)?.Throw();
                        return new ValueTask<T>(AttemptAsync(operation, ct));
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException ex)
        {
            // The file may have been replaced or emptied under us; check the schema again on the next call.
            _initialized = false;
            throw Unavailable(what, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(what, ex);
        }
    }

    private async Task<T> AttemptAsync<T>(Func<SqliteSession, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _lane.RunAsync(operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            var connection = new SqliteConnection(_connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await SqliteStateTable.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }

    private StorageUnavailableException Unavailable(string what, Exception inner) =>
        new($"SQLite storage '{DatabasePath}' could not {what}: {inner.Message}", inner);
}
