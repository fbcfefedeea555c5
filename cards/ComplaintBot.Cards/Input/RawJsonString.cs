using System.Globalization;
using System.Text;

namespace ComplaintBot.Cards.Input;

/// <summary>
/// Decodes a JSON string literal by hand. System.Text.Json refuses to read a string holding an escaped lone
/// surrogate (<c>"\ud800"</c>); this decoder keeps it so <see cref="TextSanitizer"/> can replace it.
/// </summary>
internal static class RawJsonString
{
    public static string Decode(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = new StringBuilder(literal.Length);
        var end = literal.Length - 1;
        for (var i = 1; i < end; i++)
        {
            var c = literal[i];
            if (c != '\\' || i + 1 >= end)
            {
                text.Append(c);
                continue;
            }

            var escape = literal[++i];
            if (escape == 'u' && i + 4 < end + 1
                && ushort.TryParse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 4;
                continue;
            }

            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => escape,
            });
        }

        return text.ToString();
    }
}
