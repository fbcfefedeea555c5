using System.Text;
using ComplaintBot.Evidence.Content;
using ComplaintBot.Evidence.Tests.Infrastructure;

namespace ComplaintBot.Evidence.Tests.Content;

public sealed class StagedContentTests
{
    private const int Limit = StagedContent.InMemoryLimit;
    private const long Cap = 20 * 1024 * 1024;

    [Theory]
    [InlineData(16, int.MaxValue, true)]
    [InlineData(4096, int.MaxValue, true)]
    [InlineData(Limit - 1, 1000, true)]
    [InlineData(Limit, int.MaxValue, true)]
    [InlineData(Limit, 1000, true)]
    [InlineData(Limit + 1, int.MaxValue, false)]
    [InlineData(Limit + 1, 1000, false)]
    [InlineData((3 * Limit) + 17, 65_536, false)]
    [InlineData(1024 * 1024, int.MaxValue, false)]
    public async Task CopyAsync_Content_StagedInMemoryUpToTheLimitAndReadBackUnchanged(int size, int maxRead, bool inMemory)
    {
        var bytes = TestFiles.Jpeg(size, seed: size);
        var pool = new CountingArrayPool();

        var staged = await StagedContent.CopyAsync(new TrickleStream(bytes, maxRead), Cap, pool, CancellationToken.None);
        await using (staged)
        {
            Assert.Equal(inMemory, staged.IsInMemory);
            Assert.Equal(inMemory, staged.TemporaryPath is null);
            Assert.Equal(size, staged.Length);
            Assert.False(staged.Exceeded);
            Assert.Equal(TestFiles.Sha256(bytes), staged.Sha256);
            Assert.Equal(bytes.AsSpan(0, Math.Min(size, ContentSniffer.HeaderLength)).ToArray(), staged.Header.ToArray());
            Assert.False(staged.IsText);
            Assert.Equal(bytes, await ReadAllAsync(staged));

            // A file keeps no pooled memory once staged; content in memory holds exactly its one buffer.
            Assert.Equal(inMemory ? 1 : 0, pool.Outstanding);
        }

        Assert.Equal(0, pool.Outstanding);
        Assert.Equal(0, pool.BadReturns);
    }

    [Theory]
    [InlineData(1000, 5000, 1001)]
    [InlineData(Limit - 1, Limit, Limit)]
    [InlineData(Limit, Limit, Limit)]
    [InlineData(Limit, Limit + 1, Limit + 1)]
    [InlineData(2 * Limit, 3 * Limit, (2 * Limit) + 1)]
    public async Task CopyAsync_SourceAtOrOverTheCap_ReadsOneBytePastItAtMost(long cap, int size, long kept)
    {
        var bytes = TestFiles.Png(size);
        var source = new TrickleStream(bytes, maxRead: 10_000);

        await using var staged = await StagedContent.CopyAsync(source, cap, CancellationToken.None);

        Assert.Equal(kept, staged.Length);
        Assert.Equal(kept, source.BytesRead);
        Assert.Equal(size > cap, staged.Exceeded);
        Assert.Equal(TestFiles.Sha256(bytes[..(int)kept]), staged.Sha256);
    }

    [Theory]
    [InlineData(Limit - 10)]
    [InlineData(Limit + 10)]
    [InlineData(3 * Limit)]
    public async Task CopyAsync_Utf8TextWithACharacterAcrossTheMemoryLimit_IsText(int size)
    {
        // 3-byte characters and a limit that is no multiple of 3: one character is split where the file takes over.
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("卖家已发货，", (size / 18) + 1)))[..(size / 3 * 3)];

        await using var staged = await StagedContent.CopyAsync(new TrickleStream(text, maxRead: 4099), Cap, CancellationToken.None);

        Assert.True(staged.IsText);
        Assert.Equal(TestFiles.Sha256(text), staged.Sha256);
    }

    [Theory]
    [InlineData(Limit - 1)]
    [InlineData(Limit + 1)]
    public async Task CopyAsync_TextEndingInANulByte_IsNotText(int size)
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', size));
        bytes[^1] = 0;

        await using var staged = await StagedContent.CopyAsync(new MemoryStream(bytes), Cap, CancellationToken.None);

        Assert.False(staged.IsText);
    }

    [Theory]
    [InlineData(Limit / 2)]
    [InlineData(Limit + 100)]
    public async Task CopyAsync_SourceBreaksMidway_ThrowsAndReturnsItsBuffer(long failAfter)
    {
        var pool = new CountingArrayPool();
        var source = new TrickleStream(TestFiles.Jpeg(2 * Limit), maxRead: 8192, failAfter);

        await Assert.ThrowsAsync<IOException>(() => StagedContent.CopyAsync(source, Cap, pool, CancellationToken.None));

        Assert.Equal(1, pool.Rented);
        Assert.Equal(0, pool.Outstanding);
        Assert.Equal(0, pool.BadReturns);
    }

    [Fact]
    public async Task CopyAsync_Cancelled_ThrowsAndReturnsItsBuffer()
    {
        var pool = new CountingArrayPool();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StagedContent.CopyAsync(new TrickleStream(TestFiles.Jpeg()), Cap, pool, new CancellationToken(canceled: true)));

        Assert.Equal(0, pool.Outstanding);
        Assert.Equal(0, pool.BadReturns);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(Limit + 1)]
    public async Task DisposeAsync_Twice_ReturnsTheBufferOnceAndLaterReadsFailCleanly(int size)
    {
        var pool = new CountingArrayPool();
        var staged = await StagedContent.CopyAsync(new MemoryStream(TestFiles.Jpeg(size)), Cap, pool, CancellationToken.None);
        var opened = staged.OpenRead();

        await staged.DisposeAsync();
        await staged.DisposeAsync();

        Assert.Equal(0, pool.Outstanding);
        Assert.Equal(0, pool.BadReturns);
        Assert.Throws<ObjectDisposedException>(() => staged.OpenRead());
        Assert.Throws<ObjectDisposedException>(() => opened.Read(new byte[16], 0, 16));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => opened.ReadAsync(new byte[16]).AsTask());
    }

    [Fact]
    public async Task OpenRead_DisposingTheStream_LeavesTheContentReadable()
    {
        var bytes = TestFiles.Jpeg(4096);
        await using var staged = await StagedContent.CopyAsync(new MemoryStream(bytes), Cap, CancellationToken.None);

        await staged.OpenRead().DisposeAsync();

        using var stream = staged.OpenRead();
        Assert.False(stream.CanSeek);
        Assert.False(stream.CanWrite);
        Assert.Equal(bytes.Length, stream.Length);
        var copy = new byte[bytes.Length];
        stream.ReadExactly(copy);
        Assert.Equal(bytes, copy);
        Assert.Equal(0, stream.Read(new byte[1], 0, 1));
    }

    [Fact]
    public async Task CopyAsync_File_StagedReadableByThisUserOnlyAndDeletedOnDispose()
    {
        var staged = await StagedContent.CopyAsync(new MemoryStream(TestFiles.Jpeg(1024 * 1024)), Cap, CancellationToken.None);
        var path = staged.TemporaryPath;

        Assert.NotNull(path);
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        await staged.DisposeAsync();
        Assert.False(File.Exists(path));
    }

    private static async Task<byte[]> ReadAllAsync(StagedContent staged)
    {
        using var copy = new MemoryStream();
        var stream = staged.OpenRead();
        await using (stream)
        {
            // Small reads, so a read that straddles where memory would end or the file's chunks is exercised too.
            var buffer = new byte[7919];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
            }
        }

        return copy.ToArray();
    }
}
