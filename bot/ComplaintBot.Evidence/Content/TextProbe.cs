using System.Buffers;
using System.Text;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// Decides, chunk by chunk while a file streams in, whether the whole file is UTF-8 text without binary control
/// characters. Gives up at the first bad byte, so binary files cost almost nothing.
/// </summary>
internal sealed class TextProbe
{
    // Tab, line feed, form feed and carriage return appear in real text; any other C0 control (NUL above all) or DEL means binary.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\f' or '\r')).Select(c => (char)c), '\u007F']);

    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] chars = new char[8192];

    public bool IsText { get; private set; } = true;

    public void Append(ReadOnlySpan<byte> bytes) => Feed(bytes, flush: false);

    public void Complete() => Feed([], flush: true);

    private void Feed(ReadOnlySpan<byte> bytes, bool flush)
    {
        if (!IsText)
        {
            return;
        }

        try
        {
            while (true)
            {
                decoder.Convert(bytes, chars, flush, out var used, out var produced, out var completed);
                bytes = bytes[used..];
                if (chars.AsSpan(0, produced).ContainsAny(Controls))
                {
                    IsText = false;
                    return;
                }

                // Without flush the decoder may hold the start of a character split across chunks; that is fine.
                if (bytes.IsEmpty && (completed || !flush))
                {
                    return;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            IsText = false;
        }
    }
}
