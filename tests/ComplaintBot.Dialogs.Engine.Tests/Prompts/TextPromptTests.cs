using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public class TextPromptTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("我的耳机坏了", "我的耳机坏了")]
    [InlineData("  padded  ", "padded")]
    public async Task Recognize_Text_ReturnsTrimmedText(string input, string expected)
    {
        var client = new DialogTestClient(DialogTestClient.Handler("flow", Ask.Flow("t", Ask.Text("说说看")), new TextPrompt("t")), output: output);
        await client.SendAsync("go");

        Assert.Equal([$"RESULT {expected}"], Texts.Of(await client.SendAsync(input)));
    }

    [Fact]
    public async Task Recognize_WhitespaceOnly_IsNotAnAnswer()
    {
        var client = new DialogTestClient(DialogTestClient.Handler("flow", Ask.Flow("t", Ask.Text("说说看")), new TextPrompt("t")), output: output);
        await client.SendAsync("go");

        Assert.Equal(["说说看"], Texts.Of(await client.SendAsync("   ")));
    }
}
