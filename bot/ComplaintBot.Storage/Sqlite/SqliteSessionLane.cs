using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// A <see cref="SqliteSession"/> and the lane its operations queue in: one operation at a time, on a session opened
/// when first needed and replaced after any SQLite error.
/// </summary>
/// <param name="connectionString">The database's connection string.</param>
public sealed class SqliteSessionLane(string connectionString) : IDisposable
{
    // Queued asynchronously: SQLite has one write lock per file anyway, and each operation takes tens of microseconds.
    private readonly SemaphoreSlim _lane = new(1, 1);
    private SqliteSession? _session;

    /// <summary>Gets the connection operations currently run on, or null before the first and after a failure.</summary>
    public SqliteConnection? CurrentConnection => _session?.Connection;

    /// <summary>Runs an operation on the session once the operations before it are done.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the wait and the operation.</param>
    /// <returns>The operation's result.</returns>
    public async Task<T> RunAsync<T>(Func<SqliteSession, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await _lane.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _session ??= await SqliteSession.OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
            return await operation(_session, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // Whatever went wrong, the next operation starts from a new connection and freshly prepared statements.
            _session?.Dispose();
            _session = null;
            throw;
        }
        finally
        {
            _lane.Release();
        }
    }

    /// <summary>Closes the session's connection.</summary>
    public void Dispose()
    {
        _session?.Dispose();
        _session = null;
        _lane.Dispose();
    }
}
