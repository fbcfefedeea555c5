using Microsoft.Data.Sqlite;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// The bot's SQLite state file seen from outside the bot, as another process (a backup, an operator's shell)
/// would: its rows read on a connection of their own, and its write lock taken and held.
/// </summary>
public sealed class SqliteStateFile(string path)
{
    public string Path { get; } = path;

    /// <summary>Every row, key by key, with its ETag, write time and JSON: equal dumps mean nothing was written.</summary>
    public async Task<List<string>> DumpAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, etag, updated_at, json FROM state_items ORDER BY key;";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)} | {reader.GetString(1)} | {reader.GetString(2)} | {reader.GetString(3)}");
        }

        return rows;
    }

    /// <summary>
    /// Takes the file's write lock with <c>BEGIN EXCLUSIVE</c> and holds it until the returned handle is disposed.
    /// In write-ahead-log mode readers go on reading; every writer gets SQLITE_BUSY.
    /// </summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
