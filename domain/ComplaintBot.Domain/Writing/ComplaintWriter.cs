using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Writing;

/// <summary>
/// Writes the complaint (§7): facts → problem → evidence → demand → basis → reply deadline. The Chinese texts are
/// always written (the platform and 12315 work in Chinese); an English version is added for en-US users. The
/// description used is the review's neutral rewrite, so insults, threats and ultimatums never reach the text.
/// </summary>
public sealed class ComplaintWriter
{
    private readonly ComplaintRulesOptions options;
    private readonly ComplaintCatalogue catalogue;

    /// <summary>Initializes a new instance of the <see cref="ComplaintWriter"/> class.</summary>
    /// <param name="options">Rule settings (text limits, reply deadline); defaults when null.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    public ComplaintWriter(ComplaintRulesOptions? options = null, ComplaintCatalogue? catalogue = null)
    {
        this.options = options ?? ComplaintRulesOptions.Default;
        this.catalogue = catalogue ?? ComplaintCatalogue.Default;
    }

    /// <summary>Writes the texts for <paramref name="draft"/>.</summary>
    /// <param name="draft">A draft with at least a problem type, description and demand.</param>
    /// <param name="review">The review of the same draft (see <see cref="ComplaintReviewer"/>).</param>
    /// <param name="today">Today in the user's time zone; the reply deadline counts from it.</param>
    /// <returns>The short and full Chinese texts and, for en-US users, the English one.</returns>
    /// <exception cref="ComplaintDomainException">The draft lacks a problem type, description or demand.</exception>
    public ComplaintText Write(ComplaintDraft draft, ReviewResult review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(review);
        draft = ComplaintReviewer.Safe(draft);
        var missing = draft.MissingRequired();
        if (missing.Count > 0)
        {
            throw new ComplaintDomainException("The draft cannot be written yet; missing " + string.Join(", ", missing) + ".");
        }

        var facts = new CaseFacts(
            draft,
            review,
            catalogue.Problem(draft.Problem.Type!.Value),
            catalogue.Outcome(draft.Outcome.Type!.Value),
            today.AddDays(options.ReplyDeadlineDays),
            catalogue);
        return new ComplaintText
        {
            ShortText = ChineseComplaintWriter.Short(facts, options),
            Full = ChineseComplaintWriter.Full(facts, options),
            English = draft.Locale == ComplaintLocale.EnUs ? EnglishComplaintWriter.Write(facts, options) : null,
        };
    }
}
