using ComplaintBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage.Tests.Sqlite;

/// <summary>
/// The lane both SQLite stores write through: one operation at a time, in the order they arrive, on one session,
/// and nobody's continuation runs on the thread that is working through the queue.
/// </summary>
public sealed class SqliteSessionLaneTests(SqliteTestDirectory directory) : IClassFixture<SqliteTestDirectory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_IdleLaneAndOperationThatDoesNotWait_CompletedBeforeItReturns()
    {
        using var lane = NewLane();
        await lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None);

        var task = lane.RunAsync(Scalar("SELECT 41 + 1;"), CancellationToken.None);

        // The caller ran its own operation: it continues without waiting for a thread.
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(42L, await task);
    }

    [Fact]
    public async Task RunAsync_ManyCallersQueuedBehindOneThatWaits_EachRunsOnceAndNeverTwoAtATime()
    {
        using var lane = NewLane();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<int>();
        var inside = 0;
        var mostInside = 0;

        async Task<int> Record(int index, Task wait)
        {
            var now = Interlocked.Increment(ref inside);
            mostInside = Math.Max(mostInside, now);
            await wait;
            lock (order)
            {
                order.Add(index);
            }

            Interlocked.Decrement(ref inside);
            return index;
        }

        var first = lane.RunAsync((_, _) => Record(0, release.Task), CancellationToken.None);
        var queued = Enumerable.Range(1, 3 * SqliteSessionLane.MaxOperationsPerRun)
            .Select(i => Task.Run(() => lane.RunAsync((_, _) => Record(i, Task.CompletedTask), CancellationToken.None)))
            .ToArray();

        // Whatever has been queued so far waits behind the first.
        await Task.Delay(50);
        Assert.Empty(order);

        release.SetResult();
        var results = await Task.WhenAll(queued).WaitAsync(Patience);

        Assert.Equal(0, await first);
        Assert.Equal(1, mostInside);
        Assert.Equal(1 + queued.Length, order.Count);
        Assert.Equal(0, order[0]);
        Assert.Equal(results.Order(), results.Order().Distinct());
    }

    [Fact]
    public async Task RunAsync_QueuedWhileBlocked_EachRunsAfterTheOneQueuedBeforeIt()
    {
        using var lane = NewLane();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<int>();
        var blocker = lane.RunAsync(async (_, _) => { await release.Task; return 0; }, CancellationToken.None);

        // Queued one after another from this thread, so the order they arrived in is known.
        var queued = Enumerable.Range(1, 2 * SqliteSessionLane.MaxOperationsPerRun + 3)
            .Select(i => lane.RunAsync((_, _) => { order.Add(i); return Task.FromResult(i); }, CancellationToken.None))
            .ToArray();
        release.SetResult();
        await Task.WhenAll(queued).WaitAsync(Patience);
        await blocker;

        Assert.Equal(Enumerable.Range(1, queued.Length), order);
    }

    [Fact]
    public async Task RunAsync_CallerContinuationBlocks_LaneGoesOnWithTheNextOperation()
    {
        using var lane = NewLane();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var continuationMayEnd = new ManualResetEventSlim();
        var blocker = lane.RunAsync(async (_, _) => { await release.Task; return 0; }, CancellationToken.None);
        var second = lane.RunAsync((_, _) => Task.FromResult(2), CancellationToken.None);

        // A caller whose continuation holds its thread: were it run on the thread working through the queue, the
        // third operation would wait for it.
        var blockedCaller = second.ContinueWith(_ => continuationMayEnd.Wait(3 * Patience), TaskContinuationOptions.ExecuteSynchronously);
        var third = lane.RunAsync((_, _) => Task.FromResult(3), CancellationToken.None);
        release.SetResult();

        try
        {
            Assert.Equal(3, await third.WaitAsync(Patience));
            Assert.False(blockedCaller.IsCompleted);
        }
        finally
        {
            continuationMayEnd.Set();
        }

        await blockedCaller;
        await blocker;
    }

    [Fact]
    public async Task RunAsync_OperationFails_OnlyItsCallerSeesTheFailureAndTheLaneGoesOn()
    {
        using var lane = NewLane();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = lane.RunAsync(async (_, _) => { await release.Task; return 0; }, CancellationToken.None);
        var failing = lane.RunAsync<int>((_, _) => throw new InvalidOperationException("broken"), CancellationToken.None);
        var after = lane.RunAsync(Scalar("SELECT 7;"), CancellationToken.None);
        release.SetResult();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Patience));
        Assert.Equal("broken", failure.Message);
        Assert.Equal(7L, await after.WaitAsync(Patience));
        await blocker;
    }

    [Fact]
    public async Task RunAsync_SqliteError_NextOperationRunsOnANewConnection_OtherErrorsKeepIt()
    {
        using var lane = NewLane();
        await lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None);
        var connection = lane.CurrentConnection;
        Assert.NotNull(connection);

        await Assert.ThrowsAsync<InvalidOperationException>(() => lane.RunAsync<int>((_, _) => throw new InvalidOperationException(), CancellationToken.None));
        Assert.Same(connection, lane.CurrentConnection);

        await Assert.ThrowsAsync<SqliteException>(() => lane.RunAsync(Scalar("SELECT * FROM no_such_table;"), CancellationToken.None));
        Assert.Null(lane.CurrentConnection);

        Assert.Equal(1L, await lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None));
        Assert.NotNull(lane.CurrentConnection);
        Assert.NotSame(connection, lane.CurrentConnection);
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeOrWhileQueued_CanceledAndNeverRuns()
    {
        using var lane = NewLane();
        var ran = 0;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var before = lane.RunAsync((_, _) => Task.FromResult(Interlocked.Increment(ref ran)), cancelled.Token);
        Assert.True(before.IsCanceled);

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var later = new CancellationTokenSource();
        var blocker = lane.RunAsync(async (_, _) => { await release.Task; return 0; }, CancellationToken.None);
        var whileQueued = lane.RunAsync((_, _) => Task.FromResult(Interlocked.Increment(ref ran)), later.Token);
        await later.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => whileQueued.WaitAsync(Patience));
        Assert.True(whileQueued.IsCanceled);
        Assert.Equal(0, ran);
        await blocker;
    }

    [Fact]
    public async Task Dispose_WhileAnOperationRuns_ItFinishesTheQueuedFailAndTheConnectionCloses()
    {
        var lane = NewLane();
        await lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None);
        var connection = lane.CurrentConnection!;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = lane.RunAsync(async (session, _) => { await release.Task; return session.Connection.State; }, CancellationToken.None);
        var queued = lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None);

        lane.Dispose();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        release.SetResult();

        Assert.Equal(System.Data.ConnectionState.Open, await running.WaitAsync(Patience));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => queued.WaitAsync(Patience));
        await EventuallyAsync(() => connection.State == System.Data.ConnectionState.Closed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_IdleLane_ClosesTheConnectionAtOnce()
    {
        var lane = NewLane();
        await lane.RunAsync(Scalar("SELECT 1;"), CancellationToken.None);
        var connection = lane.CurrentConnection!;

        lane.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        Assert.Null(lane.CurrentConnection);
    }

    [Fact]
    public async Task RunAsync_SteadyWrites_LogCopiedInTheBackgroundAndStartsOverInsteadOfGrowing()
    {
        var path = directory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var lane = new SqliteSessionLane(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await lane.RunAsync(Execute("PRAGMA journal_mode = WAL; CREATE TABLE items (k INTEGER PRIMARY KEY, v TEXT NOT NULL);"), CancellationToken.None);
        var value = new string('证', 1000);

        // Each write replaces a row of about 3 KB, a page of its own: twice the pages the writer's own checkpoint allows.
        const int Writes = (2 * SqliteCheckpointer.WriterCheckpointPages) + 1000;
        for (var i = 0; i < Writes; i++)
        {
            await lane.RunAsync(Execute($"INSERT OR REPLACE INTO items (k, v) VALUES ({i % 50}, '{value}{i}');"), CancellationToken.None);
        }

        await EventuallyAsync(() => lane.BackgroundCheckpoints > 0);
        Assert.Equal((long)SqliteCheckpointer.WriterCheckpointPages, await lane.RunAsync(Scalar("PRAGMA wal_autocheckpoint;"), CancellationToken.None));

        // Started over at least once: SQLite counts each restart in the log's header, and a log that only grew would
        // hold a frame for every write. How far past the writer's limit it gets first depends on the background
        // checkpoint holding the checkpoint lock when the writer's turn comes, so the size bound is the writes.
        Assert.True(await LogRestartsAsync(path + "-wal") > 0, "The write-ahead log never started over.");
        var logPages = new FileInfo(path + "-wal").Length / 4096;
        Assert.InRange(logPages, 1, Writes - 1);

        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await reader.OpenAsync();
        await using var check = reader.CreateCommand();
        check.CommandText = "SELECT count(*), max(length(v)) FROM items;";
        await using var row = await check.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal(50L, row.GetInt64(0));
        Assert.Equal(value.Length + Writes.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, row.GetInt64(1));
    }

    private static Func<SqliteSession, CancellationToken, Task<bool>> Execute(string sql) => async (session, ct) =>
    {
        await using var command = session.Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
        return true;
    };

    private static Func<SqliteSession, CancellationToken, Task<long>> Scalar(string sql) => async (session, ct) =>
    {
        using var statement = session.Prepare(sql, null);
        return (long)(await statement.Command.ExecuteScalarAsync(ct))!;
    };

    /// <summary>Reads the checkpoint sequence number of a write-ahead log's header: big-endian, at byte 12.</summary>
    private static async Task<uint> LogRestartsAsync(string logPath)
    {
        var header = new byte[32];
        await using var log = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        await log.ReadExactlyAsync(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12));
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 1000, "The condition did not come true in time.");
            await Task.Delay(10);
        }
    }

    private SqliteSessionLane NewLane()
    {
        var path = directory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteSessionLane(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
    }
}
