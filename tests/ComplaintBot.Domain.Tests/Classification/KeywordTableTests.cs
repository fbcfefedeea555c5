using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Classification;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Tests.Classification;

public sealed class KeywordTableTests
{
    [Fact]
    public void Of_PreparesEachCatalogueOnce()
    {
        var calls = 0;
        IEnumerable<(ProblemType, IReadOnlyList<string>)> Select(ComplaintCatalogue c)
        {
            calls++;
            return c.ProblemTypes.Select(p => (p.Key, p.Keywords));
        }

        var first = KeywordTable<ProblemType>.Of(ComplaintCatalogue.Default, Select);
        var second = KeywordTable<ProblemType>.Of(ComplaintCatalogue.Default, Select);

        Assert.Same(first, second);
        Assert.True(calls <= 1);
    }

    [Fact]
    public void Entries_AreLowerCasedLongestFirst_EqualLengthsInCatalogueOrder_AsciiMarked()
    {
        var catalogue = ComplaintCatalogue.Default;
        var table = KeywordTable<OutcomeType>.Of(catalogue, c => c.OutcomeTypes.Select(o => (o.Key, o.Keywords)));

        var expected = catalogue.OutcomeTypes
            .SelectMany(o => o.Keywords.Select(k => (o.Key, Keyword: k.ToLowerInvariant())))
            .Where(k => k.Keyword.Length > 0)
            .OrderByDescending(k => k.Keyword.Length)
            .ToList();
        Assert.Equal(expected, table.Entries.Select(e => (e.Value, e.Keyword)).ToList());
        Assert.All(table.Entries, e => Assert.Equal(e.Keyword.All(c => c < 128), e.IsAscii));
        Assert.Contains(table.Entries, e => e.IsAscii);
        Assert.Contains(table.Entries, e => !e.IsAscii);
    }

    [Theory]
    [InlineData("壶底漏水，质量太差", ProblemType.QualityDefect)]
    [InlineData("The parcel NEVER ARRIVED", ProblemType.Logistics)]
    [InlineData("收到的是假货", ProblemType.Counterfeit)]
    public void Classify_UsesThePreparedTable(string text, ProblemType expected)
    {
        Assert.Equal(expected, ProblemClassifier.Classify(text)?.Value);
    }

    [Fact]
    public void Classify_EnglishKeywordInsideAnotherWord_DoesNotCount()
    {
        // The English keyword "fake" counts as a whole word only, never inside "unfakeable".
        Assert.NotEqual(ProblemType.Counterfeit, ProblemClassifier.Classify("the box was unfakeable packaging")?.Value);
    }
}
