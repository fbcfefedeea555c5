using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Teams;

public sealed class TeamsSharedConversationTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    private const string PersonalChatLink = "https://teams.microsoft.com/l/chat/0/0?users=" + TeamsActivities.BotId;

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Message_SharedConversation_AnswersWithNoteAndPersonalChatButton(string conversationType)
    {
        using var client = factory.CreateBotClient().AsTeams(conversationType);

        var replies = await client.SendAsync(client.TeamsMessage("<at>投诉助手</at> 我在淘宝买的水壶漏水，订单号 1944822463412702309"));

        var reply = Assert.Single(replies);
        var card = Assert.Single(replies.Cards());
        Assert.Equal("1.5", (string?)card["version"]);
        var button = Assert.Single((JArray)card["actions"]!);
        Assert.Equal("Action.OpenUrl", (string?)button["type"]);
        Assert.Equal(PersonalChatLink, (string?)button["url"]);
        Assert.Contains("私聊", card.ToString(), StringComparison.Ordinal);
        Assert.Null(reply.Step());
    }

    [Fact]
    public async Task Message_GroupChatEveryTime_NeverStartsOrContinuesAnInterview()
    {
        using var client = factory.CreateBotClient().AsTeams("groupChat");

        var replies = new List<Activity>();
        foreach (var text in new[] { "开始投诉", "1944 8224 6341 2702 309", "电热水壶", "帮助" })
        {
            replies.AddRange(await client.SendAsync(client.TeamsMessage(text)));
        }

        Assert.Equal(4, replies.Count);
        Assert.All(replies, reply => Assert.Null(reply.Step()));
        Assert.Equal(4, replies.Cards().Count());
    }

    [Fact]
    public async Task CardSubmitAndFiles_Channel_GetTheNoteInstead()
    {
        using var client = factory.CreateBotClient().AsTeams("channel");

        var submitted = await client.SendAsync(client.TeamsSubmit(new { action = "start" }));
        var files = await client.SendAsync(client.TeamsFiles("https://smba.trafficmanager.net/apac/", ("漏水.jpg", "https://contoso-my.sharepoint.com/download.aspx?tempauth=x")));

        Assert.Single(submitted.Cards());
        Assert.Single(files.Cards());
        Assert.All(submitted.Concat(files), reply => Assert.Null(reply.Step()));
    }

    [Fact]
    public async Task Message_SameUserInPersonalChatAfterGroupChat_InterviewStartsThere()
    {
        using var group = factory.CreateBotClient().AsTeams("groupChat");
        await group.SendAsync(group.TeamsMessage("我要投诉"));
        using var personal = factory.CreateBotClient().AsTeams();
        personal.UserId = group.UserId;

        var replies = await personal.SendAsync(personal.TeamsMessage("你好"));

        Assert.Equal(InterviewStep.OrderId, replies.LastStep());
    }

    [Fact]
    public async Task Message_SharedConversationOnOtherChannel_NoteWithoutTeamsLink()
    {
        using var client = factory.CreateBotClient();
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Text = "hello";
        activity.Conversation.IsGroup = true;

        var replies = await client.SendAsync(activity);

        var reply = Assert.Single(replies);
        Assert.Empty(replies.Cards());
        Assert.DoesNotContain("teams.microsoft.com", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Step());
    }
}
