using ComplaintBot.Evidence.Storage;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Evidence.Tests.Storage;

public sealed class SqliteEvidenceStoreTests : EvidenceStoreContract
{
    private string DatabasePath => Path.Combine(Root, "evidence.db");

    [Fact]
    public async Task SaveAsync_ContentLargerThanAPart_KeptInNumberedParts()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg(600_000, seed: 4);
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal([262_144L, 262_144L, 75_712L], Query<long>("SELECT length(bytes) FROM evidence_parts WHERE sha256 = $sha ORDER BY part;", sha));
    }

    [Fact]
    public async Task SaveAsync_ManyFiles_CreateNoFilesBesidesTheDatabase()
    {
        var store = NewStore();
        for (var i = 0; i < 20; i++)
        {
            var bytes = TestFiles.Png(seed: 100 + i);
            await store.SaveAsync("C" + (i % 3), TestFiles.Sha256(bytes), new MemoryStream(bytes), CancellationToken.None);
        }

        Assert.All(Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories), path => Assert.StartsWith("evidence.db", Path.GetFileName(path), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_NewInstanceOverTheSameFile_ReadsWhatTheFirstStored()
    {
        var bytes = TestFiles.Jpeg(seed: 12);
        var sha = TestFiles.Sha256(bytes);
        using (var first = new SqliteEvidenceStore(DatabasePath))
        {
            await first.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        }

        var second = NewStore();

        Assert.Equal(bytes, await ReadAllAsync(second, "A", sha));
        Assert.Equal([sha], await second.ListAsync("A", CancellationToken.None));
    }

    [Fact]
    public async Task OpenReadAsync_ComplaintDeletedWhileReading_StreamStillReadsTheWholeContent()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg(600_000, seed: 13);
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        await using var stream = await store.OpenReadAsync("A", sha, CancellationToken.None);
        var head = new byte[1000];
        await stream!.ReadExactlyAsync(head);
        await store.DeleteAsync("A", CancellationToken.None);
        using var rest = new MemoryStream();
        await stream.CopyToAsync(rest);

        Assert.Equal(bytes, head.Concat(rest.ToArray()).ToArray());
        Assert.Null(await store.OpenReadAsync("A", sha, CancellationToken.None));
        Assert.False(await HoldsContentAsync(sha));
    }

    [Fact]
    public async Task SaveAsync_DatabasePathIsAFolder_ThrowsIOException()
    {
        Directory.CreateDirectory(DatabasePath);
        var store = NewStore();
        var bytes = TestFiles.Png();

        var error = await Assert.ThrowsAsync<IOException>(() => store.SaveAsync("A", TestFiles.Sha256(bytes), new MemoryStream(bytes), CancellationToken.None));

        Assert.IsType<SqliteException>(error.InnerException);
        Assert.DoesNotContain(Root, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_RunOnOneConnection_WalModeSyncedAtCheckpoints()
    {
        using var store = new SqliteEvidenceStore(DatabasePath);
        var png = TestFiles.Png();
        byte[] other = [.. png, 0x2a];
        await store.SaveAsync("A", TestFiles.Sha256(png), new MemoryStream(png), CancellationToken.None);
        var connection = store.CurrentWriteConnection;

        await store.SaveAsync("B", TestFiles.Sha256(other), new MemoryStream(other), CancellationToken.None);
        await store.DeleteAsync("A", CancellationToken.None);

        Assert.NotNull(connection);
        Assert.Same(connection, store.CurrentWriteConnection);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA synchronous;"));
        Assert.Equal([TestFiles.Sha256(other)], await store.ListAsync("B", CancellationToken.None));
    }

    [Fact]
    public async Task Write_ContentNotMatchingItsHash_RolledBack_AndTheNextWriteGoesOnOnTheSameConnection()
    {
        using var store = new SqliteEvidenceStore(DatabasePath);
        var png = TestFiles.Png();
        await store.SaveAsync("A", TestFiles.Sha256(png), new MemoryStream(png), CancellationToken.None);
        var before = store.CurrentWriteConnection;

        // Content that does not match its hash fails inside the write, before the commit.
        byte[] other = [.. png, 0x2a];
        await Assert.ThrowsAsync<InvalidDataException>(() => store.SaveAsync("B", TestFiles.Sha256(png.Reverse().ToArray()), new MemoryStream(other), CancellationToken.None));
        await store.SaveAsync("B", TestFiles.Sha256(other), new MemoryStream(other), CancellationToken.None);

        Assert.Same(before, store.CurrentWriteConnection);
        Assert.Equal([TestFiles.Sha256(other)], await store.ListAsync("B", CancellationToken.None));
    }

    protected override IEvidenceStore CreateStore() => new SqliteEvidenceStore(DatabasePath);

    protected override Task<bool> HoldsContentAsync(string sha256) =>
        Task.FromResult(Query<long>("SELECT count(*) FROM evidence_parts WHERE sha256 = $sha;", sha256)[0] > 0);

    protected override Task AssertNothingLeftAsync()
    {
        Assert.Equal([0L], Query<long>("SELECT count(*) FROM evidence_parts;", null));
        Assert.Equal([0L], Query<long>("SELECT count(*) FROM evidence_owners;", null));
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        // Pooled connections keep the file open; let go of them before the folder is removed.
        SqliteConnection.ClearAllPools();
        base.Dispose(disposing);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private List<T> Query<T>(string sql, string? sha256)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sha256 is not null)
        {
            command.Parameters.AddWithValue("$sha", sha256);
        }

        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
