using System.Globalization;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Guidance;

/// <summary>
/// Plans the route of §2 and §3: after-sales request in the app, complaint against the seller, platform
/// intervention, 12315, small claims. Entry names in the app change between versions, so steps say "以App为准".
/// </summary>
public sealed class NextStepsPlanner
{
    private readonly ComplaintRulesOptions options;
    private readonly ComplaintCatalogue catalogue;

    /// <summary>Initializes a new instance of the <see cref="NextStepsPlanner"/> class.</summary>
    /// <param name="options">Rule settings; defaults when null.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    public NextStepsPlanner(ComplaintRulesOptions? options = null, ComplaintCatalogue? catalogue = null)
    {
        this.options = options ?? ComplaintRulesOptions.Default;
        this.catalogue = catalogue ?? ComplaintCatalogue.Default;
    }

    /// <summary>Plans the next steps for <paramref name="draft"/>.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="review">Its review.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>The steps in the draft's language and the follow-up date.</returns>
    public NextStepsPlan Plan(ComplaintDraft draft, ReviewResult review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(review);
        draft = ComplaintReviewer.Safe(draft);
        var l = draft.Locale;
        var en = l == ComplaintLocale.EnUs;
        var followUp = today.AddDays(options.ReplyDeadlineDays);
        var order = draft.Order.OrderId is { Length: > 0 } id ? (en ? $" with order number {id}" : $"（订单编号{id}）") : string.Empty;
        var reason = draft.Problem.Type is { } t ? catalogue.Problem(t).AfterSalesReason.Get(l) : (en ? "the closest reason" : "最接近的原因");
        var steps = new List<string>
        {
            en
                ? $"Open the Taobao app (Tmall orders are handled there too), go to My Taobao → My orders and find the order{order}."
                : $"打开手机淘宝（天猫订单也在淘宝App里处理），进入「我的淘宝」→「已买到的宝贝」，找到这笔订单{order}。",
            Service(draft, reason, en),
            en
                ? "Paste the short Chinese text into the description box, upload the key evidence first, then submit."
                : "把短版说明粘贴到「补充说明」里，先上传最关键的凭证，然后提交。",
            en
                ? "If the seller broke a promise or behaved badly, you can also use \"Complain about seller\" on the order page (names vary by app version)."
                : "商家违背承诺或服务有问题的，还可以在订单页点「投诉商家」另行投诉（入口名称以App为准）。",
            en
                ? $"Follow progress under the order or in Refunds/After-sales and watch app messages and texts. If the seller refuses or has not answered by {followUp.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}, request platform intervention (\"Taobao intervention\") on the refund page and add any evidence asked for."
                : $"在订单详情或「退款/售后」里跟进进度，留意App消息和短信。商家拒绝或到{followUp.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}仍未处理的，在退款详情页申请「淘宝介入」，并按要求补充凭证。",
            en
                ? "If the platform cannot resolve it, complain on the national 12315 platform (www.12315.cn, app or mini-program). Prepare your real name and phone, the shop's operating company (from the shop's business licence page), the order number, amount paid, dates, your demand, the full Chinese complaint and the evidence. The authority must tell you within 7 working days whether it accepts the case."
                : "平台解决不了的，可以在全国12315平台（www.12315.cn、App或小程序）投诉。准备好：本人真实姓名和电话、店铺经营主体名称（店铺「营业执照/资质」页可查）、订单号、实付金额、争议时间、诉求、完整版投诉书和证据。市场监管部门应在7个工作日内告知是否受理。",
            en
                ? "For a small, clear money claim you can also sue at the court where you received the goods; the small-claims procedure usually ends within two months. The limitation period is three years."
                : "金额不大、事实清楚的，也可以向收货地的人民法院起诉，适用小额诉讼程序的一般两个月内审结；诉讼时效为三年。",
        };
        if (review.Statutory is not null)
        {
            steps.Insert(5, en
                ? "Statutory compensation (such as 3× the price) is not decided by Taobao: claim it through 12315 or a court."
                : "「退一赔三」这类法定赔偿淘宝平台不处理，需要向12315投诉或向法院起诉。");
        }

        return new NextStepsPlan(steps, followUp);
    }

    private static string Service(ComplaintDraft draft, string reason, bool en) => draft.Outcome.Type switch
    {
        OutcomeType.RefundOnly => en ? $"Tap \"Request after-sales\", choose \"Refund only\" and the reason \"{reason}\"." : $"点「申请售后」，服务类型选「仅退款」，原因选「{reason}」。",
        OutcomeType.ReturnRefund => en ? $"Tap \"Request after-sales\", choose \"Return and refund\" and the reason \"{reason}\"." : $"点「申请售后」，服务类型选「退货退款」，原因选「{reason}」。",
        OutcomeType.Exchange => en ? $"Tap \"Request after-sales\", choose \"Exchange\" and the reason \"{reason}\"." : $"点「申请售后」，服务类型选「换货」，原因选「{reason}」。",
        OutcomeType.Repair => en ? "Tap \"Request after-sales\" and choose \"Repair\" if offered (only some categories have it); otherwise ask the seller for warranty repair in the chat." : "点「申请售后」，有「维修」选项的就选「维修」（只有部分类目提供）；没有的话，在聊天里要求商家保修。",
        OutcomeType.Reship => en ? "Tap \"Request after-sales\"; if there is no reship option, choose a partial refund or state in the description that you want the missing items sent." : "点「申请售后」；没有「补寄」选项的，可以选部分退款，或在补充说明里写明要求补发。",
        _ => en ? $"Tap \"Request after-sales\" or \"Complain about seller\" and choose the reason \"{reason}\"." : $"点「申请售后」或「投诉商家」，原因选「{reason}」。",
    };
}
