using ComplaintBot.Cards.Localization;

namespace ComplaintBot.Cards.Tests.Localization;

public sealed class CardLocaleTests
{
    [Theory]
    [InlineData(null, "zh-CN")]
    [InlineData("", "zh-CN")]
    [InlineData("  ", "zh-CN")]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("ZH-TW", "zh-CN")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("garbage", "en-US")]
    public void Normalize_Locale_PicksCardLanguage(string? locale, string expected) =>
        Assert.Equal(expected, CardLocale.Normalize(locale));
}
