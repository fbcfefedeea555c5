using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>Create-only writes (<see cref="StorageETags.CreateOnly"/>): a key is created once, never overwritten.</summary>
public abstract partial class StorageContractTests
{
    private const int RacingCreators = 16;

    [Fact]
    public async Task WriteAsync_CreateOnlyOnAbsentKey_CreatesItWithARealETag()
    {
        await Storage.WriteAsync(Changes(("new", new PocoStoreItem { Id = "created", Count = 1, ETag = StorageETags.CreateOnly })));

        var stored = await ReadAsync<PocoStoreItem>(Storage, "new");
        Assert.Equal("created", stored.Id);
        Assert.Equal(1, stored.Count);
        Assert.False(string.IsNullOrEmpty(stored.ETag));
        Assert.NotEqual(StorageETags.CreateOnly, stored.ETag);
        Assert.NotEqual("*", stored.ETag);
    }

    [Fact]
    public async Task WriteAsync_CreateOnlyOnExistingKey_ThrowsConcurrencyAndLeavesValueAndETag()
    {
        await Storage.WriteAsync(Changes(("taken", new PocoStoreItem { Count = 1 })));
        var eTag = await ReadETagAsync("taken");

        Task Create() => Storage.WriteAsync(Changes(("taken", new PocoStoreItem { Count = 2, ETag = StorageETags.CreateOnly })));

        var ex = await Assert.ThrowsAsync<StorageConcurrencyException>(Create);
        Assert.Contains("taken", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await ReadAsync<PocoStoreItem>(Storage, "taken")).Count);
        Assert.Equal(eTag, await ReadETagAsync("taken"));
    }

    [Fact]
    public async Task WriteAsync_CreateOnlyOverPlainObject_ThrowsConcurrency()
    {
        await Storage.WriteAsync(Changes(("poco", new PocoItem { Count = 1 })));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            Storage.WriteAsync(Changes(("poco", new PocoStoreItem { Count = 2, ETag = StorageETags.CreateOnly }))));

        Assert.Equal(1, (await ReadAsync<PocoItem>(Storage, "poco")).Count);
    }

    [Fact]
    public async Task WriteAsync_ManyRacingCreateOnlyWriters_ExactlyOneWinsAndItsValueIsStored()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var creators = Enumerable.Range(0, RacingCreators).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await Storage.WriteAsync(Changes(("race", new PocoStoreItem { Count = i, ETag = StorageETags.CreateOnly })));
                return (Index: i, Won: true);
            }
            catch (StorageConcurrencyException)
            {
                return (Index: i, Won: false);
            }
        })).ToList();

        start.SetResult();
        var outcomes = await Task.WhenAll(creators);

        var winner = Assert.Single(outcomes, o => o.Won);
        Assert.Equal(winner.Index, (await ReadAsync<PocoStoreItem>(Storage, "race")).Count);
    }

    [Fact]
    public async Task WriteAsync_CreateOnlyAfterDelete_CreatesTheKeyAgain()
    {
        await Storage.WriteAsync(Changes(("again", new PocoStoreItem { Count = 1, ETag = StorageETags.CreateOnly })));
        var firstETag = await ReadETagAsync("again");
        await Storage.DeleteAsync(["again"]);

        await Storage.WriteAsync(Changes(("again", new PocoStoreItem { Count = 2, ETag = StorageETags.CreateOnly })));

        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(Storage, "again")).Count);
        Assert.NotEqual(firstETag, await ReadETagAsync("again"));
    }

    [Fact]
    public async Task WriteAsync_StoredItemReadBackWithItsETag_CanBeUpdatedButNotCreatedAgain()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1, ETag = StorageETags.CreateOnly })));
        var read = await ReadAsync<PocoStoreItem>(Storage, "item");

        read.Count = 2;
        await Storage.WriteAsync(Changes(("item", read)));

        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(Storage, "item")).Count);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 3, ETag = StorageETags.CreateOnly }))));
    }

    [Fact]
    public async Task WriteAsync_BatchOfCreateOnlyOverwriteAndConditionalItems_WritesAllWhenEveryConditionHolds()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));
        var item = await ReadAsync<PocoStoreItem>(Storage, "item");
        item.Count = 2;

        await Storage.WriteAsync(Changes(
            ("poco", new PocoItem { Count = 2 }),
            ("item", item),
            ("new", new PocoStoreItem { Count = 2, ETag = StorageETags.CreateOnly })));

        var items = await Storage.ReadAsync(["poco", "item", "new"]);
        Assert.Equal([2, 2, 2], new[] { "poco", "item", "new" }.Select(k => ((JObject)items[k]).Value<int>("Count")));
    }

    [Fact]
    public async Task WriteAsync_BatchWithOneCreateOnlyKeyAlreadyTaken_WritesNothing()
    {
        // Every provider's documented batch rule covers a condition already broken when the call starts: nothing is written.
        await Storage.WriteAsync(Changes(("poco", new PocoItem { Count = 1 }), ("taken", new PocoStoreItem { Count = 1 })));
        var pocoETag = await ReadETagAsync("poco");
        var takenETag = await ReadETagAsync("taken");

        // The taken key comes last, so a provider that writes entry by entry has already applied the others.
        Task WriteBatch() => Storage.WriteAsync(Changes(
            ("new", new PocoItem { Count = 7 }),
            ("alsoNew", new PocoStoreItem { Count = 7, ETag = StorageETags.CreateOnly }),
            ("poco", new PocoItem { Count = 8 }),
            ("taken", new PocoStoreItem { Count = 9, ETag = StorageETags.CreateOnly })));

        await Assert.ThrowsAsync<StorageConcurrencyException>(WriteBatch);
        Assert.Empty(await Storage.ReadAsync(["new", "alsoNew"]));
        Assert.Equal(1, (await ReadAsync<PocoItem>(Storage, "poco")).Count);
        Assert.Equal(1, (await ReadAsync<PocoStoreItem>(Storage, "taken")).Count);
        Assert.Equal(pocoETag, await ReadETagAsync("poco"));
        Assert.Equal(takenETag, await ReadETagAsync("taken"));
    }
}
