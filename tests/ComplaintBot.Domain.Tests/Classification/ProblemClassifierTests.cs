using ComplaintBot.Domain.Classification;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Tests.Classification;

public class ProblemClassifierTests
{
    [Theory]
    [InlineData("水壶用了两次就漏水", ProblemType.QualityDefect)]
    [InlineData("收到就坏了，开不了机", ProblemType.QualityDefect)]
    [InlineData("这是假货，防伪码查不到", ProblemType.Counterfeit)]
    [InlineData("It's a fake, not genuine at all", ProblemType.Counterfeit)]
    [InlineData("包裹显示签收了但我没收到", ProblemType.Logistics)]
    [InlineData("The parcel never arrived", ProblemType.Logistics)]
    [InlineData("衣服颜色和图片不一样，有色差", ProblemType.NotAsDescribed)]
    [InlineData("主播说能美白，用了一个月没效果", ProblemType.FalseAdvertising)]
    [InlineData("买了两件只发了一件，少件了", ProblemType.MissingItems)]
    [InlineData("they sent me the wrong color", ProblemType.MissingItems)]
    [InlineData("买完第二天就降价了，价保不给补差价", ProblemType.PriceOrPromise)]
    [InlineData("七天无理由退货，商家以已拆封为由拒绝退货", ProblemType.AfterSales)]
    [InlineData("卖家因为我给了差评天天打电话骚扰", ProblemType.Other)]
    [InlineData("The kettle leaks and stopped working", ProblemType.QualityDefect)]
    public void Classify_TypicalDescriptions_PicksType(string text, ProblemType expected)
    {
        var result = ProblemClassifier.Classify(text);

        Assert.NotNull(result);
        Assert.Equal(expected, result.Value);
        Assert.NotEmpty(result.MatchedKeywords);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("hello there")]
    [InlineData("🙂🙂🙂")]
    [InlineData("")]
    [InlineData(null)]
    public void Classify_NoKeywords_ReturnsNull(string? text)
    {
        Assert.Null(ProblemClassifier.Classify(text));
    }

    [Theory]
    [InlineData("不是假货，就是漏水", ProblemType.QualityDefect)]
    [InlineData("it is not fake, but it is broken", ProblemType.QualityDefect)]
    public void Classify_NegatedKeyword_DoesNotCount(string text, ProblemType expected)
    {
        Assert.Equal(expected, ProblemClassifier.Classify(text)!.Value);
    }

    [Fact]
    public void Classify_HugeText_DoesNotThrow()
    {
        var result = ProblemClassifier.Classify(string.Concat(Enumerable.Repeat("漏水", 10_000)));

        Assert.Equal(ProblemType.QualityDefect, result!.Value);
    }
}
