using System.Text.Json.Nodes;
using ComplaintBot.Cards;
using ComplaintBot.Cards.Tests.Support;
using ComplaintBot.Dialogs.Attachments;
using ComplaintBot.Storage;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Tests.Json;

/// <summary>
/// Every card the bot can attach is carried as exactly the card's text, written verbatim by the serializers that
/// send and store activities, and read back as the same tokens.
/// </summary>
public sealed class CardAttachmentTests
{
    private static readonly ComplaintCards Cards = new();

    private static readonly EvidenceChecklistItem[] Checklist =
    [
        new("订单详情截图", IsKey: false, IsReceived: true),
        new("问题部位清晰照片", IsKey: true, IsReceived: true, Hint: "含型号/序列号/批次号"),
        new("与卖家的沟通记录", IsKey: false, IsReceived: false),
        new("演示故障的视频", IsKey: true, IsReceived: false, Hint: "连续拍摄、不剪辑"),
    ];

    private static readonly Dictionary<string, Func<(string Text, JsonObject Card)>> AllCards = Build();

    public static TheoryData<string> CardNames => new(AllCards.Keys);

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_IsCarriedAsItsText_WrittenVerbatim_ReadBackAsTheSameTokens(string name)
    {
        var (text, card) = AllCards[name]();

        var attachment = CardAttachment.From(card);

        Assert.Equal(ComplaintCards.ContentType, attachment.ContentType);
        Assert.Equal(text, Assert.IsType<string>(Assert.IsType<JRaw>(attachment.Content).Value));
        var written = JsonConvert.SerializeObject(attachment, StorageJson.Settings);
        Assert.Contains("\"content\":" + text, written, StringComparison.Ordinal);
        var read = JsonConvert.DeserializeObject<Attachment>(written, StorageJson.Settings)!;
        TokenAssert.Same(TokenAssert.ParseKeepingDates(text), Assert.IsType<JObject>(read.Content));
    }

    [Fact]
    public void Card_UserTextThatLooksLikeADate_StaysTheTextTheCardHolds()
    {
        var document = Samples.FullChinese;
        document["order"]!["shop"] = "2026-11-27T10:15:00+08:00";

        var attachment = CardAttachment.From(Cards.SummaryObject(document));

        var written = JsonConvert.SerializeObject(attachment, StorageJson.Settings);
        Assert.Contains("\"2026-11-27T10:15:00+08:00\"", written, StringComparison.Ordinal);
        var read = JsonConvert.DeserializeObject<Attachment>(written, StorageJson.Settings)!;
        Assert.Contains(Assert.IsType<JObject>(read.Content).Descendants().OfType<JValue>(), v => v.Type == JTokenType.String && (string?)v == "2026-11-27T10:15:00+08:00");
    }

    private static Dictionary<string, Func<(string, JsonObject)>> Build()
    {
        var cards = new Dictionary<string, Func<(string, JsonObject)>>(StringComparer.Ordinal);
        foreach (var locale in new[] { "zh-CN", "en-US", "fr-FR" })
        {
            cards[$"welcome {locale}"] = () => (Cards.Welcome(locale), Cards.WelcomeObject(locale));
            cards[$"checklist {locale}"] = () => (Cards.EvidenceChecklist(locale, "质量问题", Checklist), Cards.EvidenceChecklistObject(locale, "质量问题", Checklist));
            cards[$"checklist empty {locale}"] = () => (Cards.EvidenceChecklist(locale, null, []), Cards.EvidenceChecklistObject(locale, null, []));
        }

        foreach (var step in new[] { "order.orderId", "problem.description", "outcome.amount", "evidence", "review", "no.such.step", "${$root}" })
        {
            cards[$"help {step} zh-CN"] = () => (Cards.Help("zh-CN", step), Cards.HelpObject("zh-CN", step));
            cards[$"help {step} en-US"] = () => (Cards.Help("en-US", step), Cards.HelpObject("en-US", step));
        }

        cards["help no step"] = () => (Cards.Help(null, null), Cards.HelpObject(null, null));
        var hostileItems = HostileText.All.Select((t, i) => new EvidenceChecklistItem(t, i % 2 == 0, i % 3 == 0, t)).ToList();
        cards["checklist hostile"] = () => (Cards.EvidenceChecklist("zh-CN", HostileText.Template, hostileItems), Cards.EvidenceChecklistObject("zh-CN", HostileText.Template, hostileItems));

        Summary(cards, "summary zh-CN", () => Samples.FullChinese);
        Summary(cards, "summary en-US", () => Samples.English);
        Summary(cards, "summary minimal", () => Samples.Minimal);
        Summary(cards, "summary id only", () => new JsonObject { ["id"] = "x" });
        Summary(cards, "summary zh-CN 20 evidence", () => Samples.WithEvidence(Samples.FullChinese, 20));
        Summary(cards, "summary en-US 20 long names", () => Samples.WithEvidence(Samples.English, 20, 200));
        Summary(cards, "summary hostile zh-CN", () => HostileText.Infect(Samples.FullChinese));
        Summary(cards, "summary hostile en-US", () => HostileText.Infect(Samples.English));
        Summary(cards, "summary 20000 characters", () => With(Samples.FullChinese, d => d["problem"]!["description"] = HostileText.Huge));

        // The buttons copy the complaint id as it is, so any JSON value reaches the card there: numbers of every
        // kind System.Text.Json can hold, and structures.
        JsonNode?[] ids =
        [
            445.81, 129.0, 0.1 + 0.2, 1e15, 1e16, 1e20, 1e-7, -0.0, double.MaxValue, long.MaxValue, long.MinValue, 7.5f, 445.81m, 2796.00m,
            JsonNode.Parse("445.81"), JsonNode.Parse("129.0"), JsonNode.Parse("12345678901234567890"), JsonNode.Parse("-0"), JsonNode.Parse("1E+2"),
            true, null, new JsonObject { ["a"] = 1.5, ["b"] = new JsonArray(1, "x", null, false) }, new JsonArray(),
        ];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            Summary(cards, $"summary id {i}: {id?.ToJsonString() ?? "null"}", () => With(Samples.FullChinese, d => d["id"] = id?.DeepClone()));
        }

        return cards;
    }

    private static void Summary(Dictionary<string, Func<(string, JsonObject)>> cards, string name, Func<JsonObject> document) =>
        cards[name] = () => (Cards.Summary(document()), Cards.SummaryObject(document()));

    private static JsonObject With(JsonObject document, Action<JsonObject> change)
    {
        change(document);
        return document;
    }
}
