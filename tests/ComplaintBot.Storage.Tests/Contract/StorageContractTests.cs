using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>
/// The IStorage contract every provider passes: the Bot Framework storage scenarios (botbuilder-dotnet
/// StorageBaseTests and botbuilder-js storageBaseTests) plus our own ETag, batch, copy, concurrency, limit and
/// bot-state rules. A provider joins with one derived class that implements <see cref="CreateStorage"/>.
/// </summary>
public abstract partial class StorageContractTests : IDisposable
{
    private readonly List<IStorage> _created = [];
    private readonly Lock _gate = new();
    private IStorage? _storage;

    /// <summary>Gets the storage under test: created on first use, empty, private to the running test.</summary>
    /// <remarks>Racing tests first reach it from many threads at once, and they must all get the same one.</remarks>
    protected IStorage Storage
    {
        get
        {
            lock (_gate)
            {
                return _storage ??= Track(CreateStorage());
            }
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates a new, empty storage that no other test can see.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>Registers a storage to be disposed (if disposable) when the test ends.</summary>
    protected IStorage Track(IStorage storage)
    {
        lock (_gate)
        {
            _created.Add(storage);
        }

        return storage;
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var storage in _created)
            {
                (storage as IDisposable)?.Dispose();
            }
        }
    }

    protected static Dictionary<string, object> Changes(params (string Key, object Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    protected static async Task<T> ReadAsync<T>(IStorage storage, string key)
    {
        var items = await storage.ReadAsync([key]);
        Assert.True(items.TryGetValue(key, out var value), $"Key '{key}' was not found.");
        var token = Assert.IsAssignableFrom<JToken>(value);
        return token.ToObject<T>()!;
    }

    // Scenario 1: ReadUnknown.
    [Fact]
    public async Task ReadAsync_UnknownKey_ReturnsEmptyDictionary()
    {
        var items = await Storage.ReadAsync(["unknown"]);

        Assert.NotNull(items);
        Assert.Empty(items);
    }

    // Scenario 2: CreateObject.
    [Fact]
    public async Task WriteAsync_PocoAndStoreItem_ReadBackWithValuesAndStoreItemETag()
    {
        await Storage.WriteAsync(Changes(
            ("createPoco", new PocoItem { Id = "1" }),
            ("createPocoStoreItem", new PocoStoreItem { Id = "2" })));

        var items = await Storage.ReadAsync(["createPoco", "createPocoStoreItem"]);

        Assert.Equal("1", Assert.IsType<JObject>(items["createPoco"]).ToObject<PocoItem>()!.Id);
        var storeItem = Assert.IsType<JObject>(items["createPocoStoreItem"]).ToObject<PocoStoreItem>()!;
        Assert.Equal("2", storeItem.Id);
        Assert.False(string.IsNullOrEmpty(storeItem.ETag));
    }

    // Scenario 3: HandleCrazyKeys.
    [Fact]
    public async Task WriteAsync_CrazyKey_RoundTripsUnchanged()
    {
        const string key = "!@#$%^&*()~/\\><,.?';\"`~";
        await Storage.WriteAsync(Changes((key, new PocoItem { Id = "1" })));

        var items = await Storage.ReadAsync([key]);

        Assert.Equal(key, Assert.Single(items).Key);
        Assert.Equal("1", ((JObject)items[key]).ToObject<PocoItem>()!.Id);
    }

    // Scenario 4: UpdateObject.
    [Fact]
    public async Task WriteAsync_UpdateSequence_FollowsETagRules()
    {
        await Storage.WriteAsync(Changes(
            ("pocoItem", new PocoItem { Id = "1", Count = 1 }),
            ("pocoStoreItem", new PocoStoreItem { Id = "1", Count = 1 })));
        var poco = await ReadAsync<PocoItem>(Storage, "pocoItem");
        var storeItem = await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem");
        Assert.NotNull(storeItem.ETag);

        poco.Count++;
        storeItem.Count++;
        await Storage.WriteAsync(Changes(("pocoItem", poco), ("pocoStoreItem", storeItem)));
        var reloadedStoreItem = await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem");
        Assert.Equal(2, (await ReadAsync<PocoItem>(Storage, "pocoItem")).Count);
        Assert.Equal(2, reloadedStoreItem.Count);
        Assert.NotEqual(storeItem.ETag, reloadedStoreItem.ETag);

        poco.Count = 123;
        await Storage.WriteAsync(Changes(("pocoItem", poco)));
        storeItem.Count = 123;
        await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(Changes(("pocoStoreItem", storeItem))));
        Assert.Equal(123, (await ReadAsync<PocoItem>(Storage, "pocoItem")).Count);
        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem")).Count);

        var poco2 = await ReadAsync<PocoItem>(Storage, "pocoItem");
        var storeItem2 = await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem");
        poco2.Count = 100;
        storeItem2.Count = 100;
        storeItem2.ETag = "*";
        await Storage.WriteAsync(Changes(("pocoItem", poco2), ("pocoStoreItem", storeItem2)));
        Assert.Equal(100, (await ReadAsync<PocoItem>(Storage, "pocoItem")).Count);
        Assert.Equal(100, (await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem")).Count);

        // The SDK leaves the outcome of an empty ETag open; the values are the same either way.
        var storeItem3 = await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem");
        storeItem3.ETag = string.Empty;
        try
        {
            await Storage.WriteAsync(Changes(("pocoStoreItem", storeItem3)));
        }
        catch (InvalidOperationException)
        {
        }

        Assert.Equal(100, (await ReadAsync<PocoItem>(Storage, "pocoItem")).Count);
        Assert.Equal(100, (await ReadAsync<PocoStoreItem>(Storage, "pocoStoreItem")).Count);
    }

    // Scenario 5: DeleteObject.
    [Fact]
    public async Task DeleteAsync_ExistingKey_RemovesIt()
    {
        await Storage.WriteAsync(Changes(("delete1", new PocoStoreItem { Id = "1", Count = 1 })));
        Assert.False(string.IsNullOrEmpty((await ReadAsync<PocoStoreItem>(Storage, "delete1")).ETag));

        await Storage.DeleteAsync(["delete1"]);

        Assert.Empty(await Storage.ReadAsync(["delete1"]));
    }

    // Scenario 6: DeleteUnknownObject.
    [Fact]
    public async Task DeleteAsync_UnknownKey_DoesNotThrow()
    {
        await Storage.DeleteAsync(["unknown_key"]);

        Assert.Empty(await Storage.ReadAsync(["unknown_key"]));
    }

    // Scenario 7: BatchCreateObject. Plain objects are last-writer-wins, so every parallel write succeeds.
    [Fact]
    public async Task WriteAsync_ParallelPocoWritesOfOneKey_AllSucceedAndOneValueRemains()
    {
        var writes = Enumerable.Range(0, 3)
            .Select(i => Task.Run(() => Storage.WriteAsync(Changes(("createPoco", new PocoItem { Id = "1", Count = i })))));

        await Task.WhenAll(writes);

        var stored = await ReadAsync<PocoItem>(Storage, "createPoco");
        Assert.Equal("1", stored.Id);
        Assert.InRange(stored.Count, 0, 2);
    }

    // Scenario 9: handleNullKeysWhenReading / Writing.
    [Fact]
    public async Task ReadAsync_NullKeys_ThrowsArgumentNull() =>
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.ReadAsync(null!));

    [Fact]
    public async Task WriteAsync_NullChanges_ThrowsArgumentNull() =>
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(null!));

    [Fact]
    public async Task DeleteAsync_NullKeys_ThrowsArgumentNull() =>
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.DeleteAsync(null!));

    // Scenario 10: doesNotThrowWhenWritingNoItems.
    [Fact]
    public async Task WriteAsync_NoChanges_IsNoOp()
    {
        await Storage.WriteAsync(new Dictionary<string, object>());

        Assert.Empty(await Storage.ReadAsync(["anything"]));
    }

    // Scenario 11: performBatchOperations.
    [Fact]
    public async Task WriteReadDelete_ThreeKeysAtOnce_ActOnAllThree()
    {
        string[] keys = ["batch1", "batch2", "batch3"];
        await Storage.WriteAsync(Changes(
            ("batch1", new PocoStoreItem { Count = 10 }),
            ("batch2", new PocoStoreItem { Count = 20 }),
            ("batch3", new PocoStoreItem { Count = 30 })));

        var items = await Storage.ReadAsync(keys);

        Assert.Equal(keys, items.Keys.Order(StringComparer.Ordinal));
        Assert.All(items.Values, v => Assert.False(string.IsNullOrEmpty(((JObject)v).ToObject<PocoStoreItem>()!.ETag)));
        Assert.Equal([10, 20, 30], keys.Select(k => ((JObject)items[k]).ToObject<PocoStoreItem>()!.Count));

        await Storage.DeleteAsync(keys);

        Assert.Empty(await Storage.ReadAsync(keys));
    }
}
