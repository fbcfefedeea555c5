using System.Globalization;

namespace ComplaintBot.Cards.Localization;

/// <summary>
/// The two card languages. Any Chinese locale (zh, zh-cn, zh-Hans…) reads Chinese; every other known locale
/// reads English; no locale at all reads Chinese, the product's default.
/// </summary>
public static class CardLocale
{
    /// <summary>Simplified Chinese, the default.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English (United States), the second language.</summary>
    public const string English = "en-US";

    /// <summary>Maps any locale string (as sent by Teams or Web Chat) to <see cref="Chinese"/> or <see cref="English"/>.</summary>
    /// <param name="locale">A BCP 47 tag such as <c>zh-cn</c> or <c>en-GB</c>; null or blank means the default.</param>
    /// <returns>The card language to use.</returns>
    public static string Normalize(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Chinese;
        }

        return locale.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
    }

    /// <summary>The culture used to format numbers, money and dates for a card language.</summary>
    internal static CultureInfo Culture(string normalizedLocale) => CultureInfo.GetCultureInfo(normalizedLocale);
}
