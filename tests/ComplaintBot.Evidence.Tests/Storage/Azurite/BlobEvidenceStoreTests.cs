using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ComplaintBot.Evidence.Storage;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Evidence.Tests.Storage.Azurite;

[Collection(EvidenceAzuriteCollection.Name)]
public sealed class BlobEvidenceStoreTests(EvidenceAzuriteFixture fixture) : EvidenceStoreContract
{
    private readonly string containerName = EvidenceAzuriteFixture.NewContainerName();

    [Fact]
    public async Task SaveAsync_Content_ReadsBackTheSameBytesAndHash()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        var read = await ReadAllAsync(store, "A", sha);
        Assert.Equal(bytes, read);
        Assert.Equal(sha, TestFiles.Sha256(read!));
        Assert.Equal([sha], await store.ListAsync("A", CancellationToken.None));
        Assert.Equal(bytes, (await Container.GetBlobClient("objects/" + sha).DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task SaveAsync_ContentLargerThanOneBlock_StoredUnchanged()
    {
        var store = NewStore();
        var bytes = TestFiles.Pdf((BlobEvidenceStore.BlockSize * 2) + 12_345);
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new NonSeekableStream(bytes), CancellationToken.None);

        Assert.Equal(bytes, await ReadAllAsync(store, "A", sha));
    }

    [Fact]
    public async Task SaveAsync_SameContentFromTwoComplaints_StoredOnce()
    {
        var store = NewStore();
        var bytes = TestFiles.Png();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.SaveAsync("B", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(["objects/" + sha], await NamesAsync("objects/"));
        Assert.Equal([sha], await store.ListAsync("A", CancellationToken.None));
        Assert.Equal([sha], await store.ListAsync("B", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ContentNotMatchingTheHash_WritesNoBlob()
    {
        var store = NewStore();
        var sha = TestFiles.Sha256(TestFiles.Png());

        await Assert.ThrowsAsync<InvalidDataException>(() => store.SaveAsync("A", sha, new MemoryStream(TestFiles.Jpeg()), CancellationToken.None));

        Assert.False(await Container.GetBlobClient("objects/" + sha).ExistsAsync());
        Assert.Empty(await NamesAsync(prefix: null));
        Assert.Empty(await store.ListAsync("A", CancellationToken.None));
        Assert.Null(await store.OpenReadAsync("A", sha, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ContentNotMatchingTheHashOfStoredContent_KeepsTheStoredBytes()
    {
        var store = NewStore();
        var bytes = TestFiles.Png();
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.DeleteAsync("A", CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDataException>(() => store.SaveAsync("B", sha, new MemoryStream(TestFiles.Jpeg()), CancellationToken.None));

        Assert.Empty(await NamesAsync(prefix: null));
    }

    [Fact]
    public async Task DeleteAsync_SaveOfAnotherComplaintInProgress_KeepsTheContent()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg(seed: 10);
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        // Another instance saving the same content for B has written its ref marker but not yet its complaint marker.
        await Container.GetBlobClient($"refs/{sha}/{EvidenceHashes.ComplaintKey("B")}").UploadAsync(BinaryData.Empty);
        await store.DeleteAsync("A", CancellationToken.None);

        Assert.True(await Container.GetBlobClient("objects/" + sha).ExistsAsync());
    }

    [Fact]
    public async Task SaveAsync_AfterTheContentWasDeleted_UploadsItAgain()
    {
        var store = NewStore();
        var bytes = TestFiles.Png(seed: 11);
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.DeleteAsync("A", CancellationToken.None);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(bytes, await ReadAllAsync(store, "A", sha));
    }

    [Fact]
    public async Task ListAsync_ContainerNotCreatedYet_ReturnsEmpty()
    {
        var store = NewStore();

        Assert.Empty(await store.ListAsync("A", CancellationToken.None));
        await store.DeleteAsync("A", CancellationToken.None);
        Assert.False(await Container.ExistsAsync());
    }

    [Fact]
    public async Task AddComplaintEvidence_BlobProvider_StoresInTheConfiguredContainer()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Evidence:Provider"] = "blob",
            ["Evidence:Blob:ConnectionString"] = fixture.Azurite.ConnectionString,
            ["Evidence:Blob:Container"] = containerName,
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddComplaintEvidence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Path.GetTempPath());
        await using var provider = services.BuildServiceProvider();
        var bytes = TestFiles.Text;

        var store = Assert.IsType<BlobEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());
        await store.SaveAsync("A", TestFiles.Sha256(bytes), new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(containerName, store.ContainerName);
        Assert.True(await Container.GetBlobClient("objects/" + TestFiles.Sha256(bytes)).ExistsAsync());
    }

    private BlobContainerClient Container => fixture.ContainerClient(containerName);

    protected override IEvidenceStore CreateStore() => fixture.CreateStore(containerName);

    protected override async Task<bool> HoldsContentAsync(string sha256) => await Container.GetBlobClient("objects/" + sha256).ExistsAsync();

    protected override async Task AssertNothingLeftAsync() => Assert.Empty(await NamesAsync(prefix: null));

    private async Task<List<string>> NamesAsync(string? prefix)
    {
        var names = new List<string>();
        if (!await Container.ExistsAsync())
        {
            return names;
        }

        await foreach (var item in Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, CancellationToken.None))
        {
            names.Add(item.Name);
        }

        return names;
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
