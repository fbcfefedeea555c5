using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Tests.Review;

public class ToneAnalyzerTests
{
    [Theory]
    [InlineData("你们这些傻逼客服", ToneCategory.Insult)]
    [InlineData("垃圾商家，不回消息", ToneCategory.Insult)]
    [InlineData("TMD 什么玩意", ToneCategory.Profanity)]
    [InlineData("卧槽，又坏了", ToneCategory.Profanity)]
    [InlineData("操，又坏了", ToneCategory.Profanity)]
    [InlineData("不退钱你们不得好死", ToneCategory.Curse)]
    [InlineData("再不处理我就砸你店", ToneCategory.Threat)]
    [InlineData("黑店，卖假货", ToneCategory.NameCalling)]
    [InlineData("淘宝都是骗子", ToneCategory.Generalisation)]
    [InlineData("为什么还不发货！！！", ToneCategory.Shouting)]
    [InlineData("You idiots sent a broken kettle", ToneCategory.Insult)]
    [InlineData("wtf is this", ToneCategory.Profanity)]
    [InlineData("You scammers!", ToneCategory.NameCalling)]
    [InlineData("You'll regret this", ToneCategory.Threat)]
    [InlineData("THIS IS COMPLETELY UNACCEPTABLE", ToneCategory.Shouting)]
    public void Analyze_AbusiveText_FindsCategory(string text, ToneCategory expected)
    {
        var findings = ToneAnalyzer.Analyze(text);

        Assert.Contains(findings, f => f.Category == expected);
    }

    [Theory]
    [InlineData("收到的垃圾袋一扯就破")]
    [InlineData("按说明书操作后还是打不开")]
    [InlineData("买的草莓有一半是烂的")]
    [InlineData("这台傻瓜相机按快门没反应")]
    [InlineData("做垃圾分类用的垃圾桶，盖子是裂的")]
    [InlineData("体操垫有异味")]
    [InlineData("The seller wrote \"this is not a scam\" in the chat")]
    [InlineData("卖家在聊天里说「你这种人就是骗子」")]
    [InlineData("The trash bags tear easily")]
    [InlineData("商家涉嫌欺诈和虚假宣传")]
    [InlineData("水壶底部漏水，已拍视频。")]
    public void Analyze_InnocentText_FindsNothing(string text)
    {
        Assert.Empty(ToneAnalyzer.Analyze(text));
    }
}
