using ComplaintBot.Domain.Writing;

namespace ComplaintBot.Domain.Tests.Writing;

public class NeutralRewriterTests
{
    [Theory]
    [InlineData("垃圾商家！！！水壶用了两天就漏水，傻逼客服三天不回消息，TMD", new[] { "水壶用了两天就漏水", "客服三天不回消息" }, new[] { "垃圾", "傻逼", "TMD", "！！！" })]
    [InlineData("你们这个黑店卖假货，鉴定报告写明是仿冒品", new[] { "该店铺卖假货", "鉴定报告写明是仿冒品" }, new[] { "黑店" })]
    [InlineData("11月18日收到，再不退款我就砸你店", new[] { "11月18日收到", "12315" }, new[] { "砸你店", "再不退款" })]
    [InlineData("Your idiots sent a broken kettle on Nov 20!!! Refund me or you'll regret this.", new[] { "sent a broken kettle on Nov 20", "12315" }, new[] { "idiots", "regret", "!!!" })]
    [InlineData("THE KETTLE LEAKS FROM THE BOTTOM", new[] { "The kettle leaks from the bottom" }, new[] { "KETTLE" })]
    [InlineData("商家涉嫌虚假宣传，滚蛋", new[] { "商家涉嫌虚假宣传" }, new[] { "滚蛋" })]
    public void Rewrite_EmotionalText_KeepsFactsDropsAbuse(string input, string[] kept, string[] removed)
    {
        var result = NeutralRewriter.Rewrite(input);

        Assert.True(result.IsChanged);
        foreach (var fact in kept)
        {
            Assert.Contains(fact, result.Text, StringComparison.Ordinal);
        }

        foreach (var word in removed)
        {
            Assert.DoesNotContain(word, result.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("水壶底部漏水，已拍视频。")]
    [InlineData("收到的垃圾袋一扯就破。")]
    [InlineData("The kettle leaks from the bottom.")]
    public void Rewrite_CalmText_Unchanged(string input)
    {
        var result = NeutralRewriter.Rewrite(input);

        Assert.False(result.IsChanged);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Rewrite_Extortion_LeavesItOutWithoutAccusing()
    {
        var result = NeutralRewriter.Rewrite("耳机左边没声音，不赔500块我就给你差评");

        Assert.Contains("耳机左边没声音", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("差评", result.Text, StringComparison.Ordinal);
        Assert.NotEmpty(result.Signals);
    }

    [Fact]
    public void Rewrite_TwentyThousandCharacters_Completes()
    {
        var input = string.Concat(Enumerable.Repeat("水壶漏水，垃圾！", 2500));

        var result = NeutralRewriter.Rewrite(input);

        Assert.DoesNotContain("垃圾", result.Text, StringComparison.Ordinal);
        Assert.Contains("水壶漏水", result.Text, StringComparison.Ordinal);
    }
}
