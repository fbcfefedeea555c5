namespace ComplaintBot.Evidence.Content;

/// <summary>
/// A read-only, forward-only view of <see cref="StagedContent"/> with a position of its own. Disposing it leaves the
/// staged content alone (the store may dispose what it was given); reading after the content was disposed throws
/// <see cref="ObjectDisposedException"/> rather than touching memory that went back to the pool.
/// </summary>
internal sealed class StagedContentStream(StagedContent owner) : ForwardReadStream
{
    public override long Length => owner.Length;

    protected override int ReadAt(long offset, Span<byte> buffer) => owner.ReadAt(offset, buffer);

    protected override ValueTask<int> ReadAtAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken) =>
        owner.ReadAtAsync(offset, buffer, cancellationToken);
}
