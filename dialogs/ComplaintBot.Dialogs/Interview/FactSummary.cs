using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>Describes known facts compactly ("订单号 1944…；购买日期 2026年11月18日"), for confirmations and status.</summary>
public sealed class FactSummary(BotText text)
{
    /// <summary>Describes the given steps of a draft, one "label value" pair per known fact.</summary>
    /// <param name="steps">The steps to describe.</param>
    /// <param name="state">The interview state.</param>
    /// <returns>The pairs, in interview order; unknown facts are left out.</returns>
    public IReadOnlyList<string> Describe(IEnumerable<string> steps, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var wanted = steps.ToHashSet(StringComparer.Ordinal);
        var facts = new List<string>();
        foreach (var step in InterviewStep.All.Where(wanted.Contains))
        {
            if (Value(step, state) is { } value)
            {
                facts.Add(text.Get(state.Locale, "fact.pair", text.Get(state.Locale, "label." + step), value));
            }
        }

        return facts;
    }

    /// <summary>Gets the value of one fact as the user should read it, or null when unknown.</summary>
    /// <param name="step">The step.</param>
    /// <param name="state">The interview state.</param>
    /// <returns>The value text, or null.</returns>
    public string? Value(string step, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = state.Draft ?? new ComplaintDraft();
        var locale = state.Locale;
        var language = Locales.FromTag(locale);
        var catalogue = ComplaintCatalogue.Default;
        return step switch
        {
            InterviewStep.OrderId => draft.Order.OrderId ?? (draft.Order.OrderIdUnknown ? text.Get(locale, "fact.unknown") : null),
            InterviewStep.Item => Clip(draft.Order.Item),
            InterviewStep.Shop => Clip(draft.Order.Shop),
            InterviewStep.PurchaseDate => draft.Order.PurchaseDate is { } bought ? DateText.Format(bought, locale) : null,
            InterviewStep.AmountPaid => draft.Order.AmountPaid is { } paid ? DateText.Format(paid, locale) : null,
            InterviewStep.DeliveredDate => draft.Order.DeliveredDate is { } delivered ? DateText.Format(delivered, locale) : null,
            InterviewStep.ProblemType => draft.Problem.Type is { } type ? catalogue.Problem(type).Name.Get(language) : null,
            InterviewStep.Description => Clip(draft.Problem.Description),
            InterviewStep.DiscoveredDate => draft.Problem.DiscoveredDate is { } found ? DateText.Format(found, locale) : null,
            InterviewStep.ContactedSeller => draft.Problem.ContactedSeller switch
            {
                true => text.Get(locale, "fact.yes") + (draft.Problem.SellerResponse is { } reply ? text.Get(locale, "fact.sellerSaid", Clip(reply)) : string.Empty),
                false => text.Get(locale, "fact.no"),
                null => null,
            },
            InterviewStep.OutcomeType => draft.Outcome.Type is { } outcome ? catalogue.Outcome(outcome).Name.Get(language) : null,
            InterviewStep.OutcomeAmount => draft.Outcome.Amount is { } amount ? DateText.Format(amount, locale) : null,
            InterviewStep.Evidence => draft.Evidence.Count > 0 ? text.Get(locale, "fact.files", draft.Evidence.Count) : (draft.EvidenceDeclined ? text.Get(locale, "fact.none") : null),
            _ => null,
        };
    }

    private static string? Clip(string? value) =>
        value is null ? null : value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
