using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Classification;

/// <summary>Classifies what the user asks for ("我要退款", "想退货退款", "send a replacement") into an outcome type.</summary>
public static class OutcomeClassifier
{
    private static readonly OutcomeType[] Priority =
    [
        OutcomeType.ReturnRefund, OutcomeType.RefundOnly, OutcomeType.Exchange, OutcomeType.Reship,
        OutcomeType.Repair, OutcomeType.Compensation, OutcomeType.Apology,
    ];

    /// <summary>Classifies <paramref name="text"/>.</summary>
    /// <param name="text">The user's words, either language.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    /// <returns>The best outcome, or null when no keyword matched.</returns>
    public static Classification<OutcomeType>? Classify(string? text, ComplaintCatalogue? catalogue = null)
    {
        catalogue ??= ComplaintCatalogue.Default;
        return KeywordScorer.Classify(text, KeywordTable<OutcomeType>.Of(catalogue, c => c.OutcomeTypes.Select(o => (o.Key, o.Keywords))), Priority);
    }
}
