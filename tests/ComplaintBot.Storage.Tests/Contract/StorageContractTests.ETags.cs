using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>Our ETag, batch and copy rules beyond the SDK scenarios.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task WriteAsync_ConditionalWriteOnAbsentKey_ThrowsConcurrencyAndWritesNothing()
    {
        Task Write() => Storage.WriteAsync(Changes(("absent", new PocoStoreItem { Count = 1, ETag = "42" })));

        await Assert.ThrowsAsync<StorageConcurrencyException>(Write);
        Assert.Empty(await Storage.ReadAsync(["absent"]));
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConcurrencyException()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));
        var first = await ReadAsync<PocoStoreItem>(Storage, "item");
        await Storage.WriteAsync(Changes(("item", first)));

        Task WriteStale() => Storage.WriteAsync(Changes(("item", first)));

        var ex = await Assert.ThrowsAsync<StorageConcurrencyException>(WriteStale);
        Assert.Contains("item", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_EmptyETagOverExistingItem_Overwrites()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));

        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 2, ETag = string.Empty })));
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 3, ETag = null })));

        Assert.Equal(3, (await ReadAsync<PocoStoreItem>(Storage, "item")).Count);
    }

    [Fact]
    public async Task WriteAsync_EveryAcceptedWrite_GetsNewETag()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await Storage.WriteAsync(Changes(("poco", new PocoItem { Count = 1 }), ("item", new PocoStoreItem { Count = 1 })));
        Assert.True(seen.Add(await ReadETagAsync("item")));
        var pocoETag = await ReadETagAsync("poco");

        await Storage.WriteAsync(Changes(("poco", new PocoItem { Count = 2 })));
        Assert.NotEqual(pocoETag, await ReadETagAsync("poco"));

        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 2, ETag = "*" })));
        Assert.True(seen.Add(await ReadETagAsync("item")));

        var current = await ReadAsync<PocoStoreItem>(Storage, "item");
        await Storage.WriteAsync(Changes(("item", current)));
        Assert.True(seen.Add(await ReadETagAsync("item")));
    }

    [Fact]
    public async Task ReadAsync_StoreItemWrittenWithETagProperty_CarriesOnlyTheStoredETag()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1, ETag = "*" })));

        var obj = (JObject)(await Storage.ReadAsync(["item"]))["item"];

        var eTag = Assert.Single(obj.Properties(), p => string.Equals(p.Name, StorageJson.ETagProperty, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(StorageJson.ETagProperty, eTag.Name);
        Assert.NotEqual("*", eTag.Value.Value<string>());
    }

    [Fact]
    public async Task WriteAsync_BatchWithOneStaleETag_WritesNothing()
    {
        await Storage.WriteAsync(Changes(("poco", new PocoItem { Count = 1 }), ("item", new PocoStoreItem { Count = 1 })));
        var itemETag = await ReadETagAsync("item");
        var pocoETag = await ReadETagAsync("poco");

        // The stale entry comes last, so a provider that writes entry by entry has already applied the others.
        Task WriteBatch() => Storage.WriteAsync(Changes(
            ("new", new PocoItem { Count = 7 }),
            ("poco", new PocoItem { Count = 8 }),
            ("item", new PocoStoreItem { Count = 9, ETag = "stale" })));

        await Assert.ThrowsAsync<StorageConcurrencyException>(WriteBatch);
        Assert.Empty(await Storage.ReadAsync(["new"]));
        Assert.Equal(1, (await ReadAsync<PocoItem>(Storage, "poco")).Count);
        Assert.Equal(1, (await ReadAsync<PocoStoreItem>(Storage, "item")).Count);
        Assert.Equal(pocoETag, await ReadETagAsync("poco"));
        Assert.Equal(itemETag, await ReadETagAsync("item"));
    }

    [Fact]
    public async Task ReadAsync_MutatingResult_DoesNotChangeStorage()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));
        var first = (JObject)(await Storage.ReadAsync(["item"]))["item"];
        var eTag = first.Value<string>(StorageJson.ETagProperty);

        first["Count"] = 999;
        first[StorageJson.ETagProperty] = "tampered";

        var second = (JObject)(await Storage.ReadAsync(["item"]))["item"];
        Assert.NotSame(first, second);
        Assert.Equal(1, second.Value<int>("Count"));
        Assert.Equal(eTag, second.Value<string>(StorageJson.ETagProperty));
    }

    [Fact]
    public async Task WriteAsync_MutatingWrittenInstanceAfterwards_DoesNotChangeStorage()
    {
        var poco = new PocoItem { Count = 1 };
        await Storage.WriteAsync(Changes(("poco", poco)));

        poco.Count = 999;

        Assert.Equal(1, (await ReadAsync<PocoItem>(Storage, "poco")).Count);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentConditionalWritesOfOneKey_ExactlyOneWinsPerRound()
    {
        const int contenders = 6;
        await Storage.WriteAsync(Changes(("race", new PocoStoreItem { Count = 0 })));

        for (var round = 1; round <= 5; round++)
        {
            var eTag = await ReadETagAsync("race");
            var baseCount = round * 100;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, contenders).Select(i => Task.Run(async () =>
            {
                try
                {
                    await Storage.WriteAsync(Changes(("race", new PocoStoreItem { Count = baseCount + i, ETag = eTag })));
                    return (Index: i, Won: true);
                }
                catch (StorageConcurrencyException)
                {
                    return (Index: i, Won: false);
                }
            })));

            var winner = Assert.Single(outcomes, o => o.Won);
            Assert.Equal(baseCount + winner.Index, (await ReadAsync<PocoStoreItem>(Storage, "race")).Count);
        }
    }

    [Fact]
    public async Task WriteAsync_NonObjectValues_RoundTripAsJsonTokens()
    {
        await Storage.WriteAsync(Changes(("text", "你好，淘宝"), ("list", new[] { 1, 2, 3 })));

        var items = await Storage.ReadAsync(["text", "list"]);

        Assert.Equal("你好，淘宝", ((JToken)items["text"]).Value<string>());
        Assert.Equal([1, 2, 3], ((JToken)items["list"]).ToObject<int[]>()!);
    }

    [Fact]
    public async Task WriteAsync_ChineseAndEmojiKeyAndValue_RoundTrip()
    {
        const string key = "emulator/conversations/投诉-😀|a:b;c@d";
        await Storage.WriteAsync(Changes((key, new PocoItem { Id = "订单号 1234 🛒 \u0001 \"quoted\" \\ back" })));

        Assert.Equal("订单号 1234 🛒 \u0001 \"quoted\" \\ back", (await ReadAsync<PocoItem>(Storage, key)).Id);
    }

    [Fact]
    public async Task ReadAsync_DuplicateAndMissingKeys_ReturnsEachStoredKeyOnce()
    {
        await Storage.WriteAsync(Changes(("a", new PocoItem { Count = 1 })));

        var items = await Storage.ReadAsync(["a", "missing", "a"]);

        Assert.Equal("a", Assert.Single(items).Key);
    }

    [Fact]
    public async Task ReadAsync_KeysDifferingOnlyInCase_AreDistinct()
    {
        await Storage.WriteAsync(Changes(("Key", new PocoItem { Count = 1 }), ("key", new PocoItem { Count = 2 })));

        Assert.Equal(1, (await ReadAsync<PocoItem>(Storage, "Key")).Count);
        Assert.Equal(2, (await ReadAsync<PocoItem>(Storage, "key")).Count);
        Assert.Empty(await Storage.ReadAsync(["KEY"]));
    }

    private async Task<string> ReadETagAsync(string key)
    {
        var obj = (JObject)(await Storage.ReadAsync([key]))[key];
        var eTag = obj.Value<string>(StorageJson.ETagProperty);
        Assert.False(string.IsNullOrEmpty(eTag));
        return eTag!;
    }
}
