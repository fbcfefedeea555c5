using System.Globalization;
using System.Text;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Writing;

/// <summary>Writes the Chinese short and full texts. Unknown facts are left out of the sentence, never filled in.</summary>
internal static class ChineseComplaintWriter
{
    private const ComplaintLocale Zh = ComplaintLocale.ZhCn;

    public static string Full(CaseFacts c, ComplaintRulesOptions options)
    {
        var head = new StringBuilder();
        head.Append("投诉事由：").Append(c.Subject(Zh)).Append("，请求").Append(c.Outcome.Demand.Zh).Append("\n\n");
        head.Append("一、基本情况\n").Append(Facts(c)).Append("\n\n");
        head.Append("二、存在的问题\n");
        var contact = Contact(c);
        var tail = new StringBuilder(contact.Length > 0 ? "\n" + contact : string.Empty).Append("\n\n");
        tail.Append("三、证据（见附件）\n").Append(Evidence(c)).Append("\n\n");
        tail.Append("四、诉求\n").Append(Demand(c)).Append("\n\n");
        tail.Append("五、依据\n").Append(string.Join("\n", c.Review.LegalBasisChinese.Select(b => $"{b.Law}{b.Article}：{b.Summary}"))).Append("\n\n");
        tail.Append("六、答复期限\n").Append(CultureInfo.InvariantCulture, $"请于{Date(c.Deadline)}前答复。逾期未处理，本人将申请平台介入，并保留向12315投诉、向人民法院起诉的权利。");

        // The description is the user's own account and may be very long; the full text stays near the limit.
        var budget = Math.Max(200, options.FullTextLimit - head.Length - tail.Length);
        var found = c.Draft.Problem.DiscoveredDate is { } d ? $"{Date(d)}发现：" : string.Empty;
        var problem = found + Fit(c.Description, budget, "……（篇幅所限，此处为节选）");
        return head.Append(problem).Append(tail).ToString();
    }

    public static string Short(CaseFacts c, ComplaintRulesOptions options)
    {
        var facts = new List<string>();
        if (c.Order.PurchaseDate is { } p)
        {
            facts.Add(Date(p) + "购买");
        }

        if (c.Order.OrderId is { Length: > 0 } id)
        {
            facts.Add("订单编号" + id);
        }

        if (c.Order.AmountPaid is { } paid)
        {
            facts.Add("实付" + Amount(paid));
        }

        var opening = c.Subject(Zh) + "。" + (facts.Count > 0 ? string.Join("，", facts) + "。" : string.Empty);
        var evidence = c.Draft.Evidence.Count > 0 ? $"已上传{c.Draft.Evidence.Count.ToString(CultureInfo.InvariantCulture)}项凭证。" : string.Empty;
        var demand = "请" + c.Outcome.Demand.Zh + (c.Draft.Outcome.Amount is { } a ? "，金额" + Amount(a) : string.Empty) + $"，{Date(c.Deadline)}前答复。";
        var budget = options.ShortTextLimit - opening.Length - evidence.Length - demand.Length;
        var text = budget >= 10 ? opening + Fit(c.Description, budget, "…") + evidence + demand : opening + demand;
        return text.Length <= options.ShortTextLimit ? text : text[..(options.ShortTextLimit - 1)] + "…";
    }

    private static string Facts(CaseFacts c)
    {
        var parts = new List<string>();
        var bought = new StringBuilder("本人");
        if (c.Order.PurchaseDate is { } p)
        {
            bought.Append('于').Append(Date(p));
        }

        var where = c.PlatformName(Zh) is { } platform ? platform : string.Empty;
        if (c.Order.Shop is { Length: > 0 } shop)
        {
            bought.Append('在').Append(where).Append("店铺「").Append(shop.Trim()).Append('」');
        }
        else if (where.Length > 0)
        {
            bought.Append('在').Append(where);
        }

        bought.Append("购买").Append(c.Item(Zh));
        parts.Add(bought.ToString());
        if (c.Order.OrderId is { Length: > 0 } id)
        {
            parts.Add("订单编号" + id);
        }

        if (c.Order.AmountPaid is { } paid)
        {
            parts.Add("实付" + Amount(paid));
        }

        if (c.Order.DeliveredDate is { } delivered)
        {
            parts.Add("于" + Date(delivered) + "签收");
        }

        return string.Join("，", parts) + "。";
    }

    private static string Contact(CaseFacts c) => c.Draft.Problem.ContactedSeller switch
    {
        true when !string.IsNullOrWhiteSpace(c.Draft.Problem.SellerResponse) =>
            "本人已通过平台与商家沟通，商家答复：" + EndSentence(Fit(NeutralRewriter.Rewrite(c.Draft.Problem.SellerResponse).Text, 200, "…"), "。") + "问题至今未解决。",
        true => "本人已通过平台与商家沟通，问题至今未解决。",
        _ => string.Empty,
    };

    private static string Evidence(CaseFacts c)
    {
        if (c.Draft.Evidence.Count == 0)
        {
            return "证据正在整理，将另行补充。";
        }

        return string.Join("\n", c.Draft.Evidence.Take(20).Select((e, i) =>
            $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {e.Name}（{c.Catalogue.EvidenceKind(e.Kind).Name.Zh}）"));
    }

    private static string Demand(CaseFacts c)
    {
        var text = new StringBuilder($"请于{Date(c.Deadline)}前{c.Outcome.Demand.Zh}");
        var outcome = c.Draft.Outcome;
        var refund = outcome.Type is OutcomeType.RefundOnly or OutcomeType.ReturnRefund;
        if (refund && (outcome.Amount ?? c.Order.AmountPaid) is { } money)
        {
            text.Append("，退还").Append(Amount(money));
        }
        else if (outcome.Type == OutcomeType.Compensation && outcome.Amount is { } claim)
        {
            text.Append("，金额").Append(Amount(claim));
        }

        if (outcome.Type is OutcomeType.ReturnRefund or OutcomeType.Exchange && c.Problem.SellerPaysReturnShipping)
        {
            text.Append("，退货运费由商家承担");
        }

        text.Append('。');
        if (c.ClaimsAdditional && c.Review.StatutoryChinese is { } cap)
        {
            var cnCap = c.Review.LegalBasisChinese.FirstOrDefault(b => b.Code == cap.Code);
            var law = cnCap is null ? string.Empty : "依据" + cnCap.Law + cnCap.Article + "，";
            var reason = cap.Code == Legal.StatutoryCompensation.FoodCode ? "所售食品涉嫌不符合食品安全标准" : "商家涉嫌欺诈";
            text.Append(outcome.Amount is null
                ? $"因{reason}，{law}要求增加赔偿{Amount(cap.AdditionalCompensation)}。"
                : $"因{reason}，{law}主张增加赔偿，计算方式：{cap.Formula}。");
        }

        var alternatives = outcome.Alternatives.Where(a => a != outcome.Type).Distinct().Select(a => c.Catalogue.Outcome(a).Name.Zh).ToList();
        if (alternatives.Count > 0)
        {
            text.Append("如无法办理，本人也可以接受").Append(string.Join("或", alternatives)).Append('。');
        }

        return text.ToString();
    }

    public static string EndSentence(string text, string stop) =>
        text.Length == 0 || "。！？.!?…".Contains(text[^1], StringComparison.Ordinal) ? text : text + stop;

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Amount(Money money) => money.Currency == Money.Cny ? money.FormatNumber() + "元" : money.FormatNumber() + " " + money.Currency;

    public static string Fit(string text, int budget, string ellipsis)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= budget)
        {
            return trimmed;
        }

        return trimmed[..Math.Max(0, budget - ellipsis.Length)] + ellipsis;
    }
}
