using System.Buffers;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// A growing byte buffer for <see cref="IBufferWriter{T}"/> writers whose memory comes from
/// <see cref="ArrayPool{T}.Shared"/> and goes back there on <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// For output that must be complete before any of it is sent (a response body with a Content-Length): a
/// <see cref="MemoryStream"/> allocates a new array every time it doubles and leaves them all to the collector.
/// This one rents the larger array and returns the smaller. Not thread-safe; <see cref="WrittenMemory"/> is invalid
/// once the writer is disposed.
/// </remarks>
public sealed class PooledByteBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[]? _buffer;
    private int _written;

    /// <summary>Initializes a new instance of the <see cref="PooledByteBufferWriter"/> class.</summary>
    /// <param name="initialCapacity">Bytes to rent at first; the buffer grows beyond it as needed.</param>
    public PooledByteBufferWriter(int initialCapacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>Gets the number of bytes written so far.</summary>
    /// <value>The sum of every <see cref="Advance"/>.</value>
    public int WrittenCount => _written;

    /// <summary>Gets the bytes written so far.</summary>
    /// <value>A view of the rented buffer; valid until the next write or <see cref="Dispose"/>.</value>
    public ReadOnlyMemory<byte> WrittenMemory => Buffer.AsMemory(0, _written);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledByteBufferWriter));

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > Buffer.Length - _written)
        {
            throw new InvalidOperationException("Cannot advance past the end of the buffer that was handed out.");
        }

        _written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return Buffer.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return Buffer.AsSpan(_written);
    }

    /// <summary>Returns the buffer to the pool. Calling it again does nothing.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            _written = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void EnsureFree(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        var buffer = Buffer;
        var wanted = Math.Max(sizeHint, 1);
        if (buffer.Length - _written >= wanted)
        {
            return;
        }

        // Doubling keeps the number of copies logarithmic in the final size.
        var needed = (long)_written + wanted;
        var size = Math.Min(Math.Max(needed, 2L * buffer.Length), Array.MaxLength);
        if (size < needed)
        {
            throw new InvalidOperationException($"A pooled buffer cannot hold {needed} bytes.");
        }

        var grown = ArrayPool<byte>.Shared.Rent((int)size);
        buffer.AsSpan(0, _written).CopyTo(grown);
        _buffer = grown;
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
