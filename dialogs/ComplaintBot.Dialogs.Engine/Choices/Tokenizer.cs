using System.Globalization;
using System.Text;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Splits an utterance into tokens.</summary>
/// <param name="text">The utterance.</param>
/// <param name="locale">The locale, or null.</param>
/// <returns>The tokens.</returns>
public delegate IList<Token> TokenizerFunction(string text, string? locale = null);

/// <summary>
/// The default tokenizer. Unlike Bot Framework's it splits Chinese/Japanese text into one token per character and
/// treats CJK and full-width punctuation as breaks, so "我要退款" contains the tokens of the choice "退款".
/// </summary>
public static class Tokenizer
{
    /// <summary>Gets the default tokenizer.</summary>
    /// <value>A <see cref="TokenizerFunction"/>.</value>
    public static TokenizerFunction DefaultTokenizer { get; } = Tokenize;

    /// <summary>Tokenizes: runs of letters/digits form tokens; each CJK character, emoji or other symbol is its own token; whitespace and punctuation break.</summary>
    /// <param name="text">The utterance.</param>
    /// <param name="locale">Unused; tokenization is the same for every locale.</param>
    /// <returns>The tokens.</returns>
    public static IList<Token> Tokenize(string text, string? locale = null)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var current = new StringBuilder();
        var currentStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var codePoint = length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var folded = Fold(codePoint);
            if (IsBreak(folded))
            {
                Flush(tokens, current, ref currentStart, text);
            }
            else if (length == 2 || IsCjk(folded) || char.IsSymbol((char)folded))
            {
                Flush(tokens, current, ref currentStart, text);
                tokens.Add(Create(text, i, i + length - 1));
            }
            else
            {
                if (currentStart < 0)
                {
                    currentStart = i;
                }

                current.Append((char)folded);
            }

            i += length - 1;
        }

        Flush(tokens, current, ref currentStart, text);
        return tokens;
    }

    private static void Flush(List<Token> tokens, StringBuilder current, ref int start, string text)
    {
        if (start >= 0)
        {
            tokens.Add(Create(text, start, start + current.Length - 1));
        }

        current.Clear();
        start = -1;
    }

    private static Token Create(string text, int start, int end)
    {
        var raw = text[start..(end + 1)];
        var normalized = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            normalized.Append(char.IsSurrogate(c) ? c : (char)Fold(c));
        }

        return new Token
        {
            Start = start,
            End = end,
            Text = raw,
            Normalized = normalized.ToString().ToLowerInvariant(),
        };
    }

    // Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space fold to their ASCII forms.
    private static int Fold(int c) => c switch
    {
        >= 0xFF01 and <= 0xFF5E => c - 0xFEE0,
        0x3000 => ' ',
        _ => c,
    };

    private static bool IsBreak(int c)
    {
        if (c > char.MaxValue)
        {
            return false;
        }

        var ch = (char)c;
        if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsControl(ch))
        {
            return true;
        }

        return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
            || (c >= 0x2000 && c <= 0x206F) // general punctuation
            || (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
            || (c >= 0xFF5F && c <= 0xFF65) // half-width CJK punctuation
            || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ModifierSymbol;
    }

    private static bool IsCjk(int c) =>
        (c >= 0x4E00 && c <= 0x9FFF) // unified ideographs
        || (c >= 0x3400 && c <= 0x4DBF) // extension A
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0xAC00 && c <= 0xD7AF); // hangul syllables
}
