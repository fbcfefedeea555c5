using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Classification;

/// <summary>Classifies a free-text description ("漏水", "假货", "never arrived") into a problem type, by catalogue keywords.</summary>
public static class ProblemClassifier
{
    // On a tie the more specific type wins: "假货" with "质量差" is a counterfeit complaint first.
    private static readonly ProblemType[] Priority =
    [
        ProblemType.Counterfeit, ProblemType.FalseAdvertising, ProblemType.MissingItems, ProblemType.Logistics,
        ProblemType.PriceOrPromise, ProblemType.AfterSales, ProblemType.NotAsDescribed, ProblemType.QualityDefect, ProblemType.Other,
    ];

    /// <summary>Classifies <paramref name="text"/>.</summary>
    /// <param name="text">The user's words, any length, either language.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    /// <returns>The best type with its evidence, or null when no keyword matched.</returns>
    public static Classification<ProblemType>? Classify(string? text, ComplaintCatalogue? catalogue = null)
    {
        catalogue ??= ComplaintCatalogue.Default;
        return KeywordScorer.Classify(text, KeywordTable<ProblemType>.Of(catalogue, c => c.ProblemTypes.Select(p => (p.Key, p.Keywords))), Priority);
    }
}
