using ComplaintBot.Evidence.Storage;
using ComplaintBot.Evidence.Tests.Infrastructure;

namespace ComplaintBot.Evidence.Tests.Storage;

/// <summary>What every <see cref="IEvidenceStore"/> must do; one subclass per provider.</summary>
public abstract class EvidenceStoreContract : IDisposable
{
    private readonly List<IEvidenceStore> stores = [];

    /// <summary>Gets a fresh folder for stores on the local disk; removed with the test.</summary>
    protected string Root { get; } = Path.Combine(Path.GetTempPath(), "complaintbot-store-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task SaveAsync_Content_ReadBackUnchanged()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(bytes, await ReadAllAsync(store, "A", sha));
        Assert.True(await HoldsContentAsync(sha));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(262_144)]
    [InlineData(262_145)]
    [InlineData(700_001)]
    public async Task SaveAsync_ContentOfAnySize_ReadBackUnchanged(int size)
    {
        var store = NewStore();
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var sha = TestFiles.Sha256(bytes);

        // A stream that hands out a few bytes per read, as a network copy would.
        await store.SaveAsync("A", sha, new TrickleStream(bytes, 7_001), CancellationToken.None);

        Assert.Equal(bytes, await ReadAllAsync(store, "A", sha));
    }

    [Fact]
    public async Task SaveAsync_ContentNotMatchingTheHash_ThrowsAndKeepsNothing()
    {
        var store = NewStore();
        var sha = TestFiles.Sha256(TestFiles.Png());

        await Assert.ThrowsAsync<InvalidDataException>(() => store.SaveAsync("A", sha, new MemoryStream(TestFiles.Jpeg(600_000)), CancellationToken.None));

        Assert.Empty(await store.ListAsync("A", CancellationToken.None));
        Assert.Null(await store.OpenReadAsync("A", sha, CancellationToken.None));
        Assert.False(await HoldsContentAsync(sha));
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    public async Task SaveAsync_NameThatIsNotALowercaseSha256_Rejected(string sha)
    {
        var store = NewStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("A", sha, new MemoryStream([1]), CancellationToken.None));
    }

    [Fact]
    public async Task OpenReadAsync_ContentOnlyAnotherComplaintHolds_Null()
    {
        var store = NewStore();
        var bytes = TestFiles.Png(seed: 5);
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Null(await store.OpenReadAsync("B", sha, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_SharedContent_StaysForTheOtherComplaint()
    {
        var store = NewStore();
        var shared = TestFiles.Jpeg(seed: 7);
        var own = TestFiles.Png(seed: 8);
        await store.SaveAsync("A", TestFiles.Sha256(shared), new MemoryStream(shared), CancellationToken.None);
        await store.SaveAsync("A", TestFiles.Sha256(own), new MemoryStream(own), CancellationToken.None);
        await store.SaveAsync("B", TestFiles.Sha256(shared), new MemoryStream(shared), CancellationToken.None);

        await store.DeleteAsync("A", CancellationToken.None);

        Assert.Empty(await store.ListAsync("A", CancellationToken.None));
        Assert.Null(await store.OpenReadAsync("A", TestFiles.Sha256(shared), CancellationToken.None));
        Assert.Equal(shared, await ReadAllAsync(store, "B", TestFiles.Sha256(shared)));
        Assert.False(await HoldsContentAsync(TestFiles.Sha256(own)));
    }

    [Fact]
    public async Task DeleteAsync_LastOwner_RemovesTheContentAndLeavesNothingBehind()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg(seed: 9);
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.SaveAsync("B", sha, new MemoryStream(bytes), CancellationToken.None);

        await store.DeleteAsync("A", CancellationToken.None);
        Assert.True(await HoldsContentAsync(sha));
        await store.DeleteAsync("B", CancellationToken.None);

        Assert.False(await HoldsContentAsync(sha));
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task DeleteAsync_UnknownComplaint_DoesNothing()
    {
        var store = NewStore();
        var bytes = TestFiles.Png();
        await store.SaveAsync("A", TestFiles.Sha256(bytes), new MemoryStream(bytes), CancellationToken.None);

        await store.DeleteAsync("never-seen", CancellationToken.None);

        Assert.Single(await store.ListAsync("A", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SameContentTwiceForOneComplaint_ListedOnce()
    {
        var store = NewStore();
        var bytes = TestFiles.Png();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal([sha], await store.ListAsync("A", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentSavesAndDeletes_LeaveExactlyTheSurvivorsContent()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg(100_000, seed: 11);
        var sha = TestFiles.Sha256(bytes);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            await store.SaveAsync("C" + i, sha, new MemoryStream(bytes), CancellationToken.None);
            if (i != 3)
            {
                await store.DeleteAsync("C" + i, CancellationToken.None);
            }
        })));

        Assert.Equal(bytes, await ReadAllAsync(store, "C3", sha));
        Assert.Equal([sha], await store.ListAsync("C3", CancellationToken.None));
    }

    /// <summary>Creates the store under test over <see cref="Root"/>.</summary>
    protected abstract IEvidenceStore CreateStore();

    /// <summary>A new store, disposed with the test.</summary>
    protected IEvidenceStore NewStore()
    {
        var store = CreateStore();
        stores.Add(store);
        return store;
    }

    /// <summary>Whether the store still keeps the content itself, whoever holds it.</summary>
    protected abstract Task<bool> HoldsContentAsync(string sha256);

    /// <summary>Asserts that the store keeps nothing at all: no content, and no record of an owner.</summary>
    protected abstract Task AssertNothingLeftAsync();

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var store in stores)
        {
            (store as IDisposable)?.Dispose();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    protected static async Task<byte[]?> ReadAllAsync(IEvidenceStore store, string complaintId, string sha)
    {
        var stream = await store.OpenReadAsync(complaintId, sha, CancellationToken.None);
        if (stream is null)
        {
            return null;
        }

        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }
}
