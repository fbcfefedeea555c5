using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// Decides, chunk by chunk while a file streams in, whether the whole file is UTF-8 text without binary control
/// characters. Gives up at the first bad byte, so binary files cost almost nothing.
/// </summary>
/// <remarks>
/// It checks the bytes without decoding them and without exceptions (a throwing decoder raised one for every
/// image, several a second under load). The control characters it looks for are ASCII, and in valid UTF-8 an
/// ASCII byte only ever stands for itself, so searching the bytes finds exactly what searching the text would.
/// </remarks>
internal sealed class TextProbe
{
    // Tab, line feed, form feed and carriage return appear in real text; any other C0 control (NUL above all) or DEL means binary.
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\f' or '\r')).Select(b => (byte)b), 0x7F]);

    // The start of a character split across chunks: at most three bytes of a four-byte sequence, plus the next byte.
    private readonly byte[] pending = new byte[4];
    private int pendingLength;

    public bool IsText { get; private set; } = true;

    public void Append(ReadOnlySpan<byte> bytes) => Feed(bytes, final: false);

    public void Complete() => Feed([], final: true);

    private void Feed(ReadOnlySpan<byte> bytes, bool final)
    {
        if (!IsText)
        {
            return;
        }

        IsText = !bytes.ContainsAny(Controls) && FinishPendingCharacter(ref bytes) && IsValidExceptTail(bytes);
        if (final && pendingLength > 0)
        {
            IsText = false;
        }
    }

    /// <summary>Completes a character the previous chunk ended in the middle of, one byte at a time.</summary>
    private bool FinishPendingCharacter(ref ReadOnlySpan<byte> bytes)
    {
        while (pendingLength > 0 && !bytes.IsEmpty)
        {
            pending[pendingLength++] = bytes[0];
            bytes = bytes[1..];
            switch (Rune.DecodeFromUtf8(pending.AsSpan(0, pendingLength), out _, out _))
            {
                case OperationStatus.Done:
                    pendingLength = 0;
                    break;
                case OperationStatus.NeedMoreData:
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Validates the chunk and keeps an unfinished last character for the next one.</summary>
    private bool IsValidExceptTail(ReadOnlySpan<byte> bytes)
    {
        var tail = UnfinishedTailLength(bytes);
        if (!Utf8.IsValid(bytes[..^tail]))
        {
            return false;
        }

        bytes[^tail..].CopyTo(pending.AsSpan(pendingLength));
        pendingLength += tail;
        return true;
    }

    /// <summary>How many bytes at the end begin a multi-byte character that the chunk does not finish.</summary>
    private static int UnfinishedTailLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if (b is >= 0x80 and < 0xC0)
            {
                continue; // a continuation byte: look further back for the lead byte
            }

            if (b < 0x80)
            {
                return 0;
            }

            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return length > back ? back : 0;
        }

        return 0;
    }
}
