namespace ComplaintBot.Domain.Localization;

/// <summary>Maps BCP 47 tags to <see cref="ComplaintLocale"/> and back.</summary>
public static class Locales
{
    /// <summary>The tag written for Chinese.</summary>
    public const string ChineseTag = "zh-CN";

    /// <summary>The tag written for English.</summary>
    public const string EnglishTag = "en-US";

    /// <summary>Any <c>zh*</c> tag is Chinese; any other non-empty tag is English; nothing at all is Chinese.</summary>
    /// <param name="tag">A locale tag such as <c>zh-CN</c>, <c>zh-Hans</c> or <c>en-GB</c>; may be null.</param>
    /// <returns>The matching locale.</returns>
    public static ComplaintLocale FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return ComplaintLocale.ZhCn;
        }

        return tag.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ComplaintLocale.ZhCn : ComplaintLocale.EnUs;
    }

    /// <summary>The tag used in documents: <c>zh-CN</c> or <c>en-US</c>.</summary>
    /// <param name="locale">The locale.</param>
    /// <returns>The tag.</returns>
    public static string ToTag(this ComplaintLocale locale) => locale == ComplaintLocale.EnUs ? EnglishTag : ChineseTag;
}
