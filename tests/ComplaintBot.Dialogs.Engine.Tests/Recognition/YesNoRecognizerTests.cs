using ComplaintBot.Dialogs.Engine.Recognition;

namespace ComplaintBot.Dialogs.Engine.Tests.Recognition;

public class YesNoRecognizerTests
{
    [Theory]
    [InlineData("是")]
    [InlineData("是的")]
    [InlineData("对")]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("可以")]
    [InlineData("没问题")]
    [InlineData("行")]
    [InlineData("同意")]
    [InlineData("我同意")]
    [InlineData("嗯")]
    [InlineData("好的，没问题！")]
    [InlineData("不错")]
    public void Recognize_ChineseYes(string text) => Assert.True(YesNoRecognizer.Recognize(text, "zh-CN"));

    [Theory]
    [InlineData("否")]
    [InlineData("不")]
    [InlineData("不是")]
    [InlineData("不用")]
    [InlineData("算了")]
    [InlineData("不要")]
    [InlineData("不行")]
    [InlineData("不对")]
    [InlineData("我不同意")]
    [InlineData("不可以")]
    [InlineData("不是的")]
    public void Recognize_ChineseNo(string text) => Assert.False(YesNoRecognizer.Recognize(text, "zh-CN"));

    [Theory]
    [InlineData("yes")]
    [InlineData("Yeah")]
    [InlineData("yep")]
    [InlineData("sure thing")]
    [InlineData("ok")]
    [InlineData("Okay!")]
    [InlineData("y")]
    public void Recognize_EnglishYes(string text) => Assert.True(YesNoRecognizer.Recognize(text, "en-US"));

    [Theory]
    [InlineData("no")]
    [InlineData("Nope")]
    [InlineData("nah")]
    [InlineData("n")]
    [InlineData("not now")]
    [InlineData("not ok")]
    public void Recognize_EnglishNo(string text) => Assert.False(YesNoRecognizer.Recognize(text, "en-US"));

    [Theory]
    [InlineData("know", "en-US")]
    [InlineData("yesterday", "en-US")]
    [InlineData("随便", "zh-CN")]
    [InlineData("", "zh-CN")]
    [InlineData(null, "en-US")]
    public void Recognize_Neither_ReturnsNull(string? text, string locale) => Assert.Null(YesNoRecognizer.Recognize(text, locale));

    [Fact]
    public void Recognize_OtherLanguage_IsFallback()
    {
        Assert.True(YesNoRecognizer.Recognize("OK", "zh-CN"));
        Assert.False(YesNoRecognizer.Recognize("不要", "en-US"));
    }
}
