using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Legal;

/// <summary>Chooses the 2-4 most relevant articles for a problem and demand (§6.9: cite a few, do not pile up).</summary>
public static class LegalBasisSelector
{
    private const int MaxArticles = 4;

    /// <summary>The article codes for the case, most relevant first.</summary>
    /// <param name="type">The problem type.</param>
    /// <param name="outcome">The demand, if known.</param>
    /// <param name="statutory">The statutory cap claimed, if any; its article is always included.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    /// <returns>At most four codes.</returns>
    public static IReadOnlyList<string> SelectCodes(ProblemType type, OutcomeType? outcome, StatutoryCap? statutory, ComplaintCatalogue? catalogue = null)
    {
        catalogue ??= ComplaintCatalogue.Default;
        var codes = new List<string>();
        var byType = catalogue.Problem(type).LegalBasis;
        codes.AddRange(byType.Take(statutory is null ? 3 : 2));
        var extra = outcome switch
        {
            OutcomeType.Compensation when statutory is not null => statutory.Code,
            OutcomeType.ReturnRefund or OutcomeType.Exchange or OutcomeType.Repair when type is not ProblemType.Other => "CRPL-24",
            OutcomeType.Reship => "CRPL-52",
            OutcomeType.Apology when type == ProblemType.Other => "CRPL-50",
            _ => null,
        };
        if (extra is not null && !codes.Contains(extra))
        {
            codes.Add(extra);
        }

        foreach (var code in byType)
        {
            if (codes.Count >= MaxArticles)
            {
                break;
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes.Take(MaxArticles).ToList();
    }

    /// <summary>The citations for the case in <paramref name="locale"/>.</summary>
    /// <param name="type">The problem type.</param>
    /// <param name="outcome">The demand, if known.</param>
    /// <param name="statutory">The statutory cap claimed, if any.</param>
    /// <param name="locale">The language.</param>
    /// <returns>The citations, most relevant first.</returns>
    public static IReadOnlyList<LegalCitation> Select(ProblemType type, OutcomeType? outcome, StatutoryCap? statutory, ComplaintLocale locale) =>
        SelectCodes(type, outcome, statutory)
            .Select(c => LegalCitations.Cite(c, locale))
            .OfType<LegalCitation>()
            .ToList();
}
