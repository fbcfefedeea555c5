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
    public async Task ConfigureConnectionAsync_PooledConnectionOpenedAgain_StillNormalWithoutRunningItAgain()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = directory.NewDatabasePath(), Pooling = true }.ToString();
        SQLitePCL.sqlite3 native;
        await using (var first = new SqliteConnection(connectionString))
        {
            await first.OpenAsync();
            await SqliteStateTable.CreateAsync(first, CancellationToken.None);
            await SqliteStateTable.ConfigureConnectionAsync(first, CancellationToken.None);
            native = first.Handle!;
        }

        await using var again = new SqliteConnection(connectionString);
        await again.OpenAsync();
        Assert.Same(native, again.Handle);
        await SqliteStateTable.ConfigureConnectionAsync(again, CancellationToken.None);

        // Proves the statement was skipped: a setting changed behind the configuration's back stays changed.
        await using var command = again.CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL; PRAGMA synchronous;";
        Assert.Equal(2L, await command.ExecuteScalarAsync());
        await SqliteStateTable.ConfigureConnectionAsync(again, CancellationToken.None);
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, await command.ExecuteScalarAsync());

        // A different native connection is configured on its first use.
        await using var separate = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await separate.OpenAsync();
        await SqliteStateTable.ConfigureConnectionAsync(separate, CancellationToken.None);
        await using var check = separate.CreateCommand();
        check.CommandText = "PRAGMA synchronous;";
        Assert.Equal(1L, await check.ExecuteScalarAsync());
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
