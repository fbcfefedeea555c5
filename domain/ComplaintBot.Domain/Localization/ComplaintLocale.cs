namespace ComplaintBot.Domain.Localization;

/// <summary>The two languages the complaint domain speaks. Chinese is the default.</summary>
public enum ComplaintLocale
{
    /// <summary>Simplified Chinese (<c>zh-CN</c>), the default.</summary>
    ZhCn = 0,

    /// <summary>English (<c>en-US</c>).</summary>
    EnUs = 1,
}
