using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Tests.Review;

public class ComplaintReviewerTests
{
    [Fact]
    public void Review_CompleteCalmCase_NoFlagsFullScore()
    {
        var review = CreateSut().Review(TestDrafts.Kettle() with { Problem = TestDrafts.Kettle().Problem with { Description = "第二次烧水时底部开始漏水。" } }, TestDrafts.Today);

        Assert.Empty(review.Flags);
        Assert.Equal(100, review.Score);
        Assert.Equal(5, review.ScoreExplanation.Count);
        Assert.Empty(review.MissingEvidence);
    }

    [Theory]
    [InlineData("收到的垃圾袋一扯就破，底部漏水")]
    [InlineData("按说明书操作后底部漏水")]
    [InlineData("草莓图案的水壶底部漏水")]
    [InlineData("傻瓜相机说明书里写着防水")]
    [InlineData("商家涉嫌欺诈和虚假宣传")]
    public void Review_FalsePositiveWords_NoEmotionalFlag(string description)
    {
        var draft = TestDrafts.Kettle() with { Problem = TestDrafts.Kettle().Problem with { Description = description } };

        Assert.False(CreateSut().Review(draft, TestDrafts.Today).Has(ReviewFlagCode.EmotionalLanguage));
    }

    [Theory]
    [InlineData("傻逼商家，水壶漏水", ComplaintLocale.ZhCn, "中性")]
    [InlineData("You idiots sent a leaking kettle!!!", ComplaintLocale.EnUs, "neutral")]
    public void Review_EmotionalDescription_FlagWithRewriteAsFix(string description, ComplaintLocale locale, string fixWord)
    {
        var draft = TestDrafts.Kettle(locale) with { Problem = TestDrafts.Kettle().Problem with { Description = description } };

        var flag = CreateSut().Review(draft, TestDrafts.Today).Flags.Single(f => f.Code == ReviewFlagCode.EmotionalLanguage);

        Assert.Contains(fixWord, flag.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProblemType.Counterfeit, 200, 800, false)]
    [InlineData(ProblemType.Counterfeit, 200, 801, true)]
    [InlineData(ProblemType.Counterfeit, 129, 629, false)]
    [InlineData(ProblemType.Counterfeit, 129, 630, true)]
    [InlineData(ProblemType.QualityDefect, 129, 129, false)]
    [InlineData(ProblemType.QualityDefect, 129, 300, true)]
    public void Review_CompensationAmount_FlaggedAboveCap(ProblemType type, int price, int amount, bool flagged)
    {
        var draft = TestDrafts.Kettle() with
        {
            Problem = new ProblemFacts { Type = type, Description = "底部漏水" },
            Outcome = new OutcomeFacts { Type = OutcomeType.Compensation, Amount = Money.Yuan(amount) },
        };
        draft = draft with { Order = draft.Order with { AmountPaid = Money.Yuan(price) } };

        Assert.Equal(flagged, CreateSut().Review(draft, TestDrafts.Today).Has(ReviewFlagCode.UnreasonableDemand));
    }

    [Theory]
    [InlineData("水壶漏水，要求赔偿精神损失费2000元")]
    [InlineData("水壶漏水，要求退一赔十")]
    [InlineData("水壶漏水，我要退一赔三")]
    [InlineData("水壶漏水，要求开除那个客服")]
    [InlineData("The kettle leaks, I want compensation for emotional distress")]
    public void Review_UnsupportedKindsOfClaim_Flagged(string description)
    {
        var draft = TestDrafts.Kettle() with { Problem = TestDrafts.Kettle().Problem with { Description = description } };

        Assert.True(CreateSut().Review(draft, TestDrafts.Today).Has(ReviewFlagCode.UnreasonableDemand));
    }

    [Fact]
    public void Review_TenTimesForFood_NotFlagged()
    {
        var draft = TestDrafts.Kettle() with
        {
            Order = TestDrafts.Kettle().Order with { Item = "进口奶粉" },
            Problem = new ProblemFacts { Type = ProblemType.QualityDefect, Description = "奶粉已过期，要求退一赔十" },
            Outcome = new OutcomeFacts { Type = OutcomeType.Compensation, Amount = Money.Yuan(1129) },
        };

        var review = CreateSut().Review(draft, TestDrafts.Today);

        Assert.False(review.Has(ReviewFlagCode.UnreasonableDemand));
        Assert.True(review.IsFood);
        Assert.Equal("FSL-148.2", review.Statutory!.Code);
    }

    [Fact]
    public void Review_NoEvidence_FlagListsKeyItems()
    {
        var review = CreateSut().Review(TestDrafts.Kettle() with { Evidence = [] }, TestDrafts.Today);

        var flag = review.Flags.Single(f => f.Code == ReviewFlagCode.MissingEvidence);
        Assert.Contains("照片", flag.Fix, StringComparison.Ordinal);
        Assert.Equal(2, review.MissingEvidence.Count);
    }

    [Fact]
    public void Review_KeyVideoMissing_FlagNamesIt()
    {
        var review = CreateSut().Review(TestDrafts.Kettle() with { Evidence = [TestDrafts.Kettle().Evidence[0]] }, TestDrafts.Today);

        Assert.True(review.Has(ReviewFlagCode.MissingEvidence));
        Assert.Contains("视频", Assert.Single(review.MissingEvidence), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-20", null, false)]
    [InlineData("2026-10-01", null, true)]
    [InlineData("2026-11-20", "2026-09-01", true)]
    public void Review_Dates_LateFlagWhenPastWindows(string delivered, string? discovered, bool flagged)
    {
        var draft = TestDrafts.Kettle() with
        {
            Order = TestDrafts.Kettle().Order with { DeliveredDate = DateOnly.Parse(delivered, System.Globalization.CultureInfo.InvariantCulture) },
            Problem = TestDrafts.Kettle().Problem with { DiscoveredDate = discovered is null ? null : DateOnly.Parse(discovered, System.Globalization.CultureInfo.InvariantCulture) },
        };

        Assert.Equal(flagged, CreateSut().Review(draft, TestDrafts.Today).Has(ReviewFlagCode.LateComplaint));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("YT7531234567890")]
    [InlineData("2026112722001456789012345678")]
    public void Review_MissingOrInvalidOrderId_Flagged(string? orderId)
    {
        var draft = TestDrafts.Kettle() with { Order = TestDrafts.Kettle().Order with { OrderId = orderId } };

        var flag = CreateSut().Review(draft, TestDrafts.Today).Flags.Single(f => f.Code == ReviewFlagCode.MissingOrderId);

        Assert.Contains("订单编号", flag.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("不赔我500块我就给你差评", "差评")]
    [InlineData("Pay me 1000 yuan or I will post one-star reviews everywhere", "review")]
    [InlineData("我自己P了一张图当证据", "真实")]
    public void Review_MaliciousSignal_FlaggedPolitely(string description, string expected)
    {
        var locale = description.Any(char.IsAsciiLetter) && !description.Any(c => c > 0x4e00) ? ComplaintLocale.EnUs : ComplaintLocale.ZhCn;
        var draft = TestDrafts.Kettle(locale) with { Problem = TestDrafts.Kettle().Problem with { Description = description } };

        var flag = CreateSut().Review(draft, TestDrafts.Today).Flags.Single(f => f.Code == ReviewFlagCode.MaliciousSignal);

        Assert.Contains(expected, flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("敲诈", flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("extortion", flag.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Review_EmptyDraft_DoesNotThrowAndScoresLow()
    {
        var review = CreateSut().Review(new ComplaintDraft { Order = null!, Problem = null!, Outcome = null!, Evidence = null! }, TestDrafts.Today);

        Assert.True(review.Score < 50);
        Assert.True(review.Has(ReviewFlagCode.MissingOrderId));
    }

    private static ComplaintReviewer CreateSut() => new();
}
