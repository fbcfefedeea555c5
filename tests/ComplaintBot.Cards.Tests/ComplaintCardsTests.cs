using System.Text.Json.Nodes;
using ComplaintBot.Cards.Localization;
using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests;

public sealed class ComplaintCardsTests
{
    private static readonly ComplaintCards Cards = new();

    public static TheoryData<string?> Locales => new() { null, "zh-CN", "zh-cn", "en-US", "en-GB", "fr-FR" };

    public static TheoryData<string?> Steps => new()
    {
        null, "order.orderId", "order.item", "order.shop", "order.purchaseDate", "order.amountPaid", "order.deliveredDate",
        "problem.type", "problem.description", "problem.discoveredDate", "problem.contactedSeller", "outcome.type",
        "outcome.amount", "evidence", "review", "confirm", "no.such.step", "${$root}", "",
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public void Welcome_AnyLocale_IsValidWithStartButton(string? locale)
    {
        var card = Cards.Welcome(locale);

        CardAssert.Valid(card);
        Assert.Contains(CardAssert.SubmitData(card), d => d[CardActions.ActionProperty]!.GetValue<string>() == CardActions.Start);
        Assert.Equal(CardLocale.Normalize(locale), JsonNode.Parse(card)!["lang"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("zh-CN", "隐私说明")]
    [InlineData("en-US", "Privacy")]
    public void Welcome_Locale_ShowsPrivacyNoteInThatLanguage(string locale, string heading) =>
        Assert.Contains(heading, CardAssert.Texts(Cards.Welcome(locale)));

    [Theory]
    [MemberData(nameof(Steps))]
    public void Help_AnyStep_IsValid(string? step)
    {
        CardAssert.Valid(Cards.Help("zh-CN", step));
        CardAssert.Valid(Cards.Help("en-US", step));
    }

    [Theory]
    [InlineData("zh-CN", "order.orderId", "现在在问：订单编号", "快递单号")]
    [InlineData("en-US", "order.orderId", "Current question: order number", "tracking number")]
    [InlineData("zh-CN", "evidence", "现在在问：上传证据", "好了")]
    [InlineData("en-US", "outcome.amount", "Current question: amount requested", "legal maximum")]
    public void Help_PendingStep_ExplainsThatQuestion(string locale, string step, string title, string advice)
    {
        var texts = CardAssert.Texts(Cards.Help(locale, step));

        Assert.Contains(title, texts);
        Assert.Contains(texts, t => t.Contains(advice, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no.such.step")]
    public void Help_NoKnownStep_ShowsGeneralHelpOnly(string? step)
    {
        var texts = CardAssert.Texts(Cards.Help("zh-CN", step));

        Assert.DoesNotContain(texts, t => t.StartsWith("现在在问", StringComparison.Ordinal));
        Assert.Contains("这些说法随时都能用", texts);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void EvidenceChecklist_ItemsInAnyOrder_PutsKeyItemsFirstAndCounts(string? locale)
    {
        EvidenceChecklistItem[] items =
        [
            new("订单详情截图", IsKey: false, IsReceived: true),
            new("问题部位清晰照片", IsKey: true, IsReceived: true, Hint: "含型号/序列号/批次号"),
            new("与卖家的沟通记录", IsKey: false, IsReceived: false),
            new("演示故障的视频", IsKey: true, IsReceived: false, Hint: "连续拍摄、不剪辑"),
        ];

        var card = Cards.EvidenceChecklist(locale, "质量问题", items);

        CardAssert.Valid(card);
        var texts = CardAssert.Texts(card);
        var order = new[] { "问题部位清晰照片", "演示故障的视频", "订单详情截图", "与卖家的沟通记录" }.Select(n => texts.IndexOf(n)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
        Assert.Contains(CardLocale.Normalize(locale) == CardLocale.Chinese ? "已收到 2 项，共 4 项" : "2 of 4 received", texts);
        Assert.Contains(CardLocale.Normalize(locale) == CardLocale.Chinese ? "还差 1 项关键证据" : "1 key item(s) still missing", texts);
    }

    [Fact]
    public void EvidenceChecklist_AllKeyReceived_SaysSo()
    {
        var card = Cards.EvidenceChecklist("zh-CN", null, [new("照片", IsKey: true, IsReceived: true)]);

        CardAssert.Valid(card);
        Assert.Contains("关键证据已经齐了", CardAssert.Texts(card));
    }

    [Fact]
    public void EvidenceChecklist_NoItems_IsValid() =>
        CardAssert.Valid(Cards.EvidenceChecklist("en-US", null, []));

    [Fact]
    public void EvidenceChecklist_HostileNamesAndHints_AreValidAndLiteral()
    {
        var items = HostileText.All.Select((text, i) => new EvidenceChecklistItem(text, i % 2 == 0, i % 3 == 0, text)).ToList();

        var card = Cards.EvidenceChecklist("zh-CN", HostileText.Template, items);

        CardAssert.Valid(card, userTextMayLookLikeTemplate: true);
        Assert.Contains(HostileText.Template, CardAssert.Texts(card));
    }

    [Fact]
    public void Summary_FullChinese_ShowsEveryPartFormattedInChinese()
    {
        var card = Cards.Summary(Samples.FullChinese);

        CardAssert.Valid(card);
        var texts = CardAssert.Texts(card);
        string[] expected =
        [
            "1944822463412702309", "天猫", "暖禾家电旗舰店", "¥129.00", "2026年11月18日", "2026年11月20日", "生成于 2026年11月27日 10:15",
            "82 / 100", "质量问题", "已联系", "退货退款", "换货", "、维修", "1. 漏水照片1.jpg", "\n照片 · 1.8 MB · SHA-256 3f2a9c1b",
            "\n聊天记录 · 402.7 KB", "• 订单详情截图（含订单编号、实付金额）", "⚠ 缺少订单详情截图。", "《消费者权益保护法》第二十四条",
            "《淘宝平台争议处理规则》第六十五条", "平台规则（非法律）", "建议在 2026年12月4日 前后查看处理进度。",
        ];
        Assert.All(expected, e => Assert.Contains(e, texts));
        Assert.DoesNotContain(texts, t => t.Contains("英文对照", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_FullChinese_HasEverySubmitButtonWithComplaintId()
    {
        var data = CardAssert.SubmitData(Cards.Summary(Samples.FullChinese));

        Assert.Equal(
            [CardActions.EditOrder, CardActions.EditProblem, CardActions.EditOutcome, CardActions.AddEvidence, CardActions.Confirm, CardActions.StartOver],
            data.Select(d => d[CardActions.ActionProperty]!.GetValue<string>()));
        Assert.All(data, d => Assert.Equal("cmp-20261127-7f3a9c", d[CardActions.ComplaintIdProperty]!.GetValue<string>()));
    }

    [Fact]
    public void Summary_EnglishCounterfeitWithUnreasonableDemand_ShowsCapWarningAndEnglishFormats()
    {
        var card = Cards.Summary(Samples.English);

        CardAssert.Valid(card);
        var texts = CardAssert.Texts(card);
        string[] expected =
        [
            "CNY 699.00", "CNY 8,990.00", "CNY 2,796.00", "Nov 11, 2026", "Prepared Nov 26, 2026 9:40 PM",
            "How it is calculated (CRPL-55.1): 699 + max(3 × 699, 500) = 2796", "return and refund", "48 / 100",
            "Consumer Rights Protection Law, Article 55(1)", "English translation (for your reference)", "Seller: ", "not contacted yet",
        ];
        Assert.All(expected, e => Assert.Contains(e, texts));
        Assert.Contains(texts, t => t.StartsWith("The amount asked for is above the legal maximum", StringComparison.Ordinal));
        Assert.Equal("Attention", ScoreColor(card));
    }

    [Theory]
    [InlineData(85, "Good")]
    [InlineData(80, "Good")]
    [InlineData(60, "Warning")]
    [InlineData(59, "Attention")]
    public void Summary_Score_IsColouredByBand(int score, string color)
    {
        var document = Samples.FullChinese;
        document["review"]!["score"] = score;

        Assert.Equal(color, ScoreColor(Cards.Summary(document)));
    }

    [Fact]
    public void Summary_AmountWithinCap_ShowsNoCapWarning()
    {
        var document = Samples.English;
        document["outcome"]!["amount"]!["value"] = 2796.0;

        Assert.DoesNotContain(CardAssert.Texts(Cards.Summary(document)), t => t.StartsWith("The amount asked for", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_Minimal_HidesEveryMissingValue()
    {
        var card = Cards.Summary(Samples.Minimal);

        CardAssert.Valid(card);
        var texts = CardAssert.Texts(card);
        Assert.Equal("zh-CN", JsonNode.Parse(card)!["lang"]!.GetValue<string>());
        Assert.Contains("证据（0 项）", texts);
        Assert.Contains("还没有上传证据。", texts);
        string[] hidden = ["订单编号", "实付金额", "有效性评分", "审核提示", "法律依据", "下一步", "展开 / 收起完整版", "主要诉求"];
        Assert.All(hidden, h => Assert.DoesNotContain(h, texts));
        Assert.Equal(6, CardAssert.SubmitData(card).Count);
    }

    [Fact]
    public void Summary_DocumentWithOnlyId_IsValid() =>
        CardAssert.Valid(Cards.Summary(new JsonObject { ["id"] = "x" }));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Summary_HostileValuesEverywhere_IsValidAndLiteral(string locale)
    {
        var document = HostileText.Infect(locale == "zh-CN" ? Samples.FullChinese : Samples.English);

        var card = Cards.Summary(document);

        CardAssert.Valid(card, userTextMayLookLikeTemplate: true);
        var texts = CardAssert.Texts(card);
        Assert.Contains(texts, t => t.Contains(HostileText.Template, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(HostileText.Evaluated, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(HostileText.Html, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(HostileText.Quotes, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("😀👍🏽👨‍👩‍👧", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("lone \uFFFD high and \uFFFD low", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("control  chars", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\u0000') || t.Contains('\u001b'));
        Assert.DoesNotContain(texts, t => t.Contains(new string('长', 4001), StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_JsonTextWithEscapedLoneSurrogates_IsValid()
    {
        var json = Samples.FullChinese.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("暖禾家电旗舰店", "暖禾\\ud800家电\\udc00旗舰店", StringComparison.Ordinal);

        var card = Cards.Summary(json);

        CardAssert.Valid(card);
        Assert.Contains("暖禾\uFFFD家电\uFFFD旗舰店", CardAssert.Texts(card));
    }

    [Fact]
    public void Summary_LongDescription_IsShortenedInTheCardButKeptInTheDocument()
    {
        var document = Samples.FullChinese;
        var description = string.Concat(Enumerable.Repeat("壶底漏水，桌面积水。\n", 2000));
        document["problem"]!["objectiveDescription"] = null;
        document["problem"]!["description"] = description;

        var card = Cards.Summary(document);

        CardAssert.Valid(card);
        Assert.Contains("原文较长，这里只显示开头部分；你写的全文都已保存。", CardAssert.Texts(card));
        Assert.True(card.Length < 20_000, $"card has {card.Length} characters");
        Assert.Equal(description, document["problem"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Summary_MultiLineText_KeepsLineBreaksInOneTextRun()
    {
        var texts = CardAssert.Texts(Cards.Summary(Samples.FullChinese));

        Assert.Contains(texts, t => t.StartsWith("投诉事由", StringComparison.Ordinal) && t.Contains("\n\n一、基本情况\n本人于", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public void Summary_JsonThatIsNotAnObject_ThrowsArgumentException(string json) =>
        Assert.Throws<ArgumentException>(() => Cards.Summary(json));

    [Fact]
    public void Summary_InvalidJson_ThrowsJsonException() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Cards.Summary("{ not json"));

    [Fact]
    public void Summary_Document_IsNotModified()
    {
        var document = Samples.FullChinese;
        var before = document.ToJsonString();

        Cards.Summary(document);

        Assert.Equal(before, document.ToJsonString());
    }

    private static string? ScoreColor(string card) =>
        CardAssert.Objects(JsonNode.Parse(card))
            .Where(o => o["type"]?.GetValue<string>() == "TextBlock" && (o["text"]?.GetValue<string>().EndsWith(" / 100", StringComparison.Ordinal) ?? false))
            .Select(o => o["color"]?.GetValue<string>())
            .Single();
}
