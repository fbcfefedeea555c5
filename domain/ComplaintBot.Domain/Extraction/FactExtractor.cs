using System.Text.RegularExpressions;
using ComplaintBot.Domain.Classification;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Extraction;

/// <summary>
/// Pulls several facts out of one message for slot filling, e.g.
/// "订单号1944822463412702309，上周三在暖禾家电旗舰店买的水壶，129元，漏水". Precision over recall: a fact is
/// returned only when the message states it clearly; nothing is guessed.
/// </summary>
public static partial class FactExtractor
{
    private const int MaxTextLength = 20_000;

    /// <summary>Extracts the facts of <paramref name="message"/>.</summary>
    /// <param name="message">One user message, either language, any length.</param>
    /// <param name="today">Today in the user's time zone, for relative dates.</param>
    /// <param name="locale">The user's language (explanations of refused order numbers use it).</param>
    /// <param name="options">Rule settings; defaults when null.</param>
    /// <returns>The facts found; <see cref="ExtractedFacts.IsEmpty"/> when there are none.</returns>
    public static ExtractedFacts Extract(string? message, DateOnly today, ComplaintLocale locale, ComplaintRulesOptions? options = null)
    {
        options ??= ComplaintRulesOptions.Default;
        if (string.IsNullOrWhiteSpace(message))
        {
            return new ExtractedFacts();
        }

        var text = SafeText.Nfkc(message, MaxTextLength);
        var (orderId, orderSpan, refusal) = FindOrderId(text, locale, options);
        var dates = DateNormaliser.FindAll(text, today).Where(d => d.Resolved.Date <= today && !Overlaps(d.Index, d.End, orderSpan)).ToList();
        return new ExtractedFacts
        {
            OrderId = orderId?.Value,
            OrderIdNeedsConfirmation = orderId?.NeedsConfirmation ?? false,
            OrderIdRefusal = orderId is null ? refusal : null,
            Platform = FindPlatform(text),
            Shop = FindShop(text),
            Item = FindItem(text),
            PurchaseDate = DateFor(text, dates, PurchaseVerb()),
            DeliveredDate = DateFor(text, dates, DeliveryVerb()),
            DiscoveredDate = DateFor(text, dates, DiscoveryVerb()),
            AmountPaid = FindAmount(text, locale, orderSpan, dates),
            ProblemType = ProblemClassifier.Classify(text) is { IsClear: true } p ? p.Value : null,
            Outcome = FindOutcome(text),
        };
    }

    private static (NormalisationResult<string>? Accepted, (int Start, int End) Span, NormalisationResult<string>? Refusal) FindOrderId(
        string text, ComplaintLocale locale, ComplaintRulesOptions options)
    {
        NormalisationResult<string>? refusal = null;
        foreach (Match m in LabelledOrderId().Matches(text))
        {
            var value = m.Groups["v"];
            var groups = value.Value.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var candidate in new[] { string.Concat(groups), groups[0] })
            {
                var result = OrderNumberNormaliser.Normalize(candidate, locale, options);
                if (result.IsSuccess)
                {
                    return (result, (value.Index, value.Index + value.Length), null);
                }

                refusal ??= result;
            }
        }

        foreach (Match m in BareDigits().Matches(text))
        {
            if (IdCardContext().IsMatch(text[Math.Max(0, m.Index - 6)..m.Index]))
            {
                continue;
            }

            var result = OrderNumberNormaliser.Check(m.Value, locale, options);
            if (result.IsSuccess && m.Length >= 18)
            {
                return (result, (m.Index, m.Index + m.Length), null);
            }

            if (result.ErrorCode == NormalisationErrors.AlipayNumber)
            {
                refusal ??= result;
            }
        }

        return (null, (-1, -1), refusal);
    }

    private static Platform? FindPlatform(string text)
    {
        if (Tmall().IsMatch(text))
        {
            return Platform.Tmall;
        }

        return Taobao().IsMatch(text) ? Platform.Taobao : null;
    }

    private static string? FindShop(string text)
    {
        foreach (var pattern in new[] { QuotedShop(), ChineseShop(), ClauseShop(), EnglishShop() })
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                var shop = PlatformPrefix().Replace(m.Groups["shop"].Value.Trim(), string.Empty);
                if (shop.Length >= 2)
                {
                    return shop;
                }
            }
        }

        return null;
    }

    private static string? FindItem(string text)
    {
        var zh = ChineseItem().Match(text);
        if (zh.Success)
        {
            var item = zh.Groups["item"].Value;
            var cut = ItemStop().Match(item, Math.Min(1, item.Length));
            item = cut.Success ? item[..cut.Index] : item;
            if (item.Length >= 1 && !GenericItem().IsMatch(item))
            {
                return item;
            }
        }

        var en = EnglishItem().Match(text);
        if (en.Success)
        {
            var item = en.Groups["item"].Value.Trim();
            if (item.Length >= 2 && !GenericItem().IsMatch(item))
            {
                return item;
            }
        }

        return null;
    }

    private static ResolvedDate? DateFor(string text, List<DateMatch> dates, Regex verb)
    {
        foreach (var date in dates)
        {
            var clause = ClauseAround(text, date.Index, date.End);
            if (verb.IsMatch(clause))
            {
                return date.Resolved;
            }
        }

        return null;
    }

    private static Money? FindAmount(string text, ComplaintLocale locale, (int Start, int End) orderSpan, List<DateMatch> dates)
    {
        var candidates = AmountNormaliser.FindAll(text, locale)
            .Where(a => a.IsMarked && !a.IsNegative && a.Money.Value > 0 && a.Money.Value <= 10_000_000m)
            .Where(a => !Overlaps(a.Index, a.End, orderSpan) && !dates.Any(d => Overlaps(a.Index, a.End, (d.Index, d.End))))
            .Where(a => !ClaimWord().IsMatch(text[Math.Max(0, a.Index - 10)..a.Index]))
            .ToList();
        var paid = candidates.FirstOrDefault(a => PaidWord().IsMatch(ClauseAround(text, a.Index, a.End)));
        if (paid is not null)
        {
            return paid.Money;
        }

        return candidates.Select(c => c.Money).Distinct().Count() == 1 ? candidates[0].Money : null;
    }

    // A demand counts only where the user says they want it; "商家拒绝退款" is a fact, not a demand.
    private static OutcomeType? FindOutcome(string text)
    {
        foreach (var clause in ClauseSplit().Split(text))
        {
            if (Desire().IsMatch(clause) && OutcomeClassifier.Classify(clause) is { IsClear: true } o)
            {
                return o.Value;
            }
        }

        return null;
    }

    private static string ClauseAround(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(['，', ',', '。', ';', '；', '!', '！', '?', '？', '\n'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny(['，', ',', '。', ';', '；', '!', '！', '?', '？', '\n'], Math.Min(text.Length, end));
        return text[from..(to < 0 ? text.Length : to)];
    }

    private static bool Overlaps(int start, int end, (int Start, int End) span) => span.Start >= 0 && start < span.End && span.Start < end;
}
