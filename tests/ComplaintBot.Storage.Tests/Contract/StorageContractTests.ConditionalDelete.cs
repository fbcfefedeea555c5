namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>Conditional deletes (<see cref="IConditionalDeletion"/>): a key goes only while it holds the version read.</summary>
public abstract partial class StorageContractTests
{
    private IConditionalDeletion Deletion => Assert.IsAssignableFrom<IConditionalDeletion>(Storage);

    [Fact]
    public async Task DeleteIfMatchAsync_StoredETag_DeletesTheKeyOnly()
    {
        await Storage.WriteAsync(Changes(("finished", new PocoStoreItem { Count = 1 }), ("other", new PocoStoreItem { Count = 2 })));
        var eTag = await ReadETagAsync("finished");

        await Deletion.DeleteIfMatchAsync("finished", eTag);

        var left = await Storage.ReadAsync(["finished", "other"]);
        Assert.Equal(["other"], left.Keys);
    }

    [Fact]
    public async Task DeleteIfMatchAsync_KeyRewrittenSinceRead_ThrowsConcurrencyAndKeepsTheNewValue()
    {
        await Storage.WriteAsync(Changes(("busy", new PocoStoreItem { Count = 1 })));
        var stale = await ReadETagAsync("busy");
        await Storage.WriteAsync(Changes(("busy", new PocoStoreItem { Count = 2, ETag = stale })));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Deletion.DeleteIfMatchAsync("busy", stale));

        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(Storage, "busy")).Count);
    }

    [Fact]
    public async Task DeleteIfMatchAsync_KeyAlreadyGone_ThrowsConcurrency()
    {
        await Storage.WriteAsync(Changes(("gone", new PocoStoreItem { Count = 1 })));
        var eTag = await ReadETagAsync("gone");
        await Storage.DeleteAsync(["gone"]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Deletion.DeleteIfMatchAsync("gone", eTag));
    }

    [Fact]
    public async Task DeleteIfMatchAsync_RacingAConditionalWriteOnTheSameETag_ExactlyOneWins()
    {
        for (var round = 0; round < 8; round++)
        {
            var key = "contested-" + round;
            await Storage.WriteAsync(Changes((key, new PocoStoreItem { Count = 1 })));
            var eTag = await ReadETagAsync(key);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var delete = Task.Run(async () => { await start.Task; await Deletion.DeleteIfMatchAsync(key, eTag); });
            var write = Task.Run(async () => { await start.Task; await Storage.WriteAsync(Changes((key, new PocoStoreItem { Count = 2, ETag = eTag }))); });
            start.SetResult();

            var outcomes = await Task.WhenAll(Outcome(delete), Outcome(write));
            Assert.Equal(1, outcomes.Count(won => won));
            var stored = await Storage.ReadAsync([key]);
            Assert.Equal(outcomes[1], stored.ContainsKey(key));
        }

        static async Task<bool> Outcome(Task task)
        {
            try
            {
                await task;
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        }
    }
}
