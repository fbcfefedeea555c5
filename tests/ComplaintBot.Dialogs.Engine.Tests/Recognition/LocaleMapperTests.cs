using ComplaintBot.Dialogs.Engine.Recognition;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Tests.Recognition;

public class LocaleMapperTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("ZH-hk", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("zhx", "en-US")]
    [InlineData("", "en-US")]
    [InlineData(null, "en-US")]
    public void Map_ChineseToZhCn_AnythingElseToEnUs(string? locale, string expected) => Assert.Equal(expected, LocaleMapper.Map(locale));

    [Theory]
    [InlineData("en-US", "zh-CN", "en-US")]
    [InlineData(null, "zh-CN", "zh-CN")]
    [InlineData("", "zh-CN", "zh-CN")]
    [InlineData(null, null, "en-US")]
    public void Resolve_ActivityLocaleFirst_ThenDefault(string? activityLocale, string? defaultLocale, string expected)
    {
        var activity = new Activity(ActivityTypes.Message) { Locale = activityLocale };

        Assert.Equal(expected, LocaleMapper.Resolve(activity, defaultLocale));
    }
}
