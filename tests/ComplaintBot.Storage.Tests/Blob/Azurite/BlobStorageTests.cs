using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ComplaintBot.Storage.Blob;
using ComplaintBot.Storage.Tests.Contract;
using ComplaintBot.Storage.Tests.Sqlite;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>What is particular to Blob: names, blobs, containers and the service's own errors. The contract is tested elsewhere.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();
    private readonly List<BlobStorage> _created = [];

    private BlobContainerClient Container => azurite.ContainerClient(_containerName);

    public void Dispose()
    {
        foreach (var storage in _created)
        {
            storage.Dispose();
        }
    }

    [Fact]
    public async Task WriteAsync_CrazyKey_StoresOneUrlEncodedJsonBlobWithoutETag()
    {
        const string key = "!@#$%^&*()~/\\><,.?';\"`~";
        var sut = CreateSut();

        await sut.WriteAsync(Changes((key, new PocoStoreItem { Id = "1", ETag = "*" })));

        var blob = Assert.Single(await ListAsync());
        Assert.Equal("%21%40%23%24%25%5E%26%2A%28%29%7E%2F%5C%3E%3C%2C%2E%3F%27%3B%22%60%7E", blob.Name);
        Assert.Equal("application/json", blob.Properties.ContentType);
        var content = await Container.GetBlobClient(blob.Name).DownloadContentAsync();
        Assert.Equal("{\"Id\":\"1\",\"Count\":0}", content.Value.Content.ToString());
    }

    [Fact]
    public async Task ReadAsync_Always_ReportsTheBlobsOwnETag()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));

        var read = (JObject)(await sut.ReadAsync(["item"]))["item"];

        var properties = await Container.GetBlobClient("item").GetPropertiesAsync();
        Assert.Equal(properties.Value.ETag.ToString(), read.Value<string>(StorageJson.ETagProperty));
    }

    [Fact]
    public async Task WriteAsync_KeysThatLookLikePathSegments_StayDistinctBlobs()
    {
        string[] keys = [".", "..", "a/../b", "a/b", "a%2Fb", "/", "a/", "a."];
        var sut = CreateSut();

        await sut.WriteAsync(keys.Select((k, i) => (k, (object)new PocoItem { Count = i })).ToDictionary(c => c.k, c => c.Item2));

        Assert.Equal(keys.Length, (await ListAsync()).Count);
        var items = await sut.ReadAsync(keys);
        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(k => ((JObject)items[k]).ToObject<PocoItem>()!.Count));
    }

    [Fact]
    public async Task WriteAsync_KeyTooLongToEncode_IsStoredUnderHashedNameAndRoundTrips()
    {
        var key = "emulator/conversations/" + new string('投', 1000);
        var sut = CreateSut();

        await sut.WriteAsync(Changes((key, new PocoItem { Count = 7 })));

        var blob = Assert.Single(await ListAsync());
        Assert.Equal(BlobKeys.ToBlobName(key), blob.Name);
        Assert.InRange(blob.Name.Length, 1, BlobKeys.MaxBlobNameLength);
        Assert.StartsWith("emulator%2Fconversations%2F%E6%8A%95", blob.Name, StringComparison.Ordinal);
        Assert.Equal(7, ((JObject)(await sut.ReadAsync([key]))[key]).Value<int>("Count"));

        await sut.DeleteAsync([key]);

        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task WriteAsync_LongKeysSharingTheirStart_AreStoredApart()
    {
        var start = new string('投', StorageLimits.MaxKeyLength - 1);
        var sut = CreateSut();

        await sut.WriteAsync(Changes((start + "a", new PocoItem { Count = 1 }), (start + "b", new PocoItem { Count = 2 })));

        Assert.Equal(2, (await ListAsync()).Count);
        var items = await sut.ReadAsync([start + "a", start + "b"]);
        Assert.Equal(1, ((JObject)items[start + "a"]).Value<int>("Count"));
        Assert.Equal(2, ((JObject)items[start + "b"]).Value<int>("Count"));
    }

    [Fact]
    public async Task WriteAsync_StaleETagOfOneKey_ServiceRefusesWith412AsConcurrencyException()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));
        var first = await ReadAsync<PocoStoreItem>(sut, "item");
        await sut.WriteAsync(Changes(("item", new PocoStoreItem { Count = 2, ETag = first.ETag })));

        first.Count = 3;
        var ex = await Assert.ThrowsAsync<StorageConcurrencyException>(() => sut.WriteAsync(Changes(("item", first))));

        var inner = Assert.IsType<RequestFailedException>(ex.InnerException);
        Assert.Equal(412, inner.Status);
        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(sut, "item")).Count);
    }

    [Fact]
    public async Task WriteAsync_KeyCreatedJustBeforeACreateOnlyUpload_ServiceRefusesWith409AsConcurrencyException()
    {
        // No check precedes a single key's upload: If-None-Match: * alone must make the service refuse it.
        var sut = CreateSut();
        await sut.PingAsync();
        var creator = new BlobStorage(new BlobContainerClient(azurite.Azurite.ConnectionString, _containerName, InterceptingOptions("item", () =>
            Container.GetBlobClient("item").Upload(BinaryData.FromString("{\"Count\":99}")))));
        _created.Add(creator);

        var ex = await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            creator.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1, ETag = StorageETags.CreateOnly }))));

        var inner = Assert.IsType<RequestFailedException>(ex.InnerException);
        Assert.Equal(409, inner.Status);
        Assert.Equal(99, (await ReadAsync<PocoStoreItem>(sut, "item")).Count);
    }

    [Fact]
    public async Task WriteAsync_CreateOnlyAfterContainerDeleted_CreatesContainerAndKey()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("a", new PocoItem { Count = 1 })));
        await Container.DeleteAsync();

        await sut.WriteAsync(Changes(("a", new PocoStoreItem { Count = 2, ETag = StorageETags.CreateOnly })));

        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(sut, "a")).Count);
    }

    [Fact]
    public async Task WriteAsync_ETagOfDeletedKey_ThrowsConcurrencyAndDoesNotRecreateIt()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));
        var item = await ReadAsync<PocoStoreItem>(sut, "item");
        await sut.DeleteAsync(["item"]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => sut.WriteAsync(Changes(("item", item))));

        Assert.Empty(await sut.ReadAsync(["item"]));
    }

    [Fact]
    public async Task WriteAsync_KeyChangedBetweenCheckAndUpload_ThrowsConcurrencyWithEarlierKeysWritten()
    {
        // Documents the one gap of a batch without a transaction: a writer slipping in after the check.
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("a", new PocoStoreItem { Count = 1 }), ("b", new PocoStoreItem { Count = 1 })));
        var a = await ReadAsync<PocoStoreItem>(sut, "a");
        var b = await ReadAsync<PocoStoreItem>(sut, "b");
        var intruder = new BlobStorage(new BlobContainerClient(azurite.Azurite.ConnectionString, _containerName, InterceptingOptions("b", () =>
            Container.GetBlobClient("b").Upload(BinaryData.FromString("{\"Count\":99}"), overwrite: true))));
        _created.Add(intruder);
        a.Count = 2;
        b.Count = 2;

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => intruder.WriteAsync(Changes(("a", a), ("b", b))));

        Assert.Equal(2, (await ReadAsync<PocoStoreItem>(sut, "a")).Count);
        Assert.Equal(99, (await ReadAsync<PocoStoreItem>(sut, "b")).Count);
    }

    [Fact]
    public async Task PingAsync_MissingContainer_CreatesItOnce()
    {
        var logger = new RecordingLogger<BlobStorage>();
        var sut = CreateSut(logger);
        Assert.False((await Container.ExistsAsync()).Value);

        await sut.PingAsync();
        await sut.PingAsync();

        Assert.True((await Container.ExistsAsync()).Value);
        var created = Assert.Single(logger.Entries);
        Assert.Equal(2102, created.EventId.Id);
        Assert.Contains(_containerName, created.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAndDeleteAsync_MissingContainer_FindNothingAndCreateNothing()
    {
        var sut = CreateSut();

        Assert.Empty(await sut.ReadAsync(["a", "b"]));
        await sut.DeleteAsync(["a", "b"]);

        Assert.False((await Container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task WriteAsync_ContainerDeletedAfterFirstWrite_CreatesItAgain()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("a", new PocoItem { Count = 1 })));
        await Container.DeleteAsync();

        await sut.WriteAsync(Changes(("a", new PocoItem { Count = 2 })));

        Assert.Equal(2, (await ReadAsync<PocoItem>(sut, "a")).Count);
    }

    [Fact]
    public async Task DeleteAsync_BlobWithSnapshot_RemovesBlobAndSnapshots()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(("user", new PocoItem { Id = "13800000000" })));
        await Container.GetBlobClient("user").CreateSnapshotAsync();

        await sut.DeleteAsync(["user"]);

        Assert.Empty(await ListAsync(BlobStates.Snapshots));
    }

    [Fact]
    public async Task ReadAsync_ManyKeys_ReturnsEveryStoredKey()
    {
        var sut = CreateSut();
        var changes = Enumerable.Range(0, 40).ToDictionary(i => $"k{i}", i => (object)new PocoItem { Count = i });
        await sut.WriteAsync(changes);

        var items = await sut.ReadAsync([.. changes.Keys, "missing1", "missing2"]);

        Assert.Equal(changes.Count, items.Count);
        Assert.Equal(39, ((JObject)items["k39"]).Value<int>("Count"));
    }

    [Fact]
    public async Task WriteAsync_WrongAccountKey_ThrowsUnavailableWithoutRetryingOrLeakingTheKey()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 64).ToArray());
        var logger = new RecordingLogger<BlobStorage>();
        var sut = new BlobStorage(AzuriteFixture.TestOptions(azurite.Azurite.ConnectionStringWithKey(wrongKey), _containerName), logger);
        _created.Add(sut);

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.WriteAsync(Changes(("a", new PocoItem()))));

        Assert.Equal(403, Assert.IsType<RequestFailedException>(ex.InnerException).Status);
        Assert.Contains("403", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, ex.Message, StringComparison.Ordinal);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void Properties_ConnectionString_NameAccountAndContainer()
    {
        var sut = CreateSut();

        Assert.Equal(AzuriteProcess.AccountName, sut.AccountName);
        Assert.Equal(_containerName, sut.ContainerName);
    }

    private static Dictionary<string, object> Changes(params (string Key, object Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private static async Task<T> ReadAsync<T>(BlobStorage storage, string key) =>
        ((JObject)(await storage.ReadAsync([key]))[key]).ToObject<T>()!;

    private static BlobClientOptions InterceptingOptions(string blobName, Action beforeFirstUpload)
    {
        var options = new BlobClientOptions();
        options.AddPolicy(new BeforeUploadPolicy(blobName, beforeFirstUpload), Azure.Core.HttpPipelinePosition.PerCall);
        return options;
    }

    private async Task<List<BlobItem>> ListAsync(BlobStates states = BlobStates.None)
    {
        var blobs = new List<BlobItem>();
        await foreach (var blob in Container.GetBlobsAsync(new GetBlobsOptions { States = states }))
        {
            blobs.Add(blob);
        }

        return blobs;
    }

    private BlobStorage CreateSut(RecordingLogger<BlobStorage>? logger = null)
    {
        var storage = azurite.CreateStorage(_containerName, logger);
        _created.Add(storage);
        return storage;
    }
}
