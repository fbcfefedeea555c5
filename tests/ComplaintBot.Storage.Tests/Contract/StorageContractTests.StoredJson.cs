using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>Reading a value as its stored text (<see cref="IStoredJsonReader"/>) agrees with reading it as a token.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task ReadJsonAsync_StoredValue_SameContentAndETagAsReadAsync()
    {
        var reader = Assert.IsAssignableFrom<IStoredJsonReader>(Storage);
        var value = new Dictionary<string, object>
        {
            ["Draft"] = new { Shop = "暖禾家电旗舰店", Amount = 129.5m, Lines = new[] { "漏水", "quote \" and \\ slash" } },
            ["Greeted"] = true,
        };
        await Storage.WriteAsync(Changes(("conv/1", value)));

        var stored = await reader.ReadJsonAsync("conv/1");
        var token = Assert.IsType<JObject>((await Storage.ReadAsync(["conv/1"]))["conv/1"]);

        Assert.NotNull(stored);
        Assert.Equal(token[StorageJson.ETagProperty]!.Value<string>(), stored.ETag);
        token.Remove(StorageJson.ETagProperty);
        Assert.True(JToken.DeepEquals(token, JObject.Parse(stored.Json)), stored.Json);
        Assert.DoesNotContain("\"eTag\"", stored.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadJsonAsync_AfterAnotherWrite_ReportsTheNewETag()
    {
        var reader = Assert.IsAssignableFrom<IStoredJsonReader>(Storage);
        await Storage.WriteAsync(Changes(("conv/2", new Dictionary<string, object> { ["Step"] = 1 })));
        var first = await reader.ReadJsonAsync("conv/2");
        await Storage.WriteAsync(Changes(("conv/2", new Dictionary<string, object> { ["Step"] = 2 })));

        var second = await reader.ReadJsonAsync("conv/2");

        Assert.NotEqual(first!.ETag, second!.ETag);
        Assert.Equal(2, JObject.Parse(second.Json)["Step"]!.Value<int>());
    }

    [Fact]
    public async Task WriteAsync_SerializedStoreItem_StoredAsItsTextWithItsCondition()
    {
        var reader = Assert.IsAssignableFrom<IStoredJsonReader>(Storage);
        var json = StorageJson.Serialize(new Dictionary<string, object> { ["Step"] = "order.item", ["Note"] = "“引号” \\ 水壶" });

        await Storage.WriteAsync(Changes(("conv/3", new SerializedStoreItem(json, StorageETags.CreateOnly))));
        var stored = await reader.ReadJsonAsync("conv/3");

        Assert.Equal(json, stored!.Json);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(Changes(("conv/3", new SerializedStoreItem(json, StorageETags.CreateOnly)))));
        await Storage.WriteAsync(Changes(("conv/3", new SerializedStoreItem("{\"Step\":\"done\"}", stored.ETag))));
        Assert.Equal("{\"Step\":\"done\"}", (await reader.ReadJsonAsync("conv/3"))!.Json);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(Changes(("conv/3", new SerializedStoreItem(json, stored.ETag)))));
    }

    [Fact]
    public async Task WriteAsync_SerializedStoreItem_ReportsTheETagTheWriteStoredItWith()
    {
        var reader = Assert.IsAssignableFrom<IStoredJsonReader>(Storage);
        var created = new SerializedStoreItem("{\"Step\":1}", StorageETags.CreateOnly);
        var plain = new SerializedStoreItem("{\"Other\":true}", null);

        await Storage.WriteAsync(Changes(("conv/4", created), ("conv/5", plain)));
        var afterCreate = await reader.ReadJsonAsync("conv/4");
        var updated = new SerializedStoreItem("{\"Step\":2}", created.WrittenETag);
        await Storage.WriteAsync(Changes(("conv/4", updated)));

        Assert.Equal(afterCreate!.ETag, created.WrittenETag);
        Assert.Equal((await reader.ReadJsonAsync("conv/5"))!.ETag, plain.WrittenETag);
        Assert.Equal((await reader.ReadJsonAsync("conv/4"))!.ETag, updated.WrittenETag);
        Assert.NotEqual(created.WrittenETag, updated.WrittenETag);

        // A write that fails its condition reports nothing.
        var stale = new SerializedStoreItem("{\"Step\":3}", created.WrittenETag);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(Changes(("conv/4", stale))));
        Assert.Null(stale.WrittenETag);
    }

    [Fact]
    public async Task ReadJsonAsync_UnknownKey_ReturnsNull()
    {
        var reader = Assert.IsAssignableFrom<IStoredJsonReader>(Storage);

        Assert.Null(await reader.ReadJsonAsync("conv/absent"));
    }

    [Fact]
    public async Task ReadJsonAsync_InvalidKey_Refused()
    {
        var reader = Assert.IsAssignableFrom<IStoredJsonReader>(Storage);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => reader.ReadJsonAsync(new string('k', 100_000)));
    }
}
