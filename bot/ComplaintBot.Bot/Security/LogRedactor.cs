using System.Text.RegularExpressions;

namespace ComplaintBot.Bot.Security;

/// <summary>
/// Removes what a shopper told us from a log line: long digit runs (order numbers, phone numbers, ID numbers),
/// e-mail addresses, and any run of Chinese text (item names, shops, addresses, descriptions). Log templates are
/// English, so Chinese in a log line can only have come from a user.
/// </summary>
public static partial class LogRedactor
{
    /// <summary>What replaces a number.</summary>
    public const string Number = "[number]";

    /// <summary>What replaces a run of Chinese text.</summary>
    public const string Text = "[text]";

    /// <summary>What replaces an e-mail address.</summary>
    public const string Email = "[email]";

    /// <summary>Redacts one string.</summary>
    /// <param name="value">A formatted log message, a value or an exception text.</param>
    /// <returns>The string without personal data; null stays null.</returns>
    public static string? Redact(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var redacted = EmailPattern().Replace(value, Email);
        redacted = NumberPattern().Replace(redacted, match => match.Value.Count(char.IsAsciiDigit) >= 7 ? Number : match.Value);
        return ChinesePattern().Replace(redacted, Text);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Digits with the separators people type inside numbers ("1944 8224 6341", "138-1234-5678", "+86 138...").
    [GeneratedRegex(@"\+?\d[\d \-‐–]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // Digits and letters between Chinese characters belong to the text ("建国路88号院3号楼" is one address).
    [GeneratedRegex(@"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF01-\uFF5E]+(?:[0-9A-Za-z#\-]+[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF01-\uFF5E]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();
}
