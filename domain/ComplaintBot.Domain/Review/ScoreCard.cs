using System.Globalization;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Review;

/// <summary>The five criteria of an effective complaint (§6), twenty points each.</summary>
internal static class ScoreCard
{
    private const int Full = 20;

    public static List<(LocalizedText Name, int Points, LocalizedText Reason)> Evaluate(
        ComplaintDraft draft, IReadOnlyList<ReviewFlag> flags, int missingKey, int keyCount, ComplaintCatalogue catalogue)
    {
        bool Has(ReviewFlagCode code) => flags.Any(f => f.Code == code);
        var card = new List<(LocalizedText, int, LocalizedText)>();

        var outcome = draft.Outcome.Type;
        var outcomeName = outcome is { } o ? catalogue.Outcome(o).Name : null;
        card.Add(outcome switch
        {
            null => (Names.Purpose, 0, new("还没有选定诉求。", "No demand chosen yet.")),
            OutcomeType.Compensation when draft.Outcome.Amount is null => (Names.Purpose, 15, new("要求赔偿，但还没写明金额。", "Compensation requested, but no amount given.")),
            _ => (Names.Purpose, Full, new($"主诉求是「{outcomeName!.Zh}」。", $"The main demand is \"{outcomeName!.En}\".")),
        });

        var present = keyCount - missingKey;
        card.Add(draft.Evidence.Count == 0
            ? (Names.Evidence, 0, new("还没有任何证据。", "No evidence yet."))
            : missingKey == 0
                ? (Names.Evidence, Full, new("关键证据齐全。", "The key evidence is there."))
                : (Names.Evidence, Math.Max(5, Full * present / Math.Max(1, keyCount)), new($"关键证据还缺{missingKey.ToString(CultureInfo.InvariantCulture)}项。", $"{missingKey.ToString(CultureInfo.InvariantCulture)} key item(s) of evidence missing.")));

        card.Add(string.IsNullOrWhiteSpace(draft.Problem.Description)
            ? (Names.Objective, 0, new("还没有问题描述。", "No description yet."))
            : Has(ReviewFlagCode.EmotionalLanguage)
                ? (Names.Objective, 10, new("有情绪化表达，已给出中性改写。", "Emotional wording found; a neutral rewrite is offered."))
                : (Names.Objective, Full, new("描述客观，只讲事实。", "Objective: facts only.")));

        card.Add(Has(ReviewFlagCode.MaliciousSignal)
            ? (Names.Reasonable, 0, new("有不能写进投诉的内容。", "Contains something that cannot go into a complaint."))
            : Has(ReviewFlagCode.UnreasonableDemand)
                ? (Names.Reasonable, 5, new("诉求超出了法律或平台规则可能支持的范围。", "The demand goes beyond what the law or platform rules support."))
                : outcome is null
                    ? (Names.Reasonable, 10, new("诉求还没确定。", "Demand not settled yet."))
                    : (Names.Reasonable, Full, new("诉求在法律和平台规则支持的范围内。", "The demand is within what the law and platform rules support.")));

        card.Add(Has(ReviewFlagCode.LateComplaint)
            ? (Names.Timely, 10, new("已超出常见时限，但仍有其他渠道。", "Past the usual window, though other routes remain."))
            : (Names.Timely, Full, new("在常见时限内。", "Within the usual time limits.")));
        return card;
    }

    public static int Score(IEnumerable<(LocalizedText Name, int Points, LocalizedText Reason)> card) => Math.Clamp(card.Sum(c => c.Points), 0, 100);

    public static List<string> Explain(IEnumerable<(LocalizedText Name, int Points, LocalizedText Reason)> card, ComplaintLocale l) =>
        card.Select(c => l == ComplaintLocale.EnUs
                ? $"{c.Name.En} {c.Points.ToString(CultureInfo.InvariantCulture)}/{Full.ToString(CultureInfo.InvariantCulture)}: {c.Reason.En}"
                : $"{c.Name.Zh} {c.Points.ToString(CultureInfo.InvariantCulture)}/{Full.ToString(CultureInfo.InvariantCulture)}：{c.Reason.Zh}")
            .ToList();

    private static class Names
    {
        public static readonly LocalizedText Purpose = new("目的明确", "Clear purpose");
        public static readonly LocalizedText Evidence = new("证据充分", "Sufficient evidence");
        public static readonly LocalizedText Objective = new("描述客观", "Objective description");
        public static readonly LocalizedText Reasonable = new("诉求合理", "Reasonable demand");
        public static readonly LocalizedText Timely = new("及时处理", "Timeliness");
    }
}
