namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>
/// A body that arrives at most <c>maxRead</c> bytes per read, as a network stream does, counts what was taken from
/// it, and can break after a number of bytes.
/// </summary>
public sealed class TrickleStream(byte[] data, int maxRead = int.MaxValue, long failAfter = long.MaxValue) : Stream
{
    private long position;

    public long BytesRead => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position >= failAfter)
        {
            throw new IOException("The connection broke.");
        }

        var count = (int)Math.Min(Math.Min(buffer.Length, maxRead), Math.Min(data.Length - position, failAfter - position));
        data.AsSpan((int)position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
