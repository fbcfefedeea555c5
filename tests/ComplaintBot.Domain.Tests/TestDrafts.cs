using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Tests;

/// <summary>Realistic drafts for the tests; "today" is Friday 27 November 2026 in Asia/Shanghai.</summary>
internal static class TestDrafts
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 15, 0, TimeSpan.Zero);

    public static ComplaintDraft Kettle(ComplaintLocale locale = ComplaintLocale.ZhCn) => new()
    {
        Id = "C20261127-test0001",
        Locale = locale,
        CreatedAt = Now,
        UpdatedAt = Now,
        Order = new OrderFacts
        {
            OrderId = "1944822463412702309",
            Platform = Platform.Tmall,
            Shop = "暖禾家电旗舰店",
            Item = "电水壶",
            PurchaseDate = new DateOnly(2026, 11, 18),
            DeliveredDate = new DateOnly(2026, 11, 20),
            AmountPaid = Money.Yuan(129),
        },
        Problem = new ProblemFacts
        {
            Type = ProblemType.QualityDefect,
            Description = "第二次烧水时底部开始漏水，桌面湿了一片，已停止使用。",
            DiscoveredDate = new DateOnly(2026, 11, 22),
            ContactedSeller = true,
            SellerResponse = "客服让我自己找厂家售后",
        },
        Outcome = new OutcomeFacts { Type = OutcomeType.ReturnRefund, Alternatives = [OutcomeType.Exchange] },
        Evidence =
        [
            new EvidenceItem { Name = "leak.jpg", ContentType = "image/jpeg", SizeBytes = 245_678, Sha256 = new string('a', 64), Kind = EvidenceKind.Photo },
            new EvidenceItem { Name = "leak.mp4", ContentType = "video/mp4", SizeBytes = 5_245_678, Sha256 = null, Kind = EvidenceKind.Video },
        ],
    };

    public static ComplaintDraft OfType(ProblemType type, ComplaintLocale locale) => Kettle(locale) with
    {
        Problem = Kettle(locale).Problem with { Type = type, Description = Descriptions[type] },
        Outcome = new OutcomeFacts { Type = OutcomeTypeFor(type) },
    };

    public static OutcomeType OutcomeTypeFor(ProblemType type) => type switch
    {
        ProblemType.Logistics or ProblemType.PriceOrPromise => OutcomeType.RefundOnly,
        ProblemType.MissingItems => OutcomeType.Reship,
        ProblemType.Other => OutcomeType.Apology,
        ProblemType.AfterSales => OutcomeType.Repair,
        _ => OutcomeType.ReturnRefund,
    };

    public static readonly IReadOnlyDictionary<ProblemType, string> Descriptions = new Dictionary<ProblemType, string>
    {
        [ProblemType.QualityDefect] = "第二次烧水时底部开始漏水，傻逼客服三天不回消息！！！",
        [ProblemType.NotAsDescribed] = "页面写的是304不锈钢，实物底部刻的是201，垃圾商家。",
        [ProblemType.FalseAdvertising] = "主播说一周见效，用了一个月没有任何变化，骗子。",
        [ProblemType.Counterfeit] = "防伪码查询结果显示不存在，专柜鉴定为假货，黑店。",
        [ProblemType.AfterSales] = "保修期内开不了机，商家拒绝保修，TMD。",
        [ProblemType.Logistics] = "物流显示11月21日签收，但我没收到，驿站也查不到，卧槽。",
        [ProblemType.PriceOrPromise] = "承诺30天价保，11月20日降价30元，商家不认账，奸商。",
        [ProblemType.MissingItems] = "买了两个只收到一个，开箱视频拍到了，脑残客服说发齐了。",
        [ProblemType.Other] = "给了差评后卖家天天打电话骚扰，还说找人收拾你。",
    };
}
