using ComplaintBot.Storage.Json;

namespace ComplaintBot.Storage.Tests.Json;

public sealed class PooledByteBufferWriterTests
{
    [Fact]
    public void Growing_KeepsEverythingWrittenInOrder()
    {
        using var writer = new PooledByteBufferWriter(1);
        var expected = new List<byte>();
        for (var i = 0; i < 100_000; i += 7)
        {
            var span = writer.GetSpan(7);
            for (var j = 0; j < 7; j++)
            {
                span[j] = (byte)(i + j);
                expected.Add((byte)(i + j));
            }

            writer.Advance(7);
        }

        Assert.Equal(expected.Count, writer.WrittenCount);
        Assert.Equal(expected, writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void GetMemory_GivesAtLeastTheHint()
    {
        using var writer = new PooledByteBufferWriter(16);
        writer.GetSpan(10)[..10].Fill(1);
        writer.Advance(10);

        Assert.True(writer.GetMemory(65_536).Length >= 65_536);
        Assert.True(writer.GetSpan().Length >= 1);
        Assert.Equal(Enumerable.Repeat((byte)1, 10), writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void AdvancingPastWhatWasHandedOut_Throws()
    {
        using var writer = new PooledByteBufferWriter(16);
        var free = writer.GetSpan().Length;

        Assert.Throws<InvalidOperationException>(() => writer.Advance(free + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
        Assert.Equal(0, writer.WrittenCount);
    }

    [Fact]
    public void AfterDispose_UseThrows_AndDisposingAgainDoesNothing()
    {
        var writer = new PooledByteBufferWriter();
        writer.Advance(1);
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan());
        Assert.Throws<ObjectDisposedException>(() => writer.WrittenMemory);
        Assert.Equal(0, writer.WrittenCount);
        writer.Dispose();
    }
}
