using System.Buffers;
using System.Collections.Concurrent;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>An array pool that hands out fresh arrays and remembers which are still out, and any returned twice or never rented.</summary>
public sealed class CountingArrayPool : ArrayPool<byte>
{
    private readonly ConcurrentDictionary<byte[], bool> outstanding = new(ReferenceEqualityComparer.Instance);
    private int rented;
    private int badReturns;

    public int Rented => Volatile.Read(ref rented);

    public int Outstanding => outstanding.Count;

    public int BadReturns => Volatile.Read(ref badReturns);

    public override byte[] Rent(int minimumLength)
    {
        var array = new byte[minimumLength];
        outstanding[array] = true;
        Interlocked.Increment(ref rented);
        return array;
    }

    public override void Return(byte[] array, bool clearArray = false)
    {
        if (!outstanding.TryRemove(array, out _))
        {
            Interlocked.Increment(ref badReturns);
        }
    }
}
