namespace ComplaintBot.Evidence.Content;

/// <summary>
/// A read-only, forward-only view of <see cref="StagedContent"/> with a position of its own. Disposing it leaves the
/// staged content alone (the store may dispose what it was given); reading after the content was disposed throws
/// <see cref="ObjectDisposedException"/> rather than touching memory that went back to the pool.
/// </summary>
internal sealed class StagedContentStream(StagedContent owner) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => owner.Length;

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = owner.ReadAt(position, buffer);
        position += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await owner.ReadAtAsync(position, buffer, cancellationToken).ConfigureAwait(false);
        position += read;
        return read;
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
