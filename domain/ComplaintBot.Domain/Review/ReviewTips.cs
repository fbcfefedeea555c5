using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Review;

/// <summary>Practical tips for a case (§6 and the problem types' pitfalls in §5).</summary>
internal static class ReviewTips
{
    public static List<string> For(ComplaintDraft draft, ProblemType type, bool isFood, StatutoryCap? statutory, ComplaintLocale l)
    {
        var tips = new List<LocalizedText>
        {
            new("处理结束前，商品、包装和吊牌都留着，别丢也别继续用。", "Keep the item, packaging and tags, unused, until the case is closed."),
        };
        tips.Add(draft.Problem.ContactedSeller == true
            ? new("把和商家的沟通和答复截图保存好，可以证明商家拖延或拒绝（《消费者权益保护法》第四十八条）。", "Screenshot the seller's replies; they show delay or refusal (Consumer Rights Protection Law, Art. 48).")
            : new("先在平台内联系商家，说明问题和诉求。很多问题协商就能解决，平台内的聊天记录也最容易被采信。", "Contact the seller through the platform chat first, stating the problem and your demand. Many cases end there, and in-app chats are the evidence the platform trusts most."));
        if (statutory is not null)
        {
            tips.Add(new("淘宝平台不处理「退一赔三」这类法定赔偿：在平台上先申请退货退款，增加赔偿部分向12315投诉或向法院起诉。", "Taobao does not award statutory compensation such as 3× the price: ask for the refund on the platform, and claim the extra through 12315 or a court."));
        }

        if (isFood)
        {
            tips.Add(new("食品问题请保留剩余实物和外包装，拍清生产日期、保质期和批次号。", "For food, keep what is left and the packaging, and photograph the production date, best-before date and batch number."));
        }

        switch (type)
        {
            case ProblemType.Counterfeit:
                tips.Add(new("「感觉是假的」不算证据，最好拿到品牌方或有资质机构的鉴定意见。", "\"It feels fake\" is not evidence; try to get an authentication opinion from the brand or an accredited body."));
                break;
            case ProblemType.Logistics:
                tips.Add(new("签收前的运输风险由卖家承担，不用自己去找快递公司交涉（自己选的集运除外）。", "The seller bears the risk until you sign for the parcel, so you need not chase the courier yourself (unless you chose the forwarder)."));
                break;
            case ProblemType.NotAsDescribed:
                tips.Add(new("色差问题请在自然光下、和商品页同一角度拍照对比。", "For colour differences, photograph in daylight from the same angle as the listing."));
                break;
            case ProblemType.MissingItems:
                tips.Add(new("没有开箱视频的，可以要求商家或平台调取发货称重和打包记录。", "Without an unboxing video, ask the seller or platform for the dispatch weight and packing records."));
                break;
        }

        if (l == ComplaintLocale.EnUs)
        {
            tips.Add(new("提交给平台和12315时请用中文版，英文版只供你对照理解。", "Submit the Chinese version to the platform and 12315; the English version is for your understanding only."));
        }

        return tips.Select(t => t.Get(l)).ToList();
    }
}
