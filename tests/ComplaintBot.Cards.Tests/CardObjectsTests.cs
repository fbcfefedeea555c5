using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;
using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests;

/// <summary>
/// The <c>…Object</c> methods hand out the expanded card itself. Each must be a tree of its own: nothing in it
/// may be shared with the labels, the templates or the data, or one caller's change would leak into the next card.
/// </summary>
public sealed class CardObjectsTests
{
    private static readonly ComplaintCards Cards = new();

    public static TheoryData<string> CardKinds => new() { "welcome", "help", "checklist", "summary-zh", "summary-en", "summary-hostile" };

    [Theory]
    [MemberData(nameof(CardKinds))]
    public void Object_SerializedCompactly_IsTheCardText(string kind)
    {
        var (text, card) = Both(kind);

        Assert.Equal(text, card.ToJsonString(JsonValues.WriteOptions));
    }

    [Theory]
    [MemberData(nameof(CardKinds))]
    public void Object_EveryNodeChangedByTheCaller_LeavesTheNextCardAsItWas(string kind)
    {
        var (expected, card) = Both(kind);

        Vandalize(card);
        Assert.Null(card.Parent);
        var (_, next) = Both(kind);

        Assert.Equal(expected, next.ToJsonString(JsonValues.WriteOptions));
    }

    [Fact]
    public void SummaryObject_Document_IsNotModifiedOrAdopted()
    {
        var document = Samples.FullChinese;
        var before = document.ToJsonString();

        var card = Cards.SummaryObject(document);
        Vandalize(card);

        Assert.Equal(before, document.ToJsonString());
        Assert.Null(document.Parent);
    }

    private static (string Text, JsonObject Card) Both(string kind) =>
        kind switch
        {
            "welcome" => (Cards.Welcome("en-US"), Cards.WelcomeObject("en-US")),
            "help" => (Cards.Help("zh-CN", "order.orderId"), Cards.HelpObject("zh-CN", "order.orderId")),
            "checklist" => (Cards.EvidenceChecklist("zh-CN", "质量问题", Checklist), Cards.EvidenceChecklistObject("zh-CN", "质量问题", Checklist)),
            "summary-zh" => (Cards.Summary(Samples.WithEvidence(Samples.FullChinese, 20)), Cards.SummaryObject(Samples.WithEvidence(Samples.FullChinese, 20))),
            "summary-en" => (Cards.Summary(Samples.English), Cards.SummaryObject(Samples.English)),
            _ => (Cards.Summary(HostileText.Infect(Samples.FullChinese)), Cards.SummaryObject(HostileText.Infect(Samples.FullChinese))),
        };

    private static readonly EvidenceChecklistItem[] Checklist =
    [
        new("订单详情截图", IsKey: false, IsReceived: true),
        new("问题部位清晰照片", IsKey: true, IsReceived: false, Hint: "含型号/序列号/批次号"),
    ];

    /// <summary>Overwrites every value and empties every array, depth first.</summary>
    private static void Vandalize(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonObject or JsonArray)
                    {
                        Vandalize(obj[key]!);
                    }
                    else
                    {
                        obj[key] = "vandalized";
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>().ToList())
                {
                    Vandalize(item);
                }

                array.Clear();
                break;
        }
    }
}
