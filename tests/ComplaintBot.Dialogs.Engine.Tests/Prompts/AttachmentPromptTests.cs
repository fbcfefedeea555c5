using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public class AttachmentPromptTests(ITestOutputHelper output)
{
    private DialogTestClient Client() => new(
        DialogTestClient.Handler("flow", Ask.Flow("files", Ask.Text("请上传截图"), r => string.Join(",", ((IList<Attachment>)r!).Select(a => a.ContentType))), new AttachmentPrompt("files")),
        channelId: "msteams",
        output: output);

    [Fact]
    public async Task Recognize_OnlyTeamsHtmlBody_IsNotAnAnswer()
    {
        var client = Client();
        await client.SendAsync("go");

        var replies = await client.SendAttachmentsAsync("截图在这", new Attachment("text/html", content: "<div>截图在这</div>"));

        Assert.Equal(["请上传截图"], Texts.Of(replies));
    }

    [Fact]
    public async Task Recognize_ImageWithTeamsHtmlBody_ReturnsOnlyTheImage()
    {
        var client = Client();
        await client.SendAsync("go");

        var replies = await client.SendAttachmentsAsync(null, new Attachment("text/html", content: "<div/>"), new Attachment("image/png", "https://example.invalid/a.png"));

        Assert.Equal(["RESULT image/png"], Texts.Of(replies));
    }

    [Fact]
    public void GetUserAttachments_NullsAndCaseVariants_AreFiltered()
    {
        var activity = new Activity(ActivityTypes.Message) { Attachments = [null!, new Attachment("TEXT/HTML"), new Attachment("application/pdf")] };

        var attachments = AttachmentPrompt.GetUserAttachments(activity);

        Assert.Equal(["application/pdf"], attachments.Select(a => a.ContentType));
        Assert.Empty(AttachmentPrompt.GetUserAttachments(null));
    }
}
