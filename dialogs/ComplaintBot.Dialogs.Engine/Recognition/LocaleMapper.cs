using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Recognition;

/// <summary>
/// Maps any locale to one of the two cultures the bot speaks: <c>zh-*</c> (and <c>zh</c>) to zh-CN, anything
/// else to en-US.
/// </summary>
public static class LocaleMapper
{
    /// <summary>Simplified Chinese.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>US English.</summary>
    public const string English = "en-US";

    /// <summary>Maps a locale name.</summary>
    /// <param name="locale">Any locale name, or null.</param>
    /// <returns><see cref="Chinese"/> or <see cref="English"/>; null/blank maps to English.</returns>
    public static string Map(string? locale)
    {
        var trimmed = locale?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return English;
        }

        return trimmed.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh_", StringComparison.OrdinalIgnoreCase)
            ? Chinese
            : English;
    }

    /// <summary>Resolves the culture of a turn: the activity's locale first, then the given default, then English.</summary>
    /// <param name="activity">The incoming activity, or null.</param>
    /// <param name="defaultLocale">A fallback such as a prompt's DefaultLocale.</param>
    /// <returns>The mapped culture.</returns>
    public static string Resolve(IActivity? activity, string? defaultLocale)
    {
        var locale = (activity as Activity)?.Locale ?? (activity as IMessageActivity)?.Locale;
        return Map(string.IsNullOrWhiteSpace(locale) ? defaultLocale : locale);
    }

    /// <summary>Tells whether a locale maps to Chinese.</summary>
    /// <param name="locale">Any locale name.</param>
    /// <returns>True for zh-CN.</returns>
    public static bool IsChinese(string? locale) => Map(locale) == Chinese;

    /// <summary>The Microsoft.Recognizers.Text culture code for a locale.</summary>
    internal static string ToRecognizerCulture(string? locale) =>
        IsChinese(locale) ? Microsoft.Recognizers.Text.Culture.Chinese : Microsoft.Recognizers.Text.Culture.English;
}
