using ComplaintBot.Evidence.Content;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>
/// A body that arrives at most <c>maxRead</c> bytes per read, as a network stream does, counts what was taken from
/// it, and can break after a number of bytes.
/// </summary>
internal sealed class TrickleStream(byte[] data, int maxRead = int.MaxValue, long failAfter = long.MaxValue) : ForwardReadStream
{
    public long BytesRead => Position;

    protected override int ReadAt(long offset, Span<byte> buffer)
    {
        if (offset >= failAfter)
        {
            throw new IOException("The connection broke.");
        }

        var count = (int)Math.Min(Math.Min(buffer.Length, maxRead), Math.Min(data.Length - offset, failAfter - offset));
        data.AsSpan((int)offset, count).CopyTo(buffer);
        return count;
    }
}
