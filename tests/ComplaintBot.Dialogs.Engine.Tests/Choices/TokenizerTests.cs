using ComplaintBot.Dialogs.Engine.Choices;

namespace ComplaintBot.Dialogs.Engine.Tests.Choices;

public class TokenizerTests
{
    [Theory]
    [InlineData("我要退款。", new[] { "我", "要", "退", "款" })]
    [InlineData("Hello, World!", new[] { "hello", "world" })]
    [InlineData("退款，换货；维修", new[] { "退", "款", "换", "货", "维", "修" })]
    [InlineData("ＡＢＣ１２３", new[] { "abc123" })]
    [InlineData("订单123号", new[] { "订", "单", "123", "号" })]
    [InlineData("好的👍", new[] { "好", "的", "👍" })]
    [InlineData("「退款」", new[] { "退", "款" })]
    [InlineData("", new string[0])]
    public void Tokenize_SplitsCjkPerCharacterAndBreaksOnPunctuation(string text, string[] expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(text).Select(t => t.Normalized));
    }

    [Fact]
    public void Tokenize_KeepsCharacterPositions()
    {
        var tokens = Tokenizer.Tokenize("我要 refund");

        Assert.Equal((3, 8), (tokens[2].Start, tokens[2].End));
        Assert.Equal("refund", tokens[2].Text);
    }
}
