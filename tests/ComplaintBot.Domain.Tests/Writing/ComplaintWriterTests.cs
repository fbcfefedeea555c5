using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;
using ComplaintBot.Domain.Writing;

namespace ComplaintBot.Domain.Tests.Writing;

public class ComplaintWriterTests
{
    public static TheoryData<ProblemType, ComplaintLocale> EveryTypeAndLocale()
    {
        var data = new TheoryData<ProblemType, ComplaintLocale>();
        foreach (var type in Enum.GetValues<ProblemType>())
        {
            data.Add(type, ComplaintLocale.ZhCn);
            data.Add(type, ComplaintLocale.EnUs);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTypeAndLocale))]
    public void Write_EveryProblemType_HasStructureFactsAndNoInsults(ProblemType type, ComplaintLocale locale)
    {
        var draft = TestDrafts.OfType(type, locale);
        var review = new ComplaintReviewer().Review(draft, TestDrafts.Today);

        var text = new ComplaintWriter().Write(draft, review, TestDrafts.Today);

        string[] sections = ["投诉事由：", "一、基本情况", "二、存在的问题", "三、证据", "四、诉求", "五、依据", "六、答复期限"];
        var positions = sections.Select(s => text.Full.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        foreach (var output in new[] { text.ShortText, text.Full, text.English ?? string.Empty })
        {
            Assert.Empty(ToneAnalyzer.Analyze(output));
        }

        Assert.Contains("1944822463412702309", text.Full, StringComparison.Ordinal);
        Assert.Contains("129元", text.Full, StringComparison.Ordinal);
        Assert.Contains("2026年11月18日", text.Full, StringComparison.Ordinal);
        Assert.Contains("暖禾家电旗舰店", text.Full, StringComparison.Ordinal);
        Assert.Contains("《", text.Full, StringComparison.Ordinal);
        Assert.True(text.ShortText.Length <= ComplaintRulesOptions.Default.ShortTextLimit);
        Assert.Contains("1944822463412702309", text.ShortText, StringComparison.Ordinal);
        if (locale == ComplaintLocale.EnUs)
        {
            Assert.NotNull(text.English);
            string[] english = ["Subject:", "1. Facts", "2. Problem", "3. Evidence", "4. Request", "5. Basis", "6. Deadline"];
            Assert.All(english, s => Assert.Contains(s, text.English, StringComparison.Ordinal));
            Assert.Contains("1944822463412702309", text.English, StringComparison.Ordinal);
            Assert.Contains("CNY 129", text.English, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(text.English);
        }
    }

    [Fact]
    public void Write_UnknownFacts_OmittedNotInvented()
    {
        var draft = new ComplaintDraft
        {
            Problem = new ProblemFacts { Type = ProblemType.QualityDefect, Description = "用了两天就坏了" },
            Outcome = new OutcomeFacts { Type = OutcomeType.ReturnRefund },
        };
        var review = new ComplaintReviewer().Review(draft, TestDrafts.Today);

        var text = new ComplaintWriter().Write(draft, review, TestDrafts.Today);

        Assert.DoesNotContain("订单编号", text.Full, StringComparison.Ordinal);
        Assert.DoesNotContain("实付", text.Full, StringComparison.Ordinal);
        Assert.DoesNotContain("店铺", text.Full, StringComparison.Ordinal);
        Assert.Contains("本人购买所购商品", text.Full, StringComparison.Ordinal);
        Assert.Contains("用了两天就坏了", text.Full, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LegalTermsSupportedByFacts_Kept()
    {
        var draft = TestDrafts.Kettle() with
        {
            Problem = new ProblemFacts { Type = ProblemType.Counterfeit, Description = "鉴定为假货，商家涉嫌欺诈和虚假宣传。" },
            Outcome = new OutcomeFacts { Type = OutcomeType.Compensation },
        };
        var review = new ComplaintReviewer().Review(draft, TestDrafts.Today);

        var text = new ComplaintWriter().Write(draft, review, TestDrafts.Today);

        Assert.Contains("涉嫌欺诈和虚假宣传", text.Full, StringComparison.Ordinal);
        Assert.Contains("要求增加赔偿500元", text.Full, StringComparison.Ordinal);
        Assert.Contains("第五十五条第一款", text.Full, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThreatAndExtortion_NeverReachTheText()
    {
        var draft = TestDrafts.Kettle() with
        {
            Problem = TestDrafts.Kettle().Problem with { Description = "底部漏水。不赔我500块我就给你差评，再不处理我就砸你店" },
        };
        var review = new ComplaintReviewer().Review(draft, TestDrafts.Today);

        var text = new ComplaintWriter().Write(draft, review, TestDrafts.Today);

        Assert.DoesNotContain("差评", text.Full, StringComparison.Ordinal);
        Assert.DoesNotContain("砸", text.Full, StringComparison.Ordinal);
        Assert.Contains("底部漏水", text.Full, StringComparison.Ordinal);
        Assert.True(review.Has(ReviewFlagCode.MaliciousSignal));
    }

    [Fact]
    public void Write_TwentyThousandCharacterDescription_StaysWithinLimits()
    {
        var draft = TestDrafts.Kettle() with
        {
            Problem = TestDrafts.Kettle().Problem with { Description = string.Concat(Enumerable.Repeat("水壶底部漏水。", 2857)) },
        };
        var review = new ComplaintReviewer().Review(draft, TestDrafts.Today);

        var text = new ComplaintWriter().Write(draft, review, TestDrafts.Today);

        Assert.True(text.ShortText.Length <= 200);
        Assert.True(text.Full.Length <= 1500, text.Full.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("节选", text.Full, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IncompleteDraft_ThrowsDomainException()
    {
        var draft = new ComplaintDraft();

        Assert.Throws<ComplaintDomainException>(() => new ComplaintWriter().Write(draft, new ComplaintReviewer().Review(draft, TestDrafts.Today), TestDrafts.Today));
    }
}
