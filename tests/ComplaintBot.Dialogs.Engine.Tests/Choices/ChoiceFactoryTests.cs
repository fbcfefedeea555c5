using ComplaintBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Tests.Choices;

public class ChoiceFactoryTests
{
    private static readonly List<Choice> Three = [new("退款"), new("换货"), new("维修")];
    private static readonly List<Choice> Four = [new("退款"), new("换货"), new("维修"), new("其他")];

    [Fact]
    public void Inline_Chinese_UsesFullWidthSeparatorAndOr()
    {
        var message = ChoiceFactory.Inline(Three, "请选择", null, ChoiceFactoryOptions.ForLocale("zh-CN"));

        Assert.Equal("请选择 (1) 退款，(2) 换货，或 (3) 维修", message.Text);
    }

    [Fact]
    public void Inline_EnglishTwoChoices_UsesOr()
    {
        var message = ChoiceFactory.Inline([new("Yes"), new("No")], "Sure?", null, ChoiceFactoryOptions.ForLocale("en-US"));

        Assert.Equal("Sure? (1) Yes or (2) No", message.Text);
    }

    [Fact]
    public void List_NumbersEachChoiceOnItsOwnLine()
    {
        var message = ChoiceFactory.List(Three, "请选择");

        Assert.Equal("请选择\n\n   1. 退款\n   2. 换货\n   3. 维修", message.Text);
    }

    [Theory]
    [InlineData("emulator", null)]
    [InlineData("webchat", null)]
    [InlineData("directline", null)]
    [InlineData("msteams", "personal")]
    public void ForChannel_SuggestedActions_WhereSupported(string channelId, string? conversationType)
    {
        var message = ChoiceFactory.ForChannel(channelId, Three, "请选择", null, null, conversationType);

        Assert.Equal(["退款", "换货", "维修"], message.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(message.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal("请选择", message.Text);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void ForChannel_TeamsBeyondSuggestedLimit_UsesHeroCard(string conversationType)
    {
        var message = ChoiceFactory.ForChannel("msteams", conversationType == "personal" ? Four : Three, "请选择", null, null, conversationType);

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        var card = (HeroCard)attachment.Content;
        Assert.Equal("请选择", card.Text);
        Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
        Assert.Null(message.SuggestedActions);
    }

    [Fact]
    public void ForChannel_UnknownChannel_InlineUpToThree_ListBeyond()
    {
        Assert.Equal("请选择 (1) 退款, (2) 换货, or (3) 维修", ChoiceFactory.ForChannel("sms", Three, "请选择").Text);
        Assert.StartsWith("请选择\n\n   1. 退款", ChoiceFactory.ForChannel("sms", Four, "请选择").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForChannel_LongTitles_FallBackToText()
    {
        var message = ChoiceFactory.ForChannel("emulator", [new("这是一个非常非常非常非常非常非常长的选项标题"), new("短")], "请选择");

        Assert.Null(message.SuggestedActions);
        Assert.Contains("   1. 这是", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToActions_PrefersChoiceAction()
    {
        var custom = new CardAction(ActionTypes.PostBack, "Refund", value: "refund");

        var actions = ChoiceFactory.ToActions([new("退款") { Action = custom }, new("换货")]);

        Assert.Same(custom, actions[0]);
        Assert.Equal("换货", actions[1].Value);
    }
}
