using ComplaintBot.Storage.Sqlite;
using ComplaintBot.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Tests.Sqlite;

/// <summary>
/// Many conversations saving at once through one storage instance, as the host does under load: every turn ends
/// with a write, so a write must cost neither an fsync nor a thread sleeping on the file's lock.
/// </summary>
public sealed class SqliteStorageConcurrencyTests(SqliteTestDirectory directory) : IClassFixture<SqliteTestDirectory>
{
    private const int Writers = 100;

    [Fact]
    public async Task ConfigureConnectionAsync_Always_SyncsTheLogAtCheckpointsNotAtEveryCommit()
    {
        var path = directory.NewDatabasePath();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await SqliteStateTable.CreateAsync(connection, CancellationToken.None);

        await SqliteStateTable.ConfigureConnectionAsync(connection, CancellationToken.None);

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWritersOfOneInstance_AllWrittenWithoutBusyRetries()
    {
        var logger = new RecordingLogger<SqliteStorage>();
        using var sut = new SqliteStorage(
            new SqliteStorageOptions { DatabasePath = directory.NewDatabasePath(), BusyTimeoutSeconds = 1, MaxRetryAttempts = 1, RetryDelay = TimeSpan.Zero },
            TimeProvider.System,
            logger);
        await sut.PingAsync();
        var value = new PocoItem { Id = new string('状', 700), Count = 1 };
        var keys = Enumerable.Range(0, Writers).Select(i => $"emulator/conversations/c{i}").ToArray();

        await Task.WhenAll(keys.Select(key => Task.Run(() => sut.WriteAsync(new Dictionary<string, object> { [key] = value }))));

        Assert.Empty(logger.Entries);
        Assert.Equal(Writers, (await sut.ReadAsync(keys)).Count);
    }
}
