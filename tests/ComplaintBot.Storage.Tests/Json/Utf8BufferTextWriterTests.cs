using System.Text;
using ComplaintBot.Storage.Json;

namespace ComplaintBot.Storage.Tests.Json;

public sealed class Utf8BufferTextWriterTests
{
    // Surrogate pairs, a lone high and a lone low surrogate, CJK and ASCII, so that each kind lands on every offset
    // around the writer's internal buffer boundary somewhere in the text.
    private const string Pieces = "漏水😀a\uD83D\uDE00b\uD800c\uDC00证据";

    public static TheoryData<int> Lengths => new() { 0, 1, 1023, 1024, 1025, 2047, 2048, 4097, 70_000 };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Text_WrittenInAnyPieces_GivesTheBytesOfAStreamWriter(int length)
    {
        var text = Text(length);

        foreach (var chunk in new[] { 1, 3, 1000, 1024, 5000 })
        {
            Assert.Equal(StreamWriterBytes(text), Written(writer => WriteInChunks(writer, text, chunk)));
        }
    }

    [Fact]
    public void TrailingHighSurrogate_WaitsForFlush_AndBecomesTheReplacementCharacterOnDispose()
    {
        using var buffer = new PooledByteBufferWriter();
        var writer = new Utf8BufferTextWriter(buffer);
        writer.Write("a\uD83D");
        writer.Flush();
        Assert.Equal("a"u8.ToArray(), buffer.WrittenMemory.ToArray());

        writer.Dispose();

        Assert.Equal(StreamWriterBytes("a\uD83D"), buffer.WrittenMemory.ToArray());
        Assert.Equal([(byte)'a', 0xEF, 0xBF, 0xBD], buffer.WrittenMemory.ToArray());
    }

    [Fact]
    public void SurrogatePair_SplitAcrossWrites_IsOneCharacter()
    {
        var bytes = Written(writer =>
        {
            writer.Write('\uD83D');
            writer.Flush();
            writer.Write('\uDE00');
        });

        Assert.Equal(Encoding.UTF8.GetBytes("😀"), bytes);
    }

    [Fact]
    public void AfterDispose_WritesThrow_AndDisposingAgainDoesNothing()
    {
        using var buffer = new PooledByteBufferWriter();
        var writer = new Utf8BufferTextWriter(buffer);
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.Write('x'));
        writer.Dispose();
        Assert.Equal("utf-8", writer.Encoding.WebName);
        Assert.Empty(writer.Encoding.GetPreamble());
    }

    private static string Text(int length)
    {
        var text = new StringBuilder(length + Pieces.Length);
        while (text.Length < length)
        {
            text.Append(Pieces);
        }

        return text.ToString(0, length);
    }

    private static void WriteInChunks(TextWriter writer, string text, int chunk)
    {
        for (var i = 0; i < text.Length; i += chunk)
        {
            var piece = text.Substring(i, Math.Min(chunk, text.Length - i));
            switch (i / chunk % 3)
            {
                case 0:
                    writer.Write(piece);
                    break;
                case 1:
                    writer.Write(piece.ToCharArray(), 0, piece.Length);
                    break;
                default:
                    foreach (var c in piece)
                    {
                        writer.Write(c);
                    }

                    break;
            }
        }
    }

    private static byte[] Written(Action<TextWriter> write)
    {
        using var buffer = new PooledByteBufferWriter(16);
        using (var writer = new Utf8BufferTextWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenMemory.ToArray();
    }

    private static byte[] StreamWriterBytes(string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true))
        {
            writer.Write(text);
        }

        return stream.ToArray();
    }
}
