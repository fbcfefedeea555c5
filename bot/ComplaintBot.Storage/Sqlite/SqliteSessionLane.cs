using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// A <see cref="SqliteSession"/> and the lane its operations queue in: one operation at a time, in the order they
/// arrive, on a session opened when first needed and replaced after any SQLite error.
/// </summary>
/// <remarks>
/// <para>Whoever finds the lane idle runs it: its own operation, then those queued meanwhile, one after another on
/// the same thread, until the queue is empty or <see cref="MaxOperationsPerRun"/> have run (then the rest continue
/// on a thread-pool thread, so no caller carries the others for long). Each caller's task completes when its
/// operation has, and its continuation runs on a thread of its own.</para>
/// <para>A lock handed from one waiter to the next would keep the lane held until the next waiter's continuation
/// found a free thread: on a busy host that took milliseconds for a write of tens of microseconds, so the lane
/// spent most of its time handing over. Queued this way, the lane is never held by anyone who is not running.</para>
/// <para>Operations should complete without waiting on anything but the session (SQLite's calls do): an operation
/// that truly waits holds the lane for as long.</para>
/// <para>The session's connection leaves copying the write-ahead log into the file to a <see cref="SqliteCheckpointer"/>,
/// so no operation waits for that either.</para>
/// </remarks>
/// <param name="connectionString">The database's connection string.</param>
public sealed class SqliteSessionLane(string connectionString) : IDisposable
{
    /// <summary>The most operations one run takes from the queue before handing the rest to a thread-pool thread.</summary>
    public const int MaxOperationsPerRun = 16;

    private readonly ConcurrentQueue<QueuedOperation> _queue = new();
    private SqliteSession? _session;
    private SqliteCheckpointer? _checkpointer;

    // 1 while somebody is running the queue; only that runner touches _session.
    private int _running;
    private volatile bool _disposed;

    /// <summary>Gets the connection operations currently run on, or null before the first and after a failure.</summary>
    public SqliteConnection? CurrentConnection => _session?.Connection;

    /// <summary>Gets the checkpoints run in the background so far.</summary>
    internal int BackgroundCheckpoints => _checkpointer?.Completed ?? 0;

    /// <summary>Runs an operation on the session once the operations queued before it are done.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the operation; an operation cancelled while queued never runs.</param>
    /// <returns>The operation's result.</returns>
    /// <exception cref="ObjectDisposedException">The lane was disposed before the operation ran.</exception>
    public Task<T> RunAsync<T>(Func<SqliteSession, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_disposed)
        {
            return Task.FromException<T>(new ObjectDisposedException(nameof(SqliteSessionLane)));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var queued = new QueuedOperation<T>(operation, cancellationToken);
        _queue.Enqueue(queued);
        if (TryTakeLane())
        {
            _ = RunQueueAsync();
        }

        return queued.Task;
    }

    /// <summary>
    /// Closes the session's connection and fails the operations still queued with <see cref="ObjectDisposedException"/>.
    /// An operation already running finishes first, and its runner closes the connection after it.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        if (TryTakeLane())
        {
            // Nothing is running: this run only fails what is queued and closes the session, without waiting.
            _ = RunQueueAsync();
        }
    }

    private bool TryTakeLane() => Interlocked.CompareExchange(ref _running, 1, 0) == 0;

    private async Task RunQueueAsync()
    {
        while (true)
        {
            for (var ran = 0; ran < MaxOperationsPerRun && _queue.TryDequeue(out var next); ran++)
            {
                await RunOneAsync(next).ConfigureAwait(false);
            }

            if (_disposed)
            {
                CloseSession();
                _checkpointer?.Dispose();
                _checkpointer = null;
            }
            else if (!_queue.IsEmpty)
            {
                // The runner's own caller has waited long enough: a pool thread carries on, the lane still taken.
                ThreadPool.UnsafeQueueUserWorkItem(static lane => _ = lane.RunQueueAsync(), this, preferLocal: false);
                return;
            }

            Volatile.Write(ref _running, 0);

            // An operation queued between the last dequeue and the release would otherwise wait for the next caller.
            if (_queue.IsEmpty || !TryTakeLane())
            {
                return;
            }
        }
    }

    private async Task RunOneAsync(QueuedOperation operation)
    {
        if (_disposed)
        {
            operation.Fail(new ObjectDisposedException(nameof(SqliteSessionLane)));
            return;
        }

        if (operation.CancellationToken.IsCancellationRequested)
        {
            operation.Fail(new OperationCanceledException(operation.CancellationToken));
            return;
        }

        try
        {
            _session ??= await OpenAsync(operation.CancellationToken).ConfigureAwait(false);
            await operation.RunAsync(_session).ConfigureAwait(false);
            _checkpointer!.OperationDone();
        }
        catch (Exception ex)
        {
            // Whatever went wrong in SQLite, the next operation starts from a new connection and freshly prepared statements.
            if (ex is SqliteException)
            {
                CloseSession();
                _checkpointer?.Reopen();
            }

            operation.Fail(ex);
        }
    }

    private async Task<SqliteSession> OpenAsync(CancellationToken cancellationToken)
    {
        var session = await SqliteSession.OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            var settings = session.Connection.CreateCommand();
            await using (settings.ConfigureAwait(false))
            {
                settings.CommandText = SqliteCheckpointer.WriterSettings;
                await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            session.Dispose();
            throw;
        }

        _checkpointer ??= new SqliteCheckpointer(connectionString, "SQLite checkpoints");
        return session;
    }

    private void CloseSession()
    {
        _session?.Dispose();
        _session = null;
    }

    private abstract class QueuedOperation(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract Task RunAsync(SqliteSession session);

        public abstract void Fail(Exception exception);
    }

    private sealed class QueuedOperation<T>(Func<SqliteSession, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
        : QueuedOperation(cancellationToken)
    {
        // Continuations run on a thread of their own: never inline on the runner, which has the queue to finish.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _completion.Task;

        public override async Task RunAsync(SqliteSession session) =>
            _completion.TrySetResult(await operation(session, CancellationToken).ConfigureAwait(false));

        public override void Fail(Exception exception)
        {
            if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(CancellationToken);
            }
            else
            {
                _completion.TrySetException(exception);
            }
        }
    }
}
