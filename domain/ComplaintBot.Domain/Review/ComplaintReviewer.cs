using System.Globalization;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;
using ComplaintBot.Domain.Writing;

namespace ComplaintBot.Domain.Review;

/// <summary>
/// Reviews a draft against §6, §8 and §9: flags with fixes, an effectiveness score with reasons, tips, missing key
/// evidence and legal basis. Works on incomplete drafts too, so the interview can show progress.
/// </summary>
public sealed class ComplaintReviewer
{
    private readonly ComplaintRulesOptions options;
    private readonly ComplaintCatalogue catalogue;

    /// <summary>Initializes a new instance of the <see cref="ComplaintReviewer"/> class.</summary>
    /// <param name="options">Rule settings; defaults when null.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    public ComplaintReviewer(ComplaintRulesOptions? options = null, ComplaintCatalogue? catalogue = null)
    {
        this.options = options ?? ComplaintRulesOptions.Default;
        this.catalogue = catalogue ?? ComplaintCatalogue.Default;
    }

    /// <summary>Reviews <paramref name="draft"/> as of <paramref name="today"/>.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>The review, in the draft's language.</returns>
    public ReviewResult Review(ComplaintDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft = Safe(draft);
        var l = draft.Locale;
        var type = draft.Problem.Type ?? ProblemType.Other;
        var isFood = FoodDetector.IsFood(draft, catalogue);
        var rewrite = NeutralRewriter.Rewrite(draft.Problem.Description);
        var cap = StatutoryCompensation.For(type, isFood, draft.Order.AmountPaid, l);
        var claimsMoney = draft.Outcome.Type == OutcomeType.Compensation || (draft.Outcome.Amount is { } a && draft.Order.AmountPaid is { } p && a.Value > p.Value);
        var statutory = claimsMoney ? cap : null;
        var missingKey = EvidenceMatcher.MissingKey(catalogue.Problem(type).Evidence, draft.Evidence);

        var flags = new List<ReviewFlag>();
        AddEmotional(flags, rewrite, l);
        AddMalicious(flags, rewrite, l);
        var demands = DemandRules.Check(draft, isFood, cap, l);
        if (demands.Count > 0)
        {
            flags.Add(new ReviewFlag(ReviewFlagCode.UnreasonableDemand, string.Join(" ", demands.Select(d => d.Message)), string.Join(" ", demands.Select(d => d.Fix).Distinct())));
        }

        AddEvidence(flags, draft, missingKey, l);
        AddLate(flags, draft, today, l);
        AddOrderId(flags, draft, l);

        var keyCount = catalogue.Problem(type).Evidence.Count(e => e.IsKey);
        var card = ScoreCard.Evaluate(draft, flags, missingKey.Count, keyCount, catalogue);
        var chineseCap = statutory is null ? null : StatutoryCompensation.For(type, isFood, draft.Order.AmountPaid, ComplaintLocale.ZhCn);
        return new ReviewResult
        {
            Flags = flags,
            Score = ScoreCard.Score(card),
            ScoreExplanation = ScoreCard.Explain(card, l),
            Tips = ReviewTips.For(draft, type, isFood, statutory, l),
            MissingEvidence = missingKey.Select(k => k.Name.Get(l)).ToList(),
            LegalBasis = LegalBasisSelector.Select(type, draft.Outcome.Type, statutory, l),
            LegalBasisChinese = LegalBasisSelector.Select(type, draft.Outcome.Type, chineseCap, ComplaintLocale.ZhCn),
            Rewrite = rewrite,
            Statutory = statutory,
            StatutoryChinese = chineseCap,
            IsFood = isFood,
        };
    }

    // Drafts come back from storage; a null section must not crash the review.
    internal static ComplaintDraft Safe(ComplaintDraft draft) => draft with
    {
        Order = draft.Order ?? new OrderFacts(),
        Problem = draft.Problem ?? new ProblemFacts(),
        Outcome = draft.Outcome is null ? new OutcomeFacts() : draft.Outcome with { Alternatives = draft.Outcome.Alternatives ?? [] },
        Evidence = draft.Evidence ?? [],
    };

    private static void AddEmotional(List<ReviewFlag> flags, NeutralRewrite rewrite, ComplaintLocale l)
    {
        if (rewrite.Findings.Count == 0)
        {
            return;
        }

        var examples = string.Join(l == ComplaintLocale.EnUs ? ", " : "、", rewrite.Findings.Select(f => f.Text.Trim()).Where(t => t.Length > 0).Distinct().Take(3).Select(t => l == ComplaintLocale.EnUs ? "\"" + t + "\"" : "「" + t + "」"));
        var preview = rewrite.Text.Length > 120 ? rewrite.Text[..120] + "…" : rewrite.Text;
        flags.Add(new ReviewFlag(
            ReviewFlagCode.EmotionalLanguage,
            ReviewTexts.Emotional.Get(l).Replace("{examples}", examples, StringComparison.Ordinal),
            ReviewTexts.EmotionalFix.Get(l).Replace("{rewrite}", preview, StringComparison.Ordinal)));
    }

    private static void AddMalicious(List<ReviewFlag> flags, NeutralRewrite rewrite, ComplaintLocale l)
    {
        if (rewrite.Signals.Count == 0)
        {
            return;
        }

        var extortion = rewrite.Signals.Any(s => s.Kind == MaliciousSignalKind.Extortion);
        flags.Add(extortion
            ? new ReviewFlag(ReviewFlagCode.MaliciousSignal, ReviewTexts.Extortion.Get(l), ReviewTexts.ExtortionFix.Get(l))
            : new ReviewFlag(ReviewFlagCode.MaliciousSignal, ReviewTexts.Fabricated.Get(l), ReviewTexts.FabricatedFix.Get(l)));
    }

    private static void AddEvidence(List<ReviewFlag> flags, ComplaintDraft draft, IReadOnlyList<EvidenceRequirement> missingKey, ComplaintLocale l)
    {
        var items = string.Join(l == ComplaintLocale.EnUs ? "; " : "；", missingKey.Select(k => k.Name.Get(l)));
        if (draft.Evidence.Count == 0)
        {
            flags.Add(new ReviewFlag(ReviewFlagCode.MissingEvidence, ReviewTexts.NoEvidence.Get(l), ReviewTexts.EvidenceFix.Get(l).Replace("{items}", items, StringComparison.Ordinal)));
        }
        else if (missingKey.Count > 0)
        {
            flags.Add(new ReviewFlag(
                ReviewFlagCode.MissingEvidence,
                ReviewTexts.MissingKey.Get(l).Replace("{items}", items, StringComparison.Ordinal),
                ReviewTexts.EvidenceFix.Get(l).Replace("{items}", items, StringComparison.Ordinal)));
        }
    }

    private void AddLate(List<ReviewFlag> flags, ComplaintDraft draft, DateOnly today, ComplaintLocale l)
    {
        var messages = new List<string>();
        var delivered = draft.Order.DeliveredDate;
        var since = delivered ?? draft.Order.PurchaseDate;
        var window = options.PlatformAfterSalesWindowDays + (delivered is null ? options.AssumedShippingDays : 0);
        if (since is { } start && today.DayNumber - start.DayNumber > window && draft.Outcome.Type != OutcomeType.Repair)
        {
            messages.Add(ReviewTexts.LateWindow.Get(l)
                .Replace("{days}", (today.DayNumber - start.DayNumber).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{window}", options.PlatformAfterSalesWindowDays.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        if (draft.Problem.DiscoveredDate is { } found && today.DayNumber - found.DayNumber > options.DiscoveryDelayDays)
        {
            messages.Add(ReviewTexts.LateDiscovery.Get(l).Replace("{days}", (today.DayNumber - found.DayNumber).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        if (messages.Count > 0)
        {
            flags.Add(new ReviewFlag(ReviewFlagCode.LateComplaint, string.Join(" ", messages), ReviewTexts.LateFix.Get(l)));
        }
    }

    private void AddOrderId(List<ReviewFlag> flags, ComplaintDraft draft, ComplaintLocale l)
    {
        var id = draft.Order.OrderId;
        if (string.IsNullOrWhiteSpace(id))
        {
            flags.Add(new ReviewFlag(ReviewFlagCode.MissingOrderId, ReviewTexts.NoOrderId.Get(l), ReviewTexts.NoOrderIdFix.Get(l)));
            return;
        }

        var check = OrderNumberNormaliser.Normalize(id, l, options);
        if (!check.IsSuccess)
        {
            flags.Add(new ReviewFlag(ReviewFlagCode.MissingOrderId, check.Message ?? ReviewTexts.NoOrderId.Get(l), ReviewTexts.NoOrderIdFix.Get(l)));
        }
    }
}
