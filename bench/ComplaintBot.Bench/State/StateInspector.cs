using Microsoft.Data.Sqlite;

namespace ComplaintBot.Bench.State;

/// <summary>
/// Reads the bot's SQLite state file beside the running bot (read-only; WAL lets it read while the bot writes):
/// the JSON size of conversation state (<c>{channel}/conversations/{id}</c>) and user state (<c>{channel}/users/{id}</c>).
/// </summary>
internal sealed class StateInspector(string databasePath)
{
    /// <summary>The stored JSON of one key, or null.</summary>
    public async Task<string?> JsonOfAsync(string key)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM state_items WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync() as string;
    }

    public async Task<StateRows> ReadAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();

        // Bytes of the UTF-8 text, not characters: Chinese answers take three bytes a character.
        command.CommandText = "SELECT key, length(CAST(json AS BLOB)) FROM state_items;";
        var conversations = new Dictionary<string, long>(StringComparer.Ordinal);
        var users = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            var bytes = reader.GetInt64(1);
            if (key.Contains("/conversations/", StringComparison.Ordinal))
            {
                conversations[key] = bytes;
            }
            else if (key.Contains("/users/", StringComparison.Ordinal))
            {
                users[key] = bytes;
            }
        }

        return new StateRows(conversations, users);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
