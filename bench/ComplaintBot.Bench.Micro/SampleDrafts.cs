using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Bench.Micro;

/// <summary>A complete draft as an interview leaves it at the summary: every fact, a long description, and evidence.</summary>
internal static class SampleDrafts
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly Today => DateOnly.FromDateTime(Now.Date);

    public static ComplaintDraft Full(int evidenceItems, ComplaintLocale locale = ComplaintLocale.ZhCn) => new()
    {
        Id = "C20261127-5f3a9c1e",
        Locale = locale,
        CreatedAt = Now.AddMinutes(-6),
        UpdatedAt = Now,
        Order = new OrderFacts
        {
            OrderId = "1944822463412702309",
            Platform = Platform.Tmall,
            Shop = "暖禾家电旗舰店",
            Item = "电热水壶",
            PurchaseDate = new DateOnly(2026, 11, 3),
            DeliveredDate = new DateOnly(2026, 11, 5),
            AmountPaid = Money.Yuan(129m),
        },
        Problem = new ProblemFacts
        {
            Type = ProblemType.QualityDefect,
            Description = "烧水时壶底漏水，桌面和插座都被打湿了，用了三次就出现这个情况。我是按照说明书正常使用的，没有摔过也没有干烧。"
                + "商品详情页写的是“食品级304不锈钢、一年包换”，现在连正常使用都做不到。",
            DiscoveredDate = new DateOnly(2026, 11, 20),
            ContactedSeller = true,
            SellerResponse = "客服说只能补偿5元，不同意退货",
        },
        Outcome = new OutcomeFacts { Type = OutcomeType.ReturnRefund },
        Evidence = [.. Enumerable.Range(1, evidenceItems).Select(Evidence)],
    };

    private static EvidenceItem Evidence(int index) => new()
    {
        Name = index % 3 == 0 ? $"聊天记录{index}.png" : $"漏水照片{index}.jpg",
        ContentType = index % 3 == 0 ? "image/png" : "image/jpeg",
        SizeBytes = 150_000 + (index * 7_919),
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(index))),
        Kind = index % 3 == 0 ? EvidenceKind.Chat : EvidenceKind.Photo,
        ReceivedAt = Now.AddMinutes(-2),
    };
}
