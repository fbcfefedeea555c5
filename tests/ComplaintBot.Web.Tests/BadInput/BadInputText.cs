namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Small text helpers of the suite: printable case names and a look at the reply's language.</summary>
public static class BadInputText
{
    /// <summary>A short printable name for an input: control characters and surrogates as dots, long inputs cut.</summary>
    public static string Describe(string text)
    {
        var visible = new string(text.Take(24).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c).ToArray());
        return text.Length > 24 ? $"{visible}… {text.Length} chars" : visible;
    }

    public static bool ContainsChinese(string? text) => text?.Any(c => c is >= '\u4e00' and <= '\u9fff') == true;

    /// <summary>Whether a reply reads as written for the locale: Chinese characters for zh-CN, Latin letters and no Chinese for en-US.</summary>
    public static bool SpeaksLocale(string? text, string locale) =>
        locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? ContainsChinese(text)
            : text?.Any(char.IsAsciiLetter) == true && !ContainsChinese(text);
}
