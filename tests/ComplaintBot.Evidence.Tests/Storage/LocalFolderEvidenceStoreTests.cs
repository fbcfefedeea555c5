using ComplaintBot.Evidence.Storage;
using ComplaintBot.Evidence.Tests.Infrastructure;

namespace ComplaintBot.Evidence.Tests.Storage;

public sealed class LocalFolderEvidenceStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "complaintbot-store-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task SaveAsync_Content_KeptUnchangedUnderItsHash()
    {
        using var store = CreateSut();
        var bytes = TestFiles.Jpeg();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(root, "objects", sha[..2], sha)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "tmp")));
    }

    [Fact]
    public async Task SaveAsync_ContentNotMatchingTheHash_ThrowsAndKeepsNothing()
    {
        using var store = CreateSut();
        var sha = TestFiles.Sha256(TestFiles.Png());

        await Assert.ThrowsAsync<InvalidDataException>(() => store.SaveAsync("A", sha, new MemoryStream(TestFiles.Jpeg()), CancellationToken.None));

        Assert.Empty(await store.ListAsync("A", CancellationToken.None));
        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    public async Task SaveAsync_NameThatIsNotALowercaseSha256_Rejected(string sha)
    {
        using var store = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("A", sha, new MemoryStream([1]), CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_SharedContent_StaysForTheOtherComplaint()
    {
        using var store = CreateSut();
        var shared = TestFiles.Jpeg(seed: 7);
        var own = TestFiles.Png(seed: 8);
        await store.SaveAsync("A", TestFiles.Sha256(shared), new MemoryStream(shared), CancellationToken.None);
        await store.SaveAsync("A", TestFiles.Sha256(own), new MemoryStream(own), CancellationToken.None);
        await store.SaveAsync("B", TestFiles.Sha256(shared), new MemoryStream(shared), CancellationToken.None);

        await store.DeleteAsync("A", CancellationToken.None);

        Assert.Empty(await store.ListAsync("A", CancellationToken.None));
        Assert.Null(await store.OpenReadAsync("A", TestFiles.Sha256(shared), CancellationToken.None));
        await using var stillThere = await store.OpenReadAsync("B", TestFiles.Sha256(shared), CancellationToken.None);
        Assert.NotNull(stillThere);
        Assert.False(File.Exists(Path.Combine(root, "objects", TestFiles.Sha256(own)[..2], TestFiles.Sha256(own))));
    }

    [Fact]
    public async Task DeleteAsync_LastOwner_RemovesTheContent()
    {
        using var store = CreateSut();
        var bytes = TestFiles.Jpeg(seed: 9);
        var sha = TestFiles.Sha256(bytes);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.SaveAsync("B", sha, new MemoryStream(bytes), CancellationToken.None);

        await store.DeleteAsync("A", CancellationToken.None);
        await store.DeleteAsync("B", CancellationToken.None);

        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task DeleteAsync_UnknownComplaint_DoesNothing()
    {
        using var store = CreateSut();
        var bytes = TestFiles.Png();
        await store.SaveAsync("A", TestFiles.Sha256(bytes), new MemoryStream(bytes), CancellationToken.None);

        await store.DeleteAsync("never-seen", CancellationToken.None);

        Assert.Single(await store.ListAsync("A", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SameContentTwiceForOneComplaint_ListedOnce()
    {
        using var store = CreateSut();
        var bytes = TestFiles.Png();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);
        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal([sha], await store.ListAsync("A", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentSavesAndDeletes_LeaveExactlyTheSurvivorsContent()
    {
        using var store = CreateSut();
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

        await using var survivor = await store.OpenReadAsync("C3", sha, CancellationToken.None);
        using var copy = new MemoryStream();
        await survivor!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    private LocalFolderEvidenceStore CreateSut() => new(root);
}
