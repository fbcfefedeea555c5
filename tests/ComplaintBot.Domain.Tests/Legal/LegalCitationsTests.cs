using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Tests.Legal;

public class LegalCitationsTests
{
    [Theory]
    [InlineData("CRPL-24", ComplaintLocale.ZhCn, "《消费者权益保护法》", "第二十四条")]
    [InlineData("CRPL-55.1", ComplaintLocale.ZhCn, "《消费者权益保护法》", "第五十五条第一款")]
    [InlineData("FSL-148.2", ComplaintLocale.ZhCn, "《食品安全法》", "第一百四十八条第二款")]
    [InlineData("CC-1183", ComplaintLocale.ZhCn, "《民法典》", "第一千一百八十三条")]
    [InlineData("CRPL-IR-12", ComplaintLocale.ZhCn, "《消费者权益保护法实施条例》", "第十二条")]
    [InlineData("CRPL-55.1", ComplaintLocale.EnUs, "Consumer Rights Protection Law", "Article 55(1)")]
    [InlineData("SPC-ONL-10", ComplaintLocale.EnUs, "Supreme People's Court Provisions (I) on Online Consumer Disputes", "Article 10")]
    public void Cite_Codes_LawAndArticleLocalized(string code, ComplaintLocale locale, string law, string article)
    {
        var citation = LegalCitations.Cite(code, locale)!;

        Assert.Equal(law, citation.Law);
        Assert.Equal(article, citation.Article);
        Assert.False(string.IsNullOrWhiteSpace(citation.Summary));
    }

    [Fact]
    public void Cite_UnknownCode_ReturnsNull()
    {
        Assert.Null(LegalCitations.Cite("XYZ-1", ComplaintLocale.ZhCn));
    }

    [Theory]
    [InlineData(ProblemType.QualityDefect, OutcomeType.ReturnRefund, "CRPL-24")]
    [InlineData(ProblemType.Logistics, OutcomeType.RefundOnly, "ECL-20")]
    [InlineData(ProblemType.MissingItems, OutcomeType.Reship, "CRPL-52")]
    [InlineData(ProblemType.Other, OutcomeType.Apology, "CRPL-50")]
    public void SelectCodes_TypeAndOutcome_TwoToFourRelevantArticles(ProblemType type, OutcomeType outcome, string expected)
    {
        var codes = LegalBasisSelector.SelectCodes(type, outcome, null);

        Assert.InRange(codes.Count, 2, 4);
        Assert.Contains(expected, codes);
        Assert.DoesNotContain("CRPL-55.1", codes);
    }

    [Fact]
    public void SelectCodes_StatutoryClaim_IncludesItsArticle()
    {
        var cap = StatutoryCompensation.Fraud(Money.Yuan(129), ComplaintLocale.ZhCn);

        Assert.Contains("CRPL-55.1", LegalBasisSelector.SelectCodes(ProblemType.Counterfeit, OutcomeType.Compensation, cap));
    }
}
