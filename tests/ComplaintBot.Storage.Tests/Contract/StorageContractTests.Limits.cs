using System.Text;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>The key and value limits of <see cref="StorageLimits"/>, identical for every provider.</summary>
public abstract partial class StorageContractTests
{
    private static readonly int LargeItemOverhead = Encoding.UTF8.GetByteCount(StorageJson.Serialize(new LargeItem()));

    [Fact]
    public async Task WriteAsync_ValueExactlyAtSizeLimit_RoundTrips()
    {
        var text = new string('x', StorageLimits.MaxValueBytes - LargeItemOverhead);

        await Storage.WriteAsync(Changes(("large", new LargeItem { Text = text })));

        Assert.Equal(text, (await ReadAsync<LargeItem>(Storage, "large")).Text);
    }

    [Fact]
    public async Task WriteAsync_ValueOneByteOverLimit_ThrowsLimitExceededAndWritesNothing()
    {
        var text = new string('x', StorageLimits.MaxValueBytes - LargeItemOverhead + 1);

        Task Write() => Storage.WriteAsync(Changes(("small", new PocoItem { Count = 1 }), ("large", new LargeItem { Text = text })));

        var ex = await Assert.ThrowsAsync<StorageLimitExceededException>(Write);
        Assert.Equal("changes", ex.ParamName);
        Assert.Contains("large", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await Storage.ReadAsync(["small", "large"]));
    }

    [Fact]
    public async Task WriteAsync_ChineseValueUnderLimitInCharactersButOverInBytes_ThrowsLimitExceeded()
    {
        // Three UTF-8 bytes per character: the limit is on stored bytes, not on string length.
        var text = new string('投', (StorageLimits.MaxValueBytes / 3) + 1);

        await Assert.ThrowsAsync<StorageLimitExceededException>(() => Storage.WriteAsync(Changes(("large", new LargeItem { Text = text }))));
    }

    [Fact]
    public async Task WriteAsync_KeyAtLengthLimit_RoundTrips()
    {
        var key = new string('k', StorageLimits.MaxKeyLength);

        await Storage.WriteAsync(Changes((key, new PocoItem { Count = 5 })));

        Assert.Equal(5, (await ReadAsync<PocoItem>(Storage, key)).Count);
    }

    [Fact]
    public async Task WriteAsync_KeyOverLengthLimit_ThrowsLimitExceeded()
    {
        var key = new string('k', StorageLimits.MaxKeyLength + 1);

        await Assert.ThrowsAsync<StorageLimitExceededException>(() => Storage.WriteAsync(Changes((key, new PocoItem()))));
    }

    [Fact]
    public async Task ReadAndDeleteAsync_KeyOverLengthLimit_ThrowLimitExceeded()
    {
        var key = new string('k', StorageLimits.MaxKeyLength + 1);

        await Assert.ThrowsAsync<StorageLimitExceededException>(() => Storage.ReadAsync([key]));
        await Assert.ThrowsAsync<StorageLimitExceededException>(() => Storage.DeleteAsync([key]));
    }

    [Fact]
    public async Task WriteAsync_EmptyKey_ThrowsLimitExceeded() =>
        await Assert.ThrowsAsync<StorageLimitExceededException>(() => Storage.WriteAsync(Changes((string.Empty, new PocoItem()))));

    [Fact]
    public async Task ReadAsync_NullKeyInArray_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync([null!]));

    [Fact]
    public async Task WriteAsync_NullValue_ThrowsArgumentExceptionAndWritesNothing()
    {
        Task Write() => Storage.WriteAsync(new Dictionary<string, object> { ["ok"] = new PocoItem(), ["null"] = null! });

        await Assert.ThrowsAsync<ArgumentException>(Write);
        Assert.Empty(await Storage.ReadAsync(["ok", "null"]));
    }
}
