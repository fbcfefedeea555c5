using ComplaintBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Tests.Sqlite;

/// <summary>A temporary directory per test class, removed with everything in it when the class is done.</summary>
public sealed class SqliteTestDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "complaintbot-storage-" + Guid.NewGuid().ToString("N"));

    /// <summary>A fresh database path inside the directory; the file does not exist yet.</summary>
    public string NewDatabasePath() => System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Settings for tests: real waits are short so a lock test finishes quickly.</summary>
    public static SqliteStorageOptions FastOptions(string databasePath) => new()
    {
        DatabasePath = databasePath,
        BusyTimeoutSeconds = 1,
        MaxRetryAttempts = 1,
        RetryDelay = TimeSpan.Zero,
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
