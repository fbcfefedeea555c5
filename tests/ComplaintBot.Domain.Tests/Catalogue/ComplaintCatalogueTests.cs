using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Tests.Catalogue;

public class ComplaintCatalogueTests
{
    [Fact]
    public void Default_ProblemKeys_ExactlyTheContract()
    {
        var keys = ComplaintCatalogue.Default.ProblemTypes.Select(p => Keys.Of(p.Key));

        Assert.Equal(["quality_defect", "not_as_described", "false_advertising", "counterfeit", "after_sales", "logistics", "price_or_promise", "missing_items", "other"], keys);
    }

    [Fact]
    public void Default_OutcomeKeys_ExactlyTheContract()
    {
        var keys = ComplaintCatalogue.Default.OutcomeTypes.Select(o => Keys.Of(o.Key));

        Assert.Equal(["refund_only", "return_refund", "exchange", "repair", "reship", "compensation", "apology"], keys);
    }

    [Theory]
    [MemberData(nameof(ProblemTypes))]
    public void Problem_EveryType_HasBothLanguagesKeyEvidenceFirstAndKnownArticles(ProblemType type)
    {
        var info = ComplaintCatalogue.Default.Problem(type);

        Assert.False(string.IsNullOrWhiteSpace(info.Name.Zh));
        Assert.False(string.IsNullOrWhiteSpace(info.Name.En));
        Assert.True(info.Evidence[0].IsKey);
        Assert.Equal(info.Evidence.TakeWhile(e => e.IsKey).Count(), info.Evidence.Count(e => e.IsKey));
        Assert.All(info.Evidence, e => Assert.NotEmpty(e.Kinds));
        Assert.All(info.LegalBasis, code => Assert.NotNull(ComplaintCatalogue.Default.Article(code)));
        Assert.NotEmpty(info.TypicalOutcomes);
        Assert.Contains(info.Keywords, k => k.Any(c => c > 0x4e00));
        Assert.Contains(info.Keywords, k => k.All(c => c < 128));
        Assert.Contains("{item}", info.Subject.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quality_defect", ProblemType.QualityDefect)]
    [InlineData("PRICE_OR_PROMISE", ProblemType.PriceOrPromise)]
    [InlineData("nonsense", null)]
    [InlineData(null, null)]
    public void Parse_Keys_MapToEnum(string? key, ProblemType? expected)
    {
        Assert.Equal(expected, Keys.Parse<ProblemType>(key));
    }

    public static TheoryData<ProblemType> ProblemTypes() => new(Enum.GetValues<ProblemType>());
}
