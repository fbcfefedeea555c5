using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain;
using ComplaintBot.Domain.Classification;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Extraction;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// Reads a typed answer to one question. The message is first searched for every fact it carries (a user may
/// answer "which shop?" with the whole story); then the asked question gets its own, stricter reading. Nothing
/// already known is overwritten by the extra facts, and every refusal says what was wrong.
/// </summary>
public sealed class AnswerParser(BotText text, ComplaintRulesOptions rules)
{
    /// <summary>The longest description kept; a longer paste is cut there and the user is told.</summary>
    public const int MaxDescriptionLength = 30_000;

    /// <summary>The longest short answer (item, shop, seller's reply) kept.</summary>
    public const int MaxShortAnswerLength = 200;

    private static readonly string[] UnknownOrderId = ["不知道", "不清楚", "忘了", "找不到", "没有订单号", "不记得", "dont know", "don't know", "do not know", "not sure", "no idea", "cant find", "can't find", "unknown"];
    private static readonly string[] KeepDemand = ["保持", "不改", "坚持", "就这个", "keep", "keep it", "no change", "stay"];

    /// <summary>Reads an answer to a free-text question.</summary>
    /// <param name="step">The step asked.</param>
    /// <param name="answer">The user's text.</param>
    /// <param name="state">The interview state.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>The draft with the answer applied, or why it was refused.</returns>
    public ParsedAnswer Parse(string step, string? answer, InterviewState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = state.Draft ?? new ComplaintDraft();
        var locale = Locales.FromTag(state.Locale);
        if (!HasContent(answer))
        {
            return ParsedAnswer.Invalid(draft, text.Get(state.Locale, "answer.empty"));
        }

        var message = answer!.Trim();
        var facts = step == InterviewStep.Description || message.Length <= 500
            ? FactExtractor.Extract(message, today, locale, rules)
            : new ExtractedFacts();
        var own = ParseOwn(step, message, draft, facts, state, today, locale);
        if (!own.IsValid)
        {
            return own;
        }

        // Extra facts fill only what is still unknown, after the asked question took its answer.
        var fill = facts.ApplyTo(own.Draft);
        var extras = fill.Filled.Where(filled => filled != step && InterviewStep.IndexOf(filled) > 0 && !state.IsSkipped(filled)).Distinct().ToList();
        return new ParsedAnswer(fill.Draft, own.Draft, null, extras);
    }

    /// <summary>Tells whether a text carries anything to read: not empty, not only emoji, symbols or punctuation.</summary>
    /// <param name="answer">The text.</param>
    /// <returns>True when it has a letter or a digit.</returns>
    public static bool HasContent(string? answer) => answer is not null && answer.Any(char.IsLetterOrDigit);

    /// <summary>Reads "keep my amount" after the review called a demand unreasonable.</summary>
    /// <param name="answer">The user's text.</param>
    /// <returns>True when the user keeps the amount.</returns>
    public static bool IsKeepDemand(string? answer) => Matches(answer, KeepDemand);

    /// <summary>Reads "I don't know my order number".</summary>
    /// <param name="answer">The user's text.</param>
    /// <returns>True when the user does not know it.</returns>
    public static bool IsUnknownOrderId(string? answer) => Matches(answer, UnknownOrderId);

    private static bool Matches(string? answer, string[] phrases)
    {
        if (answer is null || answer.Length > 30)
        {
            return false;
        }

        var folded = answer.Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant().Replace('’', '\'');
        return phrases.Any(phrase => folded == phrase || (folded.Length <= 12 && folded.Contains(phrase, StringComparison.Ordinal)));
    }

    private ParsedAnswer ParseOwn(string step, string message, ComplaintDraft draft, ExtractedFacts facts, InterviewState state, DateOnly today, ComplaintLocale locale)
    {
        switch (step)
        {
            case InterviewStep.OrderId:
                if (IsUnknownOrderId(message))
                {
                    return Valid(draft with { Order = draft.Order with { OrderIdUnknown = true, OrderId = null } });
                }

                if (facts.OrderId is { } found)
                {
                    return Valid(draft with { Order = draft.Order with { OrderId = found, OrderIdUnknown = false } });
                }

                var orderId = OrderNumberNormaliser.Normalize(message, locale, rules);
                return orderId.IsSuccess
                    ? Valid(draft with { Order = draft.Order with { OrderId = orderId.Value, OrderIdUnknown = false } })
                    : ParsedAnswer.Invalid(draft, orderId.Message ?? text.Get(state.Locale, "answer.notUnderstood"));

            case InterviewStep.Item:
                return Valid(draft with { Order = draft.Order with { Item = facts.Item ?? Short(message) } });

            case InterviewStep.Shop:
                return Valid(draft with { Order = draft.Order with { Shop = facts.Shop ?? Short(message) } });

            case InterviewStep.PurchaseDate:
                return ParseDate(message, draft, today, locale, state, notBefore: null, date => draft with { Order = draft.Order with { PurchaseDate = date } });

            case InterviewStep.DeliveredDate:
                return ParseDate(message, draft, today, locale, state, draft.Order.PurchaseDate, date => draft with { Order = draft.Order with { DeliveredDate = date } });

            case InterviewStep.DiscoveredDate:
                return ParseDate(message, draft, today, locale, state, draft.Order.PurchaseDate, date => draft with { Problem = draft.Problem with { DiscoveredDate = date } });

            case InterviewStep.AmountPaid:
                var paid = AmountNormaliser.Normalize(message, locale);
                return paid.IsSuccess
                    ? Valid(draft with { Order = draft.Order with { AmountPaid = paid.Value } })
                    : ParsedAnswer.Invalid(draft, paid.Message ?? text.Get(state.Locale, "answer.notUnderstood"));

            case InterviewStep.OutcomeAmount:
                var claimed = AmountNormaliser.Normalize(message, locale);
                return claimed.IsSuccess
                    ? Valid(draft with { Outcome = draft.Outcome with { Amount = claimed.Value } })
                    : ParsedAnswer.Invalid(draft, claimed.Message ?? text.Get(state.Locale, "answer.notUnderstood"));

            case InterviewStep.Description:
                var description = message.Length > MaxDescriptionLength ? message[..MaxDescriptionLength] : message;
                return Valid(draft with { Problem = draft.Problem with { Description = description } });

            case InterviewStep.ContactedSeller:
                // Reached only for the follow-up "what did the seller say?"; the yes/no itself is a confirm prompt.
                return Valid(draft with { Problem = draft.Problem with { SellerResponse = Short(message) } });

            case InterviewStep.ProblemType:
                var problem = ProblemClassifier.Classify(message);
                return problem is { IsClear: true }
                    ? Valid(draft with { Problem = draft.Problem with { Type = problem.Value } })
                    : ParsedAnswer.Invalid(draft, text.Get(state.Locale, "problem.type.notUnderstood"));

            case InterviewStep.OutcomeType:
                var outcome = OutcomeClassifier.Classify(message);
                return outcome is { IsClear: true }
                    ? Valid(draft with { Outcome = draft.Outcome with { Type = outcome.Value } })
                    : ParsedAnswer.Invalid(draft, text.Get(state.Locale, "outcome.type.notUnderstood"));

            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Not a free-text question.");
        }
    }

    private ParsedAnswer ParseDate(string message, ComplaintDraft draft, DateOnly today, ComplaintLocale locale, InterviewState state, DateOnly? notBefore, Func<DateOnly, ComplaintDraft> apply)
    {
        var date = DateNormaliser.Normalize(message, today, locale, mustNotBeFuture: true);
        if (!date.IsSuccess || date.Value is null)
        {
            return ParsedAnswer.Invalid(draft, date.Message ?? text.Get(state.Locale, "answer.notUnderstood"));
        }

        if (notBefore is { } earliest && date.Value.Date < earliest)
        {
            return ParsedAnswer.Invalid(draft, text.Get(state.Locale, "answer.beforePurchase", DateText.Format(earliest, state.Locale)));
        }

        return Valid(apply(date.Value.Date));
    }

    private static ParsedAnswer Valid(ComplaintDraft draft) => new(draft, draft, null, []);

    private static string Short(string message) => message.Length > MaxShortAnswerLength ? message[..MaxShortAnswerLength] : message;
}
