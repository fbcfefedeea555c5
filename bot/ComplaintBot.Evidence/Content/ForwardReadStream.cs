namespace ComplaintBot.Evidence.Content;

/// <summary>
/// The shape every stream the evidence code hands out has: read-only, forward only, with a position of its own.
/// Subclasses read into a span; everything a read-only stream must refuse is refused here.
/// </summary>
internal abstract class ForwardReadStream : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = ReadAt(position, buffer);
        position += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await ReadAtAsync(position, buffer, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Reads from <paramref name="offset"/>, the stream's position.</summary>
    /// <returns>The bytes read; 0 at the end.</returns>
    protected abstract int ReadAt(long offset, Span<byte> buffer);

    /// <summary>Reads from <paramref name="offset"/> asynchronously; by default as <see cref="ReadAt"/> does.</summary>
    /// <returns>The bytes read; 0 at the end.</returns>
    protected virtual ValueTask<int> ReadAtAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReadAt(offset, buffer.Span));
    }
}
