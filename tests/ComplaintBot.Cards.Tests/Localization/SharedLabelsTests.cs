using System.Text.Json.Nodes;
using ComplaintBot.Cards.Localization;
using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests.Localization;

/// <summary>Every card of a language reads one shared, parsed copy of its labels.</summary>
public sealed class SharedLabelsTests
{
    private static readonly ComplaintCards Cards = new();

    [Fact]
    public void Summary_DocumentWithItsOwnLabels_StillShowsTheCardLabels()
    {
        var document = Samples.FullChinese;
        document["labels"] = new JsonObject { ["summary"] = new JsonObject { ["title"] = "冒充的标题" }, ["lang"] = "xx" };

        var card = Cards.Summary(document);

        var texts = CardAssert.Texts(card);
        Assert.Contains(CardLabels.Shared(CardLocale.Chinese)["summary"]!["title"]!.GetValue<string>(), texts);
        Assert.DoesNotContain("冒充的标题", texts);
        Assert.Equal(CardLocale.Chinese, JsonNode.Parse(card)!["lang"]!.GetValue<string>());
    }

    [Fact]
    public void Shared_SameLanguage_IsTheSameObject_AndCardsLeaveItAsParsed()
    {
        var before = CardLabels.For(CardLocale.English).ToJsonString();

        Cards.Summary(HostileText.Infect(Samples.English));
        Cards.Welcome(CardLocale.English);
        Cards.Help(CardLocale.English, "evidence");

        Assert.Same(CardLabels.Shared(CardLocale.English), CardLabels.Shared(CardLocale.English));
        Assert.Equal(before, CardLabels.Shared(CardLocale.English).ToJsonString());
        Assert.Null(CardLabels.Shared(CardLocale.English).Parent);
    }

    [Fact]
    public void Cards_ExpandedOnManyThreadsAtOnce_AreEachWhatOneThreadGets()
    {
        var expected = new[] { "zh-CN", "en-US" }.ToDictionary(l => l, l => (Cards.Summary(Samples.WithEvidence(Locale(l), 20)), Cards.Welcome(l), Cards.Help(l, "evidence")));

        var results = new System.Collections.Concurrent.ConcurrentBag<bool>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var locale = i % 2 == 0 ? "zh-CN" : "en-US";
            var (summary, welcome, help) = expected[locale];
            results.Add(Cards.Summary(Samples.WithEvidence(Locale(locale), 20)) == summary && Cards.Welcome(locale) == welcome && Cards.Help(locale, "evidence") == help);
        });

        Assert.Equal(400, results.Count);
        Assert.All(results, Assert.True);
    }

    private static JsonObject Locale(string locale) => locale == "zh-CN" ? Samples.FullChinese : Samples.English;
}
