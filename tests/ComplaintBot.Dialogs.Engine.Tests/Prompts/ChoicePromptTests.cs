using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public class ChoicePromptTests(ITestOutputHelper output)
{
    private static PromptOptions Options(int count = 3) => new()
    {
        Prompt = MessageFactory.Text("您希望怎么处理？"),
        RetryPrompt = MessageFactory.Text("请选择一个处理方式"),
        Choices = new[] { new Choice("退款"), new Choice("换货") { Synonyms = ["更换"] }, new Choice("维修"), new Choice("其他") }.Take(count).ToList(),
    };

    private DialogTestClient Client(string channelId = "emulator", string? conversationType = null, int count = 3, string locale = "zh-CN") => new(
        DialogTestClient.Handler("flow", Ask.Flow("choice", Options(count), r => $"{((FoundChoice)r!).Value}#{((FoundChoice)r!).Index}"), new ChoicePrompt("choice")),
        locale: locale,
        channelId: channelId,
        output: output,
        conversationType: conversationType);

    [Theory]
    [InlineData("我要退款", "退款#0")]
    [InlineData("更换吧", "换货#1")]
    [InlineData("第三个", "维修#2")]
    [InlineData("2", "换货#1")]
    [InlineData("最后一个", "维修#2")]
    public async Task Prompt_RecognizesPick(string answer, string expected)
    {
        var client = Client();
        await client.SendAsync("go");

        Assert.Equal([$"RESULT {expected}"], Texts.Of(await client.SendAsync(answer)));
    }

    [Fact]
    public async Task Prompt_OutOfRangeNumber_AsksAgainWithChoices()
    {
        var client = Client();
        await client.SendAsync("go");

        var retry = Assert.Single(await client.SendAsync("7"));

        Assert.Equal("请选择一个处理方式", retry.Text);
        Assert.Equal(3, retry.SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task Render_Emulator_SuggestedImBackActions()
    {
        var prompt = Assert.Single(await Client().SendAsync("go"));

        Assert.Equal("您希望怎么处理？", prompt.Text);
        Assert.Equal(["退款", "换货", "维修"], prompt.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Fact]
    public async Task Render_TeamsPersonalWithThree_SuggestedActions_WithFour_HeroCard()
    {
        var three = Assert.Single(await Client("msteams", "personal").SendAsync("go"));
        var four = Assert.Single(await Client("msteams", "personal", 4).SendAsync("go"));

        Assert.Equal(3, three.SuggestedActions.Actions.Count);
        Assert.Equal(HeroCard.ContentType, Assert.Single(four.Attachments).ContentType);
    }

    [Fact]
    public async Task Render_UnknownChannel_InlineChinese()
    {
        var prompt = Assert.Single(await Client("sms").SendAsync("go"));

        Assert.Equal("您希望怎么处理？ (1) 退款，(2) 换货，或 (3) 维修", prompt.Text);
    }

    [Fact]
    public async Task Render_StyleOverrideInOptions_Wins()
    {
        var options = Options();
        options.Style = ListStyle.List;
        var client = new DialogTestClient(DialogTestClient.Handler("flow", Ask.Flow("choice", options), new ChoicePrompt("choice")), channelId: "emulator", output: output);

        var prompt = Assert.Single(await client.SendAsync("go"));

        Assert.Equal("您希望怎么处理？\n\n   1. 退款\n   2. 换货\n   3. 维修", prompt.Text);
        Assert.Null(prompt.SuggestedActions);
    }

    [Fact]
    public async Task Reprompt_SendsOriginalPromptWithChoices()
    {
        var component = new TestComponent("c", false, Ask.Flow("choice", Options()), new ChoicePrompt("choice"));
        var client = new DialogTestClient(component, channelId: "emulator", output: output);
        await client.SendAsync("go");

        var replies = await client.SendAsync("帮助");

        Assert.Equal(["HELP", "您希望怎么处理？"], Texts.Of(replies));
        Assert.Equal(3, replies[1].SuggestedActions.Actions.Count);
    }
}
