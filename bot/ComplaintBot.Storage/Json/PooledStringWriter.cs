using System.Buffers;
using System.Globalization;
using System.Text;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// A <see cref="StringWriter"/> whose characters live in an array rented from <see cref="ArrayPool{T}.Shared"/>
/// (grown by renting a larger one) and go back there on <see cref="TextWriter.Dispose()"/>.
/// </summary>
/// <remarks>
/// For text that is inspected or turned into one string at the end: a <see cref="StringBuilder"/> allocates its
/// chunks on every use. <see cref="WrittenSpan"/> is invalid once the writer is disposed. Not thread-safe.
/// </remarks>
public sealed class PooledStringWriter : TextWriter
{
    private static readonly UnicodeEncoding Utf16 = new(bigEndian: false, byteOrderMark: false);

    private char[]? _chars;
    private int _count;

    /// <summary>Initializes a new instance of the <see cref="PooledStringWriter"/> class.</summary>
    /// <param name="initialCapacity">Characters to rent at first; the buffer grows beyond it as needed.</param>
    public PooledStringWriter(int initialCapacity = 2048)
        : base(CultureInfo.InvariantCulture)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _chars = ArrayPool<char>.Shared.Rent(initialCapacity);
    }

    /// <inheritdoc />
    /// <value>UTF-16, as for <see cref="StringWriter"/>.</value>
    public override Encoding Encoding => Utf16;

    /// <summary>Gets the characters written so far.</summary>
    /// <value>A view of the rented buffer; valid until the next write or disposal.</value>
    public ReadOnlySpan<char> WrittenSpan => Chars.AsSpan(0, _count);

    private char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(PooledStringWriter));

    /// <inheritdoc />
    public override void Write(char value)
    {
        EnsureFree(1);
        _chars![_count++] = value;
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Write(buffer.AsSpan(index, count));
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        EnsureFree(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_count));
        _count += buffer.Length;
    }

    /// <summary>Returns the characters written so far as a new string.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => new(WrittenSpan);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars is { } chars)
        {
            _chars = null;
            _count = 0;
            ArrayPool<char>.Shared.Return(chars);
        }

        base.Dispose(disposing);
    }

    private void EnsureFree(int length)
    {
        var chars = Chars;
        if (chars.Length - _count >= length)
        {
            return;
        }

        // Doubling keeps the number of copies logarithmic in the final length.
        var needed = (long)_count + length;
        var size = Math.Min(Math.Max(needed, 2L * chars.Length), Array.MaxLength);
        if (size < needed)
        {
            throw new InvalidOperationException($"A pooled buffer cannot hold {needed} characters.");
        }

        var grown = ArrayPool<char>.Shared.Rent((int)size);
        chars.AsSpan(0, _count).CopyTo(grown);
        _chars = grown;
        ArrayPool<char>.Shared.Return(chars);
    }
}
