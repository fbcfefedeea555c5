using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// Copies a write-ahead log's pages into the database file on a thread of its own, so the connection that writes
/// does not stop to do it: every <see cref="OperationsPerCheckpoint"/> operations of the writer, a passive checkpoint
/// runs on a separate connection while the writer goes on.
/// </summary>
/// <remarks>
/// <para>SQLite checkpoints on the writing connection by default, inside the commit that takes the log past 1,000
/// pages: it copies them all and syncs both files while that commit waits, and with it every write queued behind
/// it (milliseconds, several times a second under load). A passive checkpoint takes no lock a writer needs.</para>
/// <para>A log starts over from its beginning only when a write finds every page in it copied. Under steady writes
/// the background checkpoint never quite catches up, so the writer keeps SQLite's own checkpoint at
/// <see cref="WriterCheckpointPages"/> pages: by then nearly every page has been copied and synced here, and the
/// writer's checkpoint only finishes the few that were not, which lets the log start over.</para>
/// <para>Few pages or not, the writer's checkpoint still syncs both files, and a sync waits for the disk to flush:
/// up to 20 ms while everything queued behind the writer waits too. So it is kept rare rather than small: under
/// steady load the log reaches its limit every couple of seconds, not several times a second. A log the background
/// checkpoint catches up with (any pause in the writes) starts over long before that, so the file only grows
/// that large on a busy host, and SQLite reuses it rather than shrinking it.</para>
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Operations of the writer between two background checkpoints. Reads count too: a checkpoint that finds
    /// little to copy costs little.</summary>
    internal const int OperationsPerCheckpoint = 200;

    /// <summary>The log size, in pages, at which the writing connection checkpoints itself (SQLite's default is 1,000):
    /// about 80 MB with 4 KB pages.</summary>
    internal const int WriterCheckpointPages = 20_000;

    /// <summary>The setting the writing connection runs with.</summary>
    internal static readonly string WriterSettings = $"PRAGMA wal_autocheckpoint = {WriterCheckpointPages};";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Thread _thread;
    private SqliteConnection? _connection;
    private int _operations;
    private int _completed;
    private volatile bool _stopping;
    private volatile bool _reopen;

    /// <summary>Initializes a new instance of the <see cref="SqliteCheckpointer"/> class and starts its thread.</summary>
    /// <param name="connectionString">The database's connection string; the checkpointer opens a connection of its own.</param>
    /// <param name="name">Names the thread, for diagnostics.</param>
    internal SqliteCheckpointer(string connectionString, string name)
    {
        // A connection of its own, never a pooled one a writer could be handed while a checkpoint runs on it.
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Gets the number of background checkpoints completed.</summary>
    internal int Completed => Volatile.Read(ref _completed);

    /// <summary>Counts an operation of the writer; every <see cref="OperationsPerCheckpoint"/>th wakes the thread.</summary>
    internal void OperationDone()
    {
        if (Interlocked.Increment(ref _operations) % OperationsPerCheckpoint == 0 && _wake.CurrentCount == 0)
        {
            Wake();
        }
    }

    /// <summary>Has the next checkpoint open a new connection: the writer's was replaced after an error, and the file
    /// may have been replaced with it.</summary>
    internal void Reopen() => _reopen = true;

    /// <summary>Stops the thread after the checkpoint in progress, if any, and closes its connection.</summary>
    public void Dispose()
    {
        _stopping = true;
        Wake();
        _thread.Join();
        _wake.Dispose();
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the checkpoint it is about to run covers these operations too.
        }
    }

    private void Run()
    {
        while (true)
        {
            _wake.Wait();
            if (_stopping)
            {
                _connection?.Dispose();
                return;
            }

            try
            {
                Checkpoint();
                Interlocked.Increment(ref _completed);
            }
            catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // Best effort, and nothing on this thread may end the process: the writer's own checkpoint still
                // bounds the log. Start afresh next time.
                _connection?.Dispose();
                _connection = null;
            }
        }
    }

    private void Checkpoint()
    {
        if (_reopen)
        {
            _reopen = false;
            _connection?.Dispose();
            _connection = null;
        }

        if (_connection is null)
        {
            var connection = new SqliteConnection(_connectionString);
            connection.Open();
            _connection = connection;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        command.ExecuteNonQuery();
    }
}
