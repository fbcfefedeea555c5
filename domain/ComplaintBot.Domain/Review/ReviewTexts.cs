using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Review;

/// <summary>The reviewer's messages and fixes in both languages.</summary>
internal static class ReviewTexts
{
    public static readonly LocalizedText MentalDistress = new(
        "一般的商品纠纷不支持精神损失费：只有人身权益受到侵害、造成严重精神损害时才能主张（《消费者权益保护法》第五十一条）。",
        "Money for mental distress is not available in an ordinary goods dispute; it requires serious harm to personal rights (Consumer Rights Protection Law, Art. 51).");

    public static readonly LocalizedText MentalDistressFix = new(
        "去掉精神损失费，改为退款、换货，或者有凭证的实际损失。",
        "Drop the mental-distress claim and ask for a refund, an exchange, or losses you can document.");

    public static readonly LocalizedText TenTimes = new(
        "「退一赔十」出自《食品安全法》第一百四十八条，只适用于不符合食品安全标准的食品；普通商品就算构成欺诈，增加赔偿也是价款的三倍，不足500元按500元。",
        "\"Ten times the price\" comes from the Food Safety Law (Art. 148) and applies only to unsafe food; for other goods, fraud gives 3× the price, at least CNY 500.");

    public static readonly LocalizedText TenTimesFix = new(
        "有欺诈证据的，按价款三倍（不少于500元）主张；商家页面写了「假一赔十」之类承诺的，截图作为依据。",
        "If you have evidence of fraud, claim 3× the price (at least CNY 500); if the listing promised \"10× if fake\", attach a screenshot of that promise.");

    public static readonly LocalizedText ThreeTimes = new(
        "「退一赔三」需要证明商家有欺诈行为（如以假充真、虚假宣传），单纯的质量或物流问题一般只能退货、换货、维修或赔偿实际损失。",
        "\"Refund plus 3×\" requires proof that the seller committed fraud (fakes, false claims); a plain quality or delivery problem usually gets a return, exchange, repair or actual losses.");

    public static readonly LocalizedText ThreeTimesFix = new(
        "先选与事实相符的诉求，比如退货退款；掌握欺诈证据后再主张三倍赔偿。",
        "Choose the remedy that fits the facts, such as return and refund; claim 3× only once you have evidence of fraud.");

    public static readonly LocalizedText Punitive = new(
        "要求开除客服、关店或登报道歉，超出了商家应承担的民事责任，平台和监管部门一般不会支持。",
        "Demanding that staff be fired, the shop be closed or a public apology be printed goes beyond the seller's civil liability; the platform and regulators will not grant it.");

    public static readonly LocalizedText PunitiveFix = new(
        "改成和这笔订单直接相关的诉求：退款、换货、维修，或者有凭证的损失。",
        "Ask for something tied to this order instead: a refund, exchange, repair or documented losses.");

    public static readonly LocalizedText NoOrderId = new(
        "还没有订单号。平台和12315都靠订单号找到这笔交易，缺了它投诉很难受理。注意：快递单号和支付宝交易号都不是订单号。",
        "There is no order number yet. The platform and 12315 find the purchase by it, so without it the complaint is hard to process. A tracking number or an Alipay transaction number will not do.");

    public static readonly LocalizedText NoOrderIdFix = new(
        "打开淘宝，进入「我的淘宝 → 已买到的宝贝」，找到这笔订单点进「订单详情」，在「订单编号」旁边点「复制」。订单删了的话，可以到「订单回收站」找找（入口以App为准）。",
        "In the Taobao app open My Taobao → My orders, open the order's details and tap \"Copy\" next to the order number. If you deleted the order, look in the order recycle bin (where the app offers one).");

    public static readonly LocalizedText Emotional = new(
        "描述里有情绪化或攻击性的说法（{examples}）。平台和12315只看事实，这类话会削弱投诉的分量，提交的文本里已经去掉。",
        "The description contains emotional or abusive wording ({examples}). The platform and 12315 look at facts only; such words weaken a complaint and have been left out of the text to submit.");

    public static readonly LocalizedText EmotionalFix = new(
        "用中性的说法，比如：「{rewrite}」。你可以直接采用这一版，也可以自己改写。",
        "Use neutral wording, for example: \"{rewrite}\". You can accept this version or write your own.");

    public static readonly LocalizedText Extortion = new(
        "投诉书只写能证明的事实和合法的诉求。把差评或曝光作为要求赔偿的条件，可能被认为是借投诉谋取不正当利益（《消费者权益保护法实施条例》第二十七条），反而对你不利，所以这部分我不会写进去。",
        "A complaint should hold provable facts and lawful demands only. Making a bad review or publicity the price of compensation can be seen as using a complaint for improper gain (Regulations Implementing the CRPL, Art. 27) and would hurt your case, so I have left that part out.");

    public static readonly LocalizedText ExtortionFix = new(
        "商家逾期不处理，就申请平台介入或向12315投诉；评价按真实体验另外写，不和赔偿挂钩。",
        "If the seller does not act in time, request platform intervention or complain to 12315; write your review separately, based on your real experience and not tied to compensation.");

    public static readonly LocalizedText Fabricated = new(
        "投诉只能用真实、未经改动的证据。改过的材料一旦被识别，整份投诉都会失去可信度，还可能要承担法律责任，所以这部分我没法帮你写。",
        "A complaint can only rely on genuine, unedited evidence. Altered material, once spotted, destroys the credibility of the whole complaint and can carry legal consequences, so I can't help write that part.");

    public static readonly LocalizedText FabricatedFix = new(
        "请用原始照片、视频和聊天记录；证据不够的，可以申请检测、鉴定，或请平台调取交易记录。",
        "Use the original photos, videos and chats; if that is not enough, ask for an inspection or authentication, or ask the platform to pull the transaction records.");

    public static readonly LocalizedText NoEvidence = new(
        "还没有任何证据。没有凭证，平台介入时很可能判你举证不足。",
        "There is no evidence yet. Without it, platform intervention will likely find your claim unproven.");

    public static readonly LocalizedText MissingKey = new(
        "还缺这类问题最关键的证据：{items}。",
        "The key evidence for this kind of problem is still missing: {items}.");

    public static readonly LocalizedText EvidenceFix = new(
        "请补充：{items}。照片和视频要拍清楚问题部位，截图要能看到时间和订单信息。",
        "Please add: {items}. Photos and videos should show the problem clearly; screenshots should show the time and order details.");

    public static readonly LocalizedText LateWindow = new(
        "签收到现在已经{days}天，超过了平台常见的售后时限（约{window}天，以平台规则为准），平台可能不再受理。",
        "It has been {days} days since delivery, beyond the platform's usual after-sales window (about {window} days; the platform's rules decide), so the platform may decline.");

    public static readonly LocalizedText LateDiscovery = new(
        "发现问题到现在已经{days}天，拖得越久，证据越难固定。",
        "You noticed the problem {days} days ago; the longer it waits, the harder the evidence is to secure.");

    public static readonly LocalizedText LateFix = new(
        "尽快先和商家协商并申请售后；平台不受理的，自知道权益受损之日起三年内仍可以向12315投诉或向法院起诉。",
        "Contact the seller and file the after-sales request now; if the platform declines, you can still complain to 12315 or go to court within three years of learning of the problem.");

    public static string AboveCap(Money amount, StatutoryCap cap, ComplaintLocale l) => l == ComplaintLocale.EnUs
        ? $"You ask for {amount}, above the most the law supports here: {cap.Formula}."
        : $"你要求的{amount.FormatNumber()}元超过了法律能支持的上限：{cap.Formula}。";

    public static string AboveCapFix(StatutoryCap cap, ComplaintLocale l) => l == ComplaintLocale.EnUs
        ? $"Lower the amount to at most {cap.Cap}; claim more only with receipts for other losses. Statutory compensation is decided by 12315 or a court, not by Taobao."
        : $"把金额调到{cap.Cap.FormatNumber()}元以内；有其他损失的，附上凭证再主张。法定赔偿由12315或法院处理，淘宝平台不负责判定。";

    public static string AbovePrice(Money amount, Money price, ComplaintLocale l) => l == ComplaintLocale.EnUs
        ? $"You ask for {amount}, more than the {price} you paid. No punitive rule applies to this kind of problem, so anything above the price needs proof of actual losses."
        : $"你要求的{amount.FormatNumber()}元超过了实付的{price.FormatNumber()}元。这类问题没有惩罚性赔偿的规定，超出价款的部分需要有实际损失的凭证。";

    public static string AbovePriceFix(Money price, ComplaintLocale l) => l == ComplaintLocale.EnUs
        ? $"Ask for up to the {price} you paid, or attach receipts (repair bills, invoices) for the extra losses."
        : $"把金额控制在实付的{price.FormatNumber()}元以内，或者补充维修单、发票等额外损失的凭证。";
}
