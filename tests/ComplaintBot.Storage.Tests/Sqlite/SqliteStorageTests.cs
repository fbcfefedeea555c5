using ComplaintBot.Storage.Sqlite;
using ComplaintBot.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Storage.Tests.Sqlite;

/// <summary>What is particular to SQLite: the file, the table, locking and failures. The contract is tested elsewhere.</summary>
public sealed class SqliteStorageTests(SqliteTestDirectory directory) : IClassFixture<SqliteTestDirectory>, IDisposable
{
    private readonly List<SqliteStorage> _created = [];

    public void Dispose()
    {
        foreach (var storage in _created)
        {
            storage.Dispose();
        }
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new SqliteStorage(null!, TimeProvider.System));
        Assert.Throws<ArgumentNullException>(() => new SqliteStorage(new SqliteStorageOptions { DatabasePath = "x.db" }, null!));
    }

    [Fact]
    public void Constructor_BusyTimeoutBelowOneSecond_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteStorage(new SqliteStorageOptions { DatabasePath = "x.db", BusyTimeoutSeconds = 0 }, TimeProvider.System));

    [Fact]
    public async Task PingAsync_MissingNestedDirectory_CreatesDatabaseFile()
    {
        var path = Path.Combine(directory.Path, Guid.NewGuid().ToString("N"), "nested", "state.db");
        var sut = CreateSut(path);

        await sut.PingAsync();

        Assert.True(File.Exists(path));
        Assert.Equal(Path.GetFullPath(path), sut.DatabasePath);
    }

    [Fact]
    public async Task PingAsync_NewDatabase_SwitchesToWriteAheadLog()
    {
        var sut = CreateSut();

        await sut.PingAsync();

        Assert.Equal("wal", await ScalarAsync(sut.DatabasePath, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task WriteAsync_Always_StampsUpdatedAtFromTimeProvider()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero));
        var sut = CreateSut(timeProvider: clock);
        await sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem() });
        Assert.Equal("2025-03-15T12:00:00.0000000+00:00", await ScalarAsync(sut.DatabasePath, "SELECT updated_at FROM state_items;"));

        clock.Advance(TimeSpan.FromHours(1));
        await sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem() });

        Assert.Equal("2025-03-15T13:00:00.0000000+00:00", await ScalarAsync(sut.DatabasePath, "SELECT updated_at FROM state_items;"));
    }

    [Fact]
    public async Task WriteAsync_CrazyKey_IsStoredAsIsWithJsonWithoutETag()
    {
        const string key = "!@#$%^&*()~/\\><,.?';\"`~";
        var sut = CreateSut();

        await sut.WriteAsync(new Dictionary<string, object> { [key] = new PocoStoreItem { Count = 4, ETag = "*" } });

        Assert.Equal(key, await ScalarAsync(sut.DatabasePath, "SELECT key FROM state_items;"));
        Assert.Equal("{\"Count\":4}", await ScalarAsync(sut.DatabasePath, "SELECT json FROM state_items;"));
    }

    [Fact]
    public async Task WriteAsync_KeyThatLooksLikeSql_IsTreatedAsData()
    {
        const string key = "x'); DROP TABLE state_items; --";
        var sut = CreateSut();

        await sut.WriteAsync(new Dictionary<string, object> { [key] = new PocoItem { Count = 1 } });
        await sut.DeleteAsync([key + "' OR '1'='1"]);

        Assert.Single(await sut.ReadAsync([key]));
    }

    [Fact]
    public async Task ReadAsync_MoreKeysThanOneStatementTakes_ReturnsEveryKey()
    {
        var sut = CreateSut();
        var changes = Enumerable.Range(0, 1234).ToDictionary(i => $"k{i}", i => (object)new PocoItem { Count = i });
        await sut.WriteAsync(changes);

        var items = await sut.ReadAsync([.. changes.Keys]);

        Assert.Equal(changes.Count, items.Count);
    }

    [Fact]
    public async Task WriteAsync_AnotherConnectionHoldsWriteLock_RetriesThenThrowsUnavailableAndWritesNothing()
    {
        var logger = new RecordingLogger<SqliteStorage>();
        var sut = CreateSut(logger: logger);
        await sut.PingAsync();
        await using (var blocker = await BeginWriteLockAsync(sut.DatabasePath))
        {
            var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem() }));

            var inner = Assert.IsType<SqliteException>(ex.InnerException);
            Assert.Equal(SqliteResilience.SqliteBusy, inner.SqliteErrorCode);
        }

        var retry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, retry.Level);
        Assert.Contains("busy", retry.Message, StringComparison.Ordinal);

        Assert.Empty(await sut.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Operations_OneAfterAnother_RunOnOneConfiguredConnection()
    {
        var sut = CreateSut();
        await sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem { Count = 1 } });
        var connection = sut.CurrentConnection;

        await sut.ReadAsync(["k"]);
        await sut.ReadJsonAsync("k");
        await sut.DeleteAsync(["k"]);

        Assert.NotNull(connection);
        Assert.Same(connection, sut.CurrentConnection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public async Task WriteAsync_AfterAFailedOperation_ContinuesOnAFreshConnection()
    {
        var sut = CreateSut();
        await sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem { Count = 1 } });
        var before = sut.CurrentConnection;
        await using (var blocker = await BeginWriteLockAsync(sut.DatabasePath))
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem { Count = 2 } }));
        }

        Assert.Null(sut.CurrentConnection);
        await sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem { Count = 3 } });

        Assert.NotSame(before, sut.CurrentConnection);
        Assert.Equal(3, ((Newtonsoft.Json.Linq.JObject)(await sut.ReadAsync(["k"]))["k"]).Value<int>("Count"));
    }

    [Fact]
    public async Task ReadAsync_ManyKeyCountsInTurn_EveryReadCorrect()
    {
        // Reads of different numbers of keys are different statements: more shapes than the session keeps prepared.
        var sut = CreateSut();
        var changes = Enumerable.Range(0, 60).ToDictionary(i => "k" + i, i => (object)new PocoItem { Count = i });
        await sut.WriteAsync(changes);

        for (var round = 0; round < 2; round++)
        {
            for (var count = 1; count <= 60; count++)
            {
                var keys = Enumerable.Range(0, count).Select(i => "k" + i).ToArray();
                Assert.Equal(count, (await sut.ReadAsync(keys)).Count);
            }
        }
    }

    [Fact]
    public async Task ReadAsync_AnotherConnectionHoldsWriteLock_StillReads()
    {
        var sut = CreateSut();
        await sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem { Count = 3 } });
        await using var blocker = await BeginWriteLockAsync(sut.DatabasePath);

        var items = await sut.ReadAsync(["k"]);

        Assert.Single(items);
    }

    [Fact]
    public async Task PingAsync_FileIsNotADatabase_ThrowsUnavailable()
    {
        var path = directory.NewDatabasePath();
        Directory.CreateDirectory(directory.Path);
        await File.WriteAllTextAsync(path, new string('x', 8192));
        var sut = CreateSut(path);

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.PingAsync());

        Assert.IsType<SqliteException>(ex.InnerException);
    }

    [Fact]
    public async Task PingAsync_DataDirectoryIsAFile_ThrowsUnavailable()
    {
        var blockingFile = directory.NewDatabasePath();
        Directory.CreateDirectory(directory.Path);
        await File.WriteAllTextAsync(blockingFile, "not a directory");
        var sut = CreateSut(Path.Combine(blockingFile, "state.db"));

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.PingAsync());

        Assert.IsAssignableFrom<IOException>(ex.InnerException);
    }

    [Fact]
    public async Task WriteAsync_CancelledToken_ThrowsCanceledAndWritesNothing()
    {
        var sut = CreateSut();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoItem() }, cancelled.Token));

        Assert.Empty(await sut.ReadAsync(["k"]));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, true)]
    [InlineData(1, false)]
    [InlineData(13, false)]
    [InlineData(26, false)]
    public void IsTransient_SqliteErrorCode_OnlyBusyAndLockedAreRetried(int errorCode, bool expected) =>
        Assert.Equal(expected, SqliteResilience.IsTransient(new SqliteException("test", errorCode)));

    private static async Task<object?> ScalarAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    // Another process's writer: BEGIN IMMEDIATE takes the database's single write lock until disposed.
    [Fact]
    public async Task ReadAsync_MoreKeysThanOneStatementTakes_ReturnsEveryStoredOne()
    {
        var sut = CreateSut();
        var stored = Enumerable.Range(0, 1_200).Select(i => $"c/conversations/{i}").ToArray();
        await sut.WriteAsync(stored.ToDictionary(k => k, k => (object)new Dictionary<string, object> { ["Key"] = k }));

        var read = await sut.ReadAsync([.. stored, "c/conversations/absent"]);

        Assert.Equal(stored.Length, read.Count);
        Assert.All(stored, key => Assert.Equal(key, (string?)((Newtonsoft.Json.Linq.JObject)read[key])["Key"]));
    }

    private static async Task<SqliteConnection> BeginWriteLockAsync(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private SqliteStorage CreateSut(string? path = null, TimeProvider? timeProvider = null, RecordingLogger<SqliteStorage>? logger = null)
    {
        var storage = new SqliteStorage(SqliteTestDirectory.FastOptions(path ?? directory.NewDatabasePath()), timeProvider ?? TimeProvider.System, logger);
        _created.Add(storage);
        return storage;
    }
}
