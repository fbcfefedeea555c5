using ComplaintBot.Dialogs.Engine.Choices;

namespace ComplaintBot.Dialogs.Engine.Tests.Choices;

public class ChoiceRecognizersTests
{
    private static readonly List<Choice> Remedies =
    [
        new("退款") { Synonyms = ["退钱", "refund"] },
        new("换货") { Synonyms = ["更换", "exchange"] },
        new("维修") { Synonyms = ["repair"] },
    ];

    [Theory]
    [InlineData("退款", "zh-CN", 0, "exact")]
    [InlineData("维修", "zh-CN", 2, "exact")]
    [InlineData("退钱", "zh-CN", 0, "synonym")]
    [InlineData("exchange", "en-US", 1, "synonym")]
    [InlineData("REPAIR please", "en-US", 2, "synonym, case-insensitive")]
    [InlineData("我要退款", "zh-CN", 0, "CJK partial")]
    [InlineData("我要退款。", "zh-CN", 0, "CJK partial with punctuation")]
    [InlineData("麻烦帮我更换！", "zh-CN", 1, "CJK synonym with full-width punctuation")]
    [InlineData("我想换货，不想退款", "zh-CN", 1, "earliest mention wins")]
    [InlineData("第二个", "zh-CN", 1, "ordinal zh")]
    [InlineData("选第三个吧", "zh-CN", 2, "ordinal zh in sentence")]
    [InlineData("the second one", "en-US", 1, "ordinal en")]
    [InlineData("last", "en-US", 2, "last en")]
    [InlineData("the last one", "en-US", 2, "last en")]
    [InlineData("最后一个", "zh-CN", 2, "last zh")]
    [InlineData("倒数第二个", "zh-CN", 1, "from end zh")]
    [InlineData("2", "zh-CN", 1, "number")]
    [InlineData("3", "en-US", 2, "number")]
    [InlineData("二", "zh-CN", 1, "Chinese numeral")]
    public void RecognizeChoices_Picks(string utterance, string locale, int expectedIndex, string why)
    {
        var results = ChoiceRecognizers.RecognizeChoices(utterance, Remedies, new FindChoicesOptions { Locale = locale });

        Assert.True(results.Count > 0, why);
        Assert.Equal(expectedIndex, results[0].Resolution.Index);
        Assert.Equal(Remedies[expectedIndex].Value, results[0].Resolution.Value);
    }

    [Theory]
    [InlineData("5", "zh-CN")]
    [InlineData("0", "en-US")]
    [InlineData("第五个", "zh-CN")]
    [InlineData("the fourth one", "en-US")]
    [InlineData("随便", "zh-CN")]
    [InlineData("", "zh-CN")]
    [InlineData(null, "en-US")]
    public void RecognizeChoices_OutOfRangeOrUnrelated_ReturnsNothing(string? utterance, string locale)
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices(utterance, Remedies, new FindChoicesOptions { Locale = locale }));
    }

    [Fact]
    public void RecognizeChoices_NumbersDisabled_IgnoresNumbers()
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("2", Remedies, new FindChoicesOptions { RecognizeNumbers = false, RecognizeOrdinals = false }));
    }

    [Fact]
    public void RecognizeChoices_ExactMatch_ScoresOne()
    {
        var result = Assert.Single(ChoiceRecognizers.RecognizeChoices(" 退款 ", Remedies));

        Assert.Equal(1f, result.Resolution.Score);
        Assert.Equal("退款", result.Resolution.Synonym);
    }

    [Fact]
    public void FindChoices_ActionTitle_IsACandidate()
    {
        List<Choice> choices = [new("a") { Action = new Microsoft.Bot.Schema.CardAction(title: "申请退款") }];

        Assert.Equal(0, Find.FindChoices("我想申请退款", choices)[0].Resolution.Index);
        Assert.Empty(Find.FindChoices("我想申请退款", choices, new FindChoicesOptions { NoAction = true }));
    }

    [Fact]
    public void FindChoices_PartialMatch_OnlyWhenAllowed()
    {
        List<Choice> choices = [new("退货退款")];

        Assert.Empty(Find.FindChoices("我要退款", choices));
        var partial = Find.FindChoices("我要退款", choices, new FindChoicesOptions { AllowPartialMatches = true });
        Assert.InRange(Assert.Single(partial).Resolution.Score, 0.01f, 0.99f);
    }
}
