using System.Text;

namespace ComplaintBot.Cards.Input;

/// <summary>
/// Makes user text safe to display: lone surrogates become U+FFFD and control characters other than tab and
/// line breaks are dropped (renderers show them as boxes or choke on them). Everything else, including
/// quotes, markup and emoji, is kept; the card places it as plain data.
/// </summary>
internal static class TextSanitizer
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                result.Append('\uFFFD');
            }
            else if (!IsUnwantedControl(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnwantedControl(c))
            {
                return true;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    private static bool IsUnwantedControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
