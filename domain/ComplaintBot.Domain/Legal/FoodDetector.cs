using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Classification;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Legal;

/// <summary>Decides whether a complaint is about food: the user's answer wins, otherwise the item and description are read.</summary>
public static class FoodDetector
{
    /// <summary>Whether <paramref name="draft"/> is about food.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    /// <returns>True for food.</returns>
    public static bool IsFood(ComplaintDraft draft, ComplaintCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Problem?.IsFood is { } answer)
        {
            return answer;
        }

        catalogue ??= ComplaintCatalogue.Default;
        var text = (draft.Order?.Item ?? string.Empty) + " " + (draft.Problem?.Description ?? string.Empty);
        return KeywordScorer.ContainsAny(text.Length > 2000 ? text[..2000] : text, catalogue.FoodKeywords);
    }
}
