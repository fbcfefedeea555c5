using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public class NumberPromptTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("三百", "zh-CN", 300)]
    [InlineData("两千五百", "zh-CN", 2500)]
    [InlineData("一千二百三十四点五", "zh-CN", 1234.5)]
    [InlineData("花了299元", "zh-CN", 299)]
    [InlineData("12", "zh-CN", 12)]
    [InlineData("twenty five", "en-US", 25)]
    [InlineData("1,234.5", "en-US", 1234.5)]
    [InlineData("about 3.75 dollars", "en-US", 3.75)]
    public void TryRecognize_Decimal_RecognizesNumber(string text, string locale, double expected)
    {
        Assert.True(NumberRecognition.TryRecognize<decimal>(text, locale, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("没有数字")]
    [InlineData("")]
    [InlineData(null)]
    public void TryRecognize_NoNumber_ReturnsFalse(string? text)
    {
        Assert.False(NumberRecognition.TryRecognize<int>(text, "zh-CN", out _));
    }

    [Fact]
    public void TryRecognize_TooLargeForInt_FailsForIntButNotLong()
    {
        Assert.False(NumberRecognition.TryRecognize<int>("99999999999", "en-US", out _));
        Assert.True(NumberRecognition.TryRecognize<long>("99999999999", "en-US", out var l));
        Assert.Equal(99999999999L, l);
    }

    [Fact]
    public void TryRecognize_FractionForInt_Fails()
    {
        Assert.False(NumberRecognition.TryRecognize<int>("2.5", "en-US", out _));
        Assert.True(NumberRecognition.TryRecognize<double>("2.5", "en-US", out var d));
        Assert.Equal(2.5, d);
        Assert.True(NumberRecognition.TryRecognize<float>("2.5", "en-US", out var f));
        Assert.Equal(2.5f, f);
    }

    [Fact]
    public void Constructor_UnsupportedType_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("n"));
    }

    [Fact]
    public async Task Prompt_ChineseNumeral_EndsWithTypedValue()
    {
        var client = new DialogTestClient(DialogTestClient.Handler("flow", Ask.Flow("n", Ask.Text("金额？")), new NumberPrompt<decimal>("n")), output: output);
        await client.SendAsync("go");

        Assert.Equal(["RESULT 2500"], Texts.Of(await client.SendAsync("两千五百块")));
    }

    [Fact]
    public async Task Prompt_UsesDefaultLocale_WhenActivityHasNone()
    {
        var prompt = new NumberPrompt<int>("n", defaultLocale: "zh-CN");
        var client = new DialogTestClient(DialogTestClient.Handler("flow", Ask.Flow("n", Ask.Text("几个？")), prompt), locale: "", output: output);
        await client.SendAsync("go");

        Assert.Equal(["RESULT 3"], Texts.Of(await client.SendAsync("三个")));
    }
}
