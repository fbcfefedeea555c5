using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// A <see cref="TextWriter"/> that encodes what it is given as UTF-8 (no byte order mark) into an
/// <see cref="IBufferWriter{T}"/>, through a small character buffer rented from <see cref="ArrayPool{T}.Shared"/>.
/// </summary>
/// <remarks>
/// It produces the bytes a <see cref="StreamWriter"/> with a BOM-less <see cref="UTF8Encoding"/> writes, without the
/// 4 K character and 12 K byte buffers a stream writer allocates for every instance. Invalid UTF-16 (a lone
/// surrogate) becomes U+FFFD, as there. <see cref="Flush"/> encodes every complete character; a high surrogate at
/// the very end waits for its partner until <see cref="TextWriter.Dispose()"/>, which also returns the buffer.
/// Not thread-safe.
/// </remarks>
public sealed class Utf8BufferTextWriter : TextWriter
{
    // Enough for a typical JSON string value in one piece; each flush encodes at most this much at once.
    private const int CharBufferSize = 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IBufferWriter<byte> _output;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private char[]? _chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
    private int _count;

    /// <summary>Initializes a new instance of the <see cref="Utf8BufferTextWriter"/> class.</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public Utf8BufferTextWriter(IBufferWriter<byte> output)
        : base(CultureInfo.InvariantCulture)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <inheritdoc />
    /// <value>UTF-8 without a byte order mark.</value>
    public override Encoding Encoding => Utf8;

    private char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(Utf8BufferTextWriter));

    /// <inheritdoc />
    public override void Write(char value)
    {
        var chars = Chars;
        if (_count == chars.Length)
        {
            Encode(final: false);
        }

        chars[_count++] = value;
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
        var chars = Chars;
        while (!buffer.IsEmpty)
        {
            if (_count == chars.Length)
            {
                Encode(final: false);
            }

            var n = Math.Min(buffer.Length, chars.Length - _count);
            buffer[..n].CopyTo(chars.AsSpan(_count));
            _count += n;
            buffer = buffer[n..];
        }
    }

    /// <inheritdoc />
    public override void Flush() => Encode(final: false);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars is { } chars)
        {
            Encode(final: true);
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }

        base.Dispose(disposing);
    }

    private void Encode(bool final)
    {
        if (_count == 0 && !final)
        {
            return;
        }

        var chars = Chars.AsSpan(0, _count);
        var bytes = _output.GetSpan(Utf8.GetMaxByteCount(chars.Length));
        _encoder.Convert(chars, bytes, final, out var used, out var written, out _);

        // The span holds the worst case, so every character is consumed (a trailing high surrogate into the encoder).
        Debug.Assert(used == chars.Length, "The output span was sized for every character.");
        _output.Advance(written);
        _count = 0;
    }
}
