using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Sqlite;

/// <summary>
/// One open connection with its statements prepared once and run again and again: the connection a
/// <see cref="SqliteStorage"/> works through, and the one the evidence store writes through. Used by one operation at
/// a time (its owner's lane).
/// </summary>
/// <remarks>
/// A connection per operation, even from the pool, paid for every statement to be compiled again (a turn runs four
/// or five), and a connection that had not written since another did found its page cache thrown away, so every
/// read fetched its pages again from the file. One connection that does all the writing keeps its cache valid.
/// </remarks>
public sealed class SqliteSession : IDisposable
{
    // Statements whose text varies (reads of many keys) are not all kept: the common shapes are, the rest are rare.
    private const int MaxPrepared = 32;

    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    private SqliteSession(SqliteConnection connection) => Connection = connection;

    /// <summary>Gets the open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>Opens a connection and applies its per-connection settings.</summary>
    /// <param name="connectionString">The database's connection string.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open session.</returns>
    public static async Task<SqliteSession> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await SqliteStateTable.ConfigureConnectionAsync(connection, cancellationToken).ConfigureAwait(false);
            return new SqliteSession(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Gets the statement for <paramref name="sql"/>, prepared on first use, ready for new parameter values.</summary>
    /// <param name="sql">The statement text.</param>
    /// <param name="transaction">The transaction it runs in, or null.</param>
    /// <returns>The statement; dispose it when done (a kept statement stays prepared).</returns>
    public Statement Prepare(string sql, SqliteTransaction? transaction)
    {
        var kept = _prepared.TryGetValue(sql, out var command);
        if (!kept)
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            if (_prepared.Count < MaxPrepared)
            {
                _prepared[sql] = command;
                kept = true;
            }
        }

        command!.Transaction = transaction;
        return new Statement(command, kept);
    }

    /// <summary>Sets a parameter's value, adding the parameter the first time.</summary>
    /// <param name="command">A statement from <see cref="Prepare"/>.</param>
    /// <param name="name">The parameter's name, such as <c>$key</c>.</param>
    /// <param name="value">Its value.</param>
    public static void Bind(SqliteCommand command, string name, object value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value;
        }
        else
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
        Connection.Dispose();
    }

    /// <summary>A statement lent by <see cref="Prepare"/>: disposing it disposes only a statement the session does not keep.</summary>
    public readonly struct Statement(SqliteCommand command, bool kept) : IDisposable
    {
        /// <summary>Gets the command.</summary>
        public SqliteCommand Command { get; } = command;

        /// <inheritdoc />
        public void Dispose()
        {
            if (!kept)
            {
                Command.Dispose();
            }
        }
    }
}
