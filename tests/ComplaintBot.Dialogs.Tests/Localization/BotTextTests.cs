using System.Text.RegularExpressions;
using ComplaintBot.Dialogs.Localization;

namespace ComplaintBot.Dialogs.Tests.Localization;

public sealed partial class BotTextTests
{
    [Fact]
    public void Cultures_HaveTheSameKeys()
    {
        var text = BotText.Default;

        Assert.Equal(text.KeysOf(BotText.Chinese).Order(), text.KeysOf(BotText.English).Order());
    }

    [Fact]
    public void Cultures_UseTheSamePlaceholdersForEveryKey()
    {
        var text = BotText.Default;
        foreach (var key in text.KeysOf(BotText.Chinese))
        {
            var zh = Placeholders(text.RawText(BotText.Chinese, key));
            var en = Placeholders(text.RawText(BotText.English, key));
            Assert.True(zh.SetEquals(en), $"Placeholders differ for '{key}': zh {string.Join(",", zh)} / en {string.Join(",", en)}");
        }
    }

    [Fact]
    public void ChineseTexts_AreWrittenInChinese()
    {
        var text = BotText.Default;
        foreach (var key in text.KeysOf(BotText.Chinese))
        {
            // Texts made only of placeholders and punctuation ("{0}：{1}") have no words to translate.
            var raw = text.RawText(BotText.Chinese, key);
            if (PlaceholderPattern().Replace(raw, string.Empty).Any(char.IsLetter))
            {
                Assert.Matches(Han(), raw);
            }
        }
    }

    [Theory]
    [InlineData("zh-CN", BotText.Chinese)]
    [InlineData("zh-cn", BotText.Chinese)]
    [InlineData("zh-TW", BotText.Chinese)]
    [InlineData("zh", BotText.Chinese)]
    [InlineData("en-US", BotText.English)]
    [InlineData("en-GB", BotText.English)]
    [InlineData("fr-FR", BotText.English)]
    [InlineData("", BotText.English)]
    [InlineData(null, BotText.English)]
    public void CultureOf_MapsLocales(string? locale, string expected) =>
        Assert.Equal(expected, BotText.CultureOf(locale));

    [Fact]
    public void Get_UnknownKey_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => BotText.Default.Get("zh-CN", "no.such.key"));

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
