using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Extraction;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Tests.Extraction;

public class FactExtractorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Extract_ChineseSlotFillingMessage_FindsEveryFact()
    {
        var facts = FactExtractor.Extract("订单号1944822463412702309，上周三在暖禾家电旗舰店买的水壶，129元，漏水", Today, ComplaintLocale.ZhCn);

        Assert.Equal("1944822463412702309", facts.OrderId);
        Assert.Equal(new DateOnly(2026, 11, 18), facts.PurchaseDate!.Date);
        Assert.Equal("暖禾家电旗舰店", facts.Shop);
        Assert.Equal("水壶", facts.Item);
        Assert.Equal(Money.Yuan(129), facts.AmountPaid);
        Assert.Equal(ProblemType.QualityDefect, facts.ProblemType);
        Assert.Null(facts.Platform);
        Assert.Null(facts.Outcome);
    }

    [Fact]
    public void Extract_EnglishSlotFillingMessage_FindsEveryFact()
    {
        var facts = FactExtractor.Extract("I bought a kettle from XYZ Store last Wednesday for 129 yuan, order 1944822463412702309, it leaks", Today, ComplaintLocale.EnUs);

        Assert.Equal("1944822463412702309", facts.OrderId);
        Assert.Equal(new DateOnly(2026, 11, 25), facts.PurchaseDate!.Date);
        Assert.True(facts.PurchaseDate.IsApproximate);
        Assert.Equal("XYZ Store", facts.Shop);
        Assert.Equal("kettle", facts.Item);
        Assert.Equal(Money.Yuan(129), facts.AmountPaid);
        Assert.Equal(ProblemType.QualityDefect, facts.ProblemType);
    }

    [Theory]
    [InlineData("订单号1944822463412702309，李宁官方旗舰店买的运动鞋，付了129元", "李宁官方旗舰店")]
    [InlineData("李宁官方旗舰店买的运动鞋，鞋底开胶", "李宁官方旗舰店")]
    [InlineData("上周 天猫上暖禾家电专卖店下单的水壶", "暖禾家电专卖店")]
    [InlineData("在暖禾家电旗舰店买的水壶", "暖禾家电旗舰店")]
    public void Extract_StoreNamedAtTheStartOfAClause_FindsTheShop(string message, string shop)
    {
        var facts = FactExtractor.Extract(message, Today, ComplaintLocale.ZhCn);

        Assert.Equal(shop, facts.Shop);
    }

    [Theory]
    [InlineData("这家旗舰店买的运动鞋，鞋底开胶")]
    [InlineData("我也是官方旗舰店买的，质量很差")]
    [InlineData("说是旗舰店买的就一定是正品吗")]
    [InlineData("他们店买的运动鞋，鞋底开胶")]
    public void Extract_StoreWordWithoutAName_FindsNoShop(string message)
    {
        var facts = FactExtractor.Extract(message, Today, ComplaintLocale.ZhCn);

        Assert.Null(facts.Shop);
    }

    [Theory]
    [InlineData("双十一在天猫买了一台空气炸锅，实付两百九十九，收到就坏了，想退货退款", "空气炸锅", "299", Platform.Tmall, ProblemType.QualityDefect, OutcomeType.ReturnRefund)]
    [InlineData("淘宝上买的耳机是假货，订单号：１９４４ ８２２４ ６３４１ ２７０２ ３０９，我要退款", "耳机", null, Platform.Taobao, ProblemType.Counterfeit, OutcomeType.RefundOnly)]
    [InlineData("I ordered a pair of shoes on Tmall for ¥399, they never arrived, I want a refund", "pair of shoes", "399", Platform.Tmall, ProblemType.Logistics, OutcomeType.RefundOnly)]
    public void Extract_RealisticMessages_FindsStatedFacts(string message, string item, string? amount, Platform platform, ProblemType type, OutcomeType outcome)
    {
        var facts = FactExtractor.Extract(message, Today, ComplaintLocale.ZhCn);

        Assert.Equal(item, facts.Item);
        Assert.Equal(amount is null ? null : Money.Yuan(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)), facts.AmountPaid);
        Assert.Equal(platform, facts.Platform);
        Assert.Equal(type, facts.ProblemType);
        Assert.Equal(outcome, facts.Outcome);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("help")]
    [InlineData("我想投诉")]
    [InlineData("😡😡😡")]
    [InlineData("")]
    [InlineData("   ")]
    public void Extract_NothingToExtract_ReturnsEmpty(string message)
    {
        Assert.True(FactExtractor.Extract(message, Today, ComplaintLocale.ZhCn).IsEmpty);
    }

    [Fact]
    public void Extract_TrackingNumber_RefusedNotTaken()
    {
        var facts = FactExtractor.Extract("订单号YT7531234567890", Today, ComplaintLocale.ZhCn);

        Assert.Null(facts.OrderId);
        Assert.Equal(NormalisationErrors.TrackingNumber, facts.OrderIdRefusal!.ErrorCode);
    }

    [Fact]
    public void Extract_AlipayNumber_RefusedNotTaken()
    {
        var facts = FactExtractor.Extract("我只有这个号 2026112722001456789012345678", Today, ComplaintLocale.ZhCn);

        Assert.Null(facts.OrderId);
        Assert.Equal(NormalisationErrors.AlipayNumber, facts.OrderIdRefusal!.ErrorCode);
    }

    [Fact]
    public void Extract_CompensationAmount_NotTakenAsPaid()
    {
        var facts = FactExtractor.Extract("要求赔偿500元", Today, ComplaintLocale.ZhCn);

        Assert.Null(facts.AmountPaid);
    }

    [Fact]
    public void Extract_RefusalStatedAsFact_NotTakenAsDemand()
    {
        var facts = FactExtractor.Extract("商家拒绝退款", Today, ComplaintLocale.ZhCn);

        Assert.Null(facts.Outcome);
        Assert.Equal(ProblemType.AfterSales, facts.ProblemType);
    }

    [Fact]
    public void Extract_DeliveryAndDiscoveryDates_AssignedByVerb()
    {
        var facts = FactExtractor.Extract("11月20日收到的，前天发现底部开裂", Today, ComplaintLocale.ZhCn);

        Assert.Equal(new DateOnly(2026, 11, 20), facts.DeliveredDate!.Date);
        Assert.Equal(new DateOnly(2026, 11, 25), facts.DiscoveredDate!.Date);
        Assert.Null(facts.PurchaseDate);
    }

    [Fact]
    public void Extract_TwentyThousandCharacters_Completes()
    {
        var message = "订单号1944822463412702309，" + new string('啊', 19_000);

        var facts = FactExtractor.Extract(message, Today, ComplaintLocale.ZhCn);

        Assert.Equal("1944822463412702309", facts.OrderId);
    }

    [Fact]
    public void ApplyTo_KnownFacts_NeverOverwritten()
    {
        var draft = new ComplaintDraft { Order = new OrderFacts { Item = "电水壶" } };
        var facts = FactExtractor.Extract("订单号1944822463412702309，上周三在暖禾家电旗舰店买的水壶，129元，漏水", Today, ComplaintLocale.ZhCn);

        var fill = facts.ApplyTo(draft);

        Assert.Equal("电水壶", fill.Draft.Order.Item);
        Assert.Equal("1944822463412702309", fill.Draft.Order.OrderId);
        Assert.DoesNotContain("order.item", fill.Filled);
        Assert.Contains("order.orderId", fill.Filled);
        Assert.Contains("problem.type", fill.Filled);
    }
}
