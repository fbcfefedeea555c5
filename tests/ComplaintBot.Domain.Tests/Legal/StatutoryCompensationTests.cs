using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Tests.Legal;

public class StatutoryCompensationTests
{
    [Theory]
    [InlineData(99, 500, 599)]
    [InlineData(129, 500, 629)]
    [InlineData(166.67, 500.01, 666.68)]
    [InlineData(699, 2097, 2796)]
    public void Fraud_Prices_ThreeTimesWithFloorOf500(decimal price, decimal additional, decimal cap)
    {
        var result = StatutoryCompensation.Fraud(Money.Yuan(price), ComplaintLocale.ZhCn);

        Assert.Equal(additional, result.AdditionalCompensation.Value);
        Assert.Equal(cap, result.Cap.Value);
        Assert.Equal("CRPL-55.1", result.Code);
    }

    [Theory]
    [InlineData(50, 1000, 1050)]
    [InlineData(128, 1280, 1408)]
    [InlineData(100, 1000, 1100)]
    public void UnsafeFood_Prices_TenTimesWithFloorOf1000(decimal price, decimal additional, decimal cap)
    {
        var result = StatutoryCompensation.UnsafeFood(Money.Yuan(price), ComplaintLocale.EnUs);

        Assert.Equal(additional, result.AdditionalCompensation.Value);
        Assert.Equal(cap, result.Cap.Value);
        Assert.Equal("FSL-148.2", result.Code);
    }

    [Theory]
    [InlineData(ComplaintLocale.ZhCn, "129 + max(3×129, 500) = 629元")]
    [InlineData(ComplaintLocale.EnUs, "129 + max(3×129, 500) = 629 CNY")]
    public void Fraud_Formula_Localized(ComplaintLocale locale, string expected)
    {
        Assert.StartsWith(expected, StatutoryCompensation.Fraud(Money.Yuan(129), locale).Formula, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProblemType.Counterfeit, false, "CRPL-55.1")]
    [InlineData(ProblemType.FalseAdvertising, false, "CRPL-55.1")]
    [InlineData(ProblemType.QualityDefect, true, "FSL-148.2")]
    [InlineData(ProblemType.QualityDefect, false, null)]
    [InlineData(ProblemType.Logistics, false, null)]
    public void For_ProblemTypes_PicksRuleOrNone(ProblemType type, bool food, string? code)
    {
        Assert.Equal(code, StatutoryCompensation.For(type, food, Money.Yuan(129), ComplaintLocale.ZhCn)?.Code);
    }
}
