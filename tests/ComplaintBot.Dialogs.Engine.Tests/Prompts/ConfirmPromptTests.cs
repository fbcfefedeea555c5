using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public class ConfirmPromptTests(ITestOutputHelper output)
{
    private DialogTestClient Client(string locale, string channelId = "sms") => new(
        DialogTestClient.Handler("flow", Ask.Flow("confirm", Ask.Text(locale == "zh-CN" ? "确认提交吗？" : "Submit?")), new ConfirmPrompt("confirm")),
        locale: locale,
        channelId: channelId,
        output: output);

    [Theory]
    [InlineData("zh-CN", "是的", "True")]
    [InlineData("zh-CN", "我不同意", "False")]
    [InlineData("zh-CN", "我同意", "True")]
    [InlineData("zh-CN", "否", "False")]
    [InlineData("zh-CN", "1", "True")]
    [InlineData("zh-CN", "2", "False")]
    [InlineData("zh-CN", "第一个", "True")]
    [InlineData("zh-CN", "ok", "True")]
    [InlineData("en-US", "yes please", "True")]
    [InlineData("en-US", "not now", "False")]
    [InlineData("en-US", "2", "False")]
    [InlineData("en-US", "No", "False")]
    public async Task Prompt_RecognizesAnswer(string locale, string answer, string expected)
    {
        var client = Client(locale);
        await client.SendAsync("go");

        Assert.Equal([$"RESULT {expected}"], Texts.Of(await client.SendAsync(answer)));
    }

    [Fact]
    public async Task Render_Chinese_ShowsShiFou()
    {
        var prompt = Assert.Single(await Client("zh-CN").SendAsync("go"));

        Assert.Equal("确认提交吗？ (1) 是 或 (2) 否", prompt.Text);
    }

    [Fact]
    public async Task Render_EnglishEmulator_YesNoButtons()
    {
        var prompt = Assert.Single(await Client("en-US", "emulator").SendAsync("go"));

        Assert.Equal(["Yes", "No"], prompt.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Prompt_Unrecognized_AsksAgainWithChoices()
    {
        var client = Client("zh-CN");
        await client.SendAsync("go");

        Assert.Equal(["确认提交吗？ (1) 是 或 (2) 否"], Texts.Of(await client.SendAsync("随便吧")));
    }
}
