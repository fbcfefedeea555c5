using ComplaintBot.Evidence.Storage;
using ComplaintBot.Evidence.Tests.Infrastructure;

namespace ComplaintBot.Evidence.Tests.Storage;

public sealed class LocalFolderEvidenceStoreTests : EvidenceStoreContract
{
    [Fact]
    public async Task SaveAsync_Content_KeptUnderItsHashWithNoTemporaryFileLeft()
    {
        var store = NewStore();
        var bytes = TestFiles.Jpeg();
        var sha = TestFiles.Sha256(bytes);

        await store.SaveAsync("A", sha, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(ObjectPath(sha)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Root, "tmp")));
    }

    protected override IEvidenceStore CreateStore() => new LocalFolderEvidenceStore(Root);

    protected override Task<bool> HoldsContentAsync(string sha256) => Task.FromResult(File.Exists(ObjectPath(sha256)));

    protected override Task AssertNothingLeftAsync()
    {
        Assert.Empty(Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories));
        return Task.CompletedTask;
    }

    private string ObjectPath(string sha256) => Path.Combine(Root, "objects", sha256[..2], sha256);
}
