using ComplaintBot.Domain.Classification;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Tests.Classification;

public class OutcomeClassifierTests
{
    [Theory]
    [InlineData("我要退款", OutcomeType.RefundOnly)]
    [InlineData("想退货退款", OutcomeType.ReturnRefund)]
    [InlineData("退货", OutcomeType.ReturnRefund)]
    [InlineData("给我换一个新的", OutcomeType.Exchange)]
    [InlineData("能修好就行", OutcomeType.Repair)]
    [InlineData("把少的那件补发给我", OutcomeType.Reship)]
    [InlineData("要求退一赔三", OutcomeType.Compensation)]
    [InlineData("要商家道歉", OutcomeType.Apology)]
    [InlineData("I just want my money back", OutcomeType.RefundOnly)]
    [InlineData("return and refund please", OutcomeType.ReturnRefund)]
    [InlineData("please send a replacement", OutcomeType.Exchange)]
    [InlineData("不要退款，换货就行", OutcomeType.Exchange)]
    public void Classify_Demands_PicksOutcome(string text, OutcomeType expected)
    {
        Assert.Equal(expected, OutcomeClassifier.Classify(text)!.Value);
    }

    [Theory]
    [InlineData("随便")]
    [InlineData("no idea")]
    public void Classify_NoDemand_ReturnsNull(string text)
    {
        Assert.Null(OutcomeClassifier.Classify(text));
    }
}
