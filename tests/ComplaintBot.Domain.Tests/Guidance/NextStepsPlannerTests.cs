using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Guidance;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Tests.Guidance;

public class NextStepsPlannerTests
{
    [Theory]
    [InlineData(ComplaintLocale.ZhCn, "已买到的宝贝", "淘宝介入", "12315", "小额诉讼")]
    [InlineData(ComplaintLocale.EnUs, "My orders", "platform intervention", "12315", "small-claims")]
    public void Plan_Kettle_RouteInOrder(ComplaintLocale locale, string first, string second, string third, string fourth)
    {
        var draft = TestDrafts.Kettle(locale);
        var plan = new NextStepsPlanner().Plan(draft, new ComplaintReviewer().Review(draft, TestDrafts.Today), TestDrafts.Today);

        var all = string.Join("\n", plan.Steps);
        var positions = new[] { first, second, third, fourth }.Select(s => all.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Equal(new DateOnly(2026, 12, 4), plan.FollowUpDate);
    }

    [Theory]
    [InlineData(OutcomeType.RefundOnly, "仅退款")]
    [InlineData(OutcomeType.ReturnRefund, "退货退款")]
    [InlineData(OutcomeType.Exchange, "换货")]
    [InlineData(OutcomeType.Repair, "维修")]
    [InlineData(OutcomeType.Reship, "补发")]
    public void Plan_Outcomes_NameTheServiceType(OutcomeType outcome, string expected)
    {
        var draft = TestDrafts.Kettle() with { Outcome = new OutcomeFacts { Type = outcome } };
        var plan = new NextStepsPlanner().Plan(draft, new ComplaintReviewer().Review(draft, TestDrafts.Today), TestDrafts.Today);

        Assert.Contains(expected, plan.Steps[1], StringComparison.Ordinal);
    }
}
