using ComplaintBot.Cards;
using ComplaintBot.Cards.Tests.Support;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Tests.Json;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Testing;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Tests.Interview;

public sealed class SummaryMessageTests
{
    private static readonly ComplaintCards Cards = new();

    public static TheoryData<ComplaintLocale, bool> Drafts => new()
    {
        { ComplaintLocale.ZhCn, false },
        { ComplaintLocale.EnUs, false },
        { ComplaintLocale.ZhCn, true },
        { ComplaintLocale.EnUs, true },
    };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Card_IsWhatParsingTheSummaryTextOfTheDocumentGives(ComplaintLocale locale, bool hostile)
    {
        var document = new ComplaintDocumentBuilder(TestClock.Create()).Build(Draft(locale, hostile));

        var activity = SummaryMessage.Create(document, Cards, BotText.Default);

        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal(ComplaintCards.ContentType, attachment.ContentType);
        TokenAssert.Same(TokenAssert.ParseKeepingDates(Cards.Summary(ComplaintJson.Serialize(document))), TokenAssert.RawObject(attachment.Content));
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Value_IsTheDocumentAsSerialized_DatesAndTimesAsWritten(ComplaintLocale locale, bool hostile)
    {
        var document = new ComplaintDocumentBuilder(TestClock.Create()).Build(Draft(locale, hostile));

        var activity = SummaryMessage.Create(document, Cards, BotText.Default);

        var value = TokenAssert.RawObject(activity.Value);
        TokenAssert.Same(TokenAssert.ParseKeepingDates(ComplaintJson.Serialize(document)), value);
        Assert.Equal("2026-11-27T09:54:00+08:00", (string?)value["createdAt"]);
        Assert.Equal(445.81, (double)value["order"]!["amountPaid"]!["value"]!);
    }

    private static ComplaintDraft Draft(ComplaintLocale locale, bool hostile) => new()
    {
        Id = "C20261127-test0001",
        Locale = locale,
        CreatedAt = TestClock.ShanghaiNow.AddMinutes(-6),
        UpdatedAt = TestClock.ShanghaiNow,
        Order = new OrderFacts
        {
            OrderId = "1944822463412702309",
            Platform = Platform.Tmall,
            Shop = hostile ? HostileText.Quotes : "暖禾家电旗舰店",
            Item = hostile ? HostileText.Template : "电水壶",
            PurchaseDate = new DateOnly(2026, 11, 18),
            DeliveredDate = new DateOnly(2026, 11, 20),
            AmountPaid = Money.Yuan(445.81m),
        },
        Problem = new ProblemFacts
        {
            Type = ProblemType.QualityDefect,
            Description = hostile ? HostileText.Huge : "第二次烧水时底部开始漏水，桌面湿了一片，已停止使用。",
            DiscoveredDate = new DateOnly(2026, 11, 22),
            ContactedSeller = true,
            SellerResponse = hostile ? HostileText.LoneSurrogates + HostileText.Controls : "客服让我自己找厂家售后",
        },
        Outcome = new OutcomeFacts { Type = OutcomeType.ReturnRefund, Alternatives = [OutcomeType.Exchange] },
        Evidence =
        [
            .. Enumerable.Range(1, 20).Select(i => new EvidenceItem
            {
                Name = hostile ? HostileText.All[i % HostileText.All.Length] : $"漏水照片{i}.jpg",
                ContentType = "image/jpeg",
                SizeBytes = 150_000L * i,
                Sha256 = new string('a', 64),
                Kind = EvidenceKind.Photo,
                ReceivedAt = TestClock.ShanghaiNow.AddMinutes(-2),
            }),
        ],
    };
}
