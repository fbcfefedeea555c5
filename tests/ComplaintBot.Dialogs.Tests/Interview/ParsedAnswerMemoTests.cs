using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain;
using ComplaintBot.Domain.Complaints;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Tests.Interview;

public sealed class ParsedAnswerMemoTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly AnswerParser _parser = new(BotText.Default, ComplaintRulesOptions.Default);

    [Fact]
    public void TheSameAnswerInTheSameTurn_IsParsedOnce()
    {
        var state = NewState();
        var turn = NewTurn();

        var first = ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today);
        var second = ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today);

        Assert.True(first.IsValid);
        Assert.Same(first, second);
    }

    [Fact]
    public void AnythingTheParseReadChanging_ParsesAgain()
    {
        var state = NewState();
        var turn = NewTurn();
        var first = ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today);

        Assert.NotSame(first, ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Item, "小米官方旗舰店", state, Today));
        var afterStep = ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店 ", state, Today);
        Assert.NotSame(first, afterStep);
        Assert.NotSame(afterStep, ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店 ", state, Today.AddDays(1)));

        var beforeDraft = ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today);
        state.Draft = state.Draft! with { Order = state.Draft.Order with { Item = "扫地机器人" } };
        var afterDraft = ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today);
        Assert.NotSame(beforeDraft, afterDraft);

        state.Skipped.Add(InterviewStep.PurchaseDate);
        Assert.NotSame(afterDraft, ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today));
        Assert.NotSame(
            ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today),
            ParsedAnswerMemo.Parse(turn, _parser, InterviewStep.Shop, "小米官方旗舰店", NewState(), Today));
    }

    [Fact]
    public void AnotherTurn_ParsesAgain()
    {
        var state = NewState();

        Assert.NotSame(
            ParsedAnswerMemo.Parse(NewTurn(), _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today),
            ParsedAnswerMemo.Parse(NewTurn(), _parser, InterviewStep.Shop, "小米官方旗舰店", state, Today));
    }

    private static InterviewState NewState() => new() { Locale = "zh-CN", Started = true, Draft = new ComplaintDraft { Id = "c-1" } };

    private static TurnContext NewTurn() => new(new TestAdapter(), new Activity(ActivityTypes.Message) { Text = "小米官方旗舰店" });
}
