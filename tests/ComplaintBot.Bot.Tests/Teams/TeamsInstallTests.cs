using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Cards;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Tests.Teams;

public sealed class TeamsInstallTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task InstallationUpdateAdd_PersonalChat_SendsTheWelcomeCard()
    {
        using var client = factory.CreateBotClient().AsTeams();

        var replies = await client.SendAsync(client.InstallationUpdate("add"));

        var reply = Assert.Single(replies);
        var card = Assert.Single(new[] { reply }.Cards());
        Assert.Contains(card.SelectTokens("$.actions[*].data.action"), action => (string?)action == CardActions.Start);
        Assert.True(reply.Text.ContainsChinese());
    }

    [Fact]
    public async Task ConversationUpdate_OnlyTheBotAddedInPersonalChat_SendsTheWelcomeCard()
    {
        using var client = factory.CreateBotClient().AsTeams();

        var replies = await client.SendAsync(client.ConversationUpdate(TeamsActivities.BotId));

        Assert.Single(replies.Cards());
    }

    [Fact]
    public async Task InstallEvents_BothArriveForOneInstall_WelcomeIsSentOnce()
    {
        using var client = factory.CreateBotClient().AsTeams();

        var first = await client.SendAsync(client.InstallationUpdate("add"));
        var second = await client.SendAsync(client.ConversationUpdate(TeamsActivities.BotId, client.UserId));

        Assert.Single(first.Cards());
        Assert.Empty(second);
    }

    [Fact]
    public async Task InstallationUpdate_RemovedThenAddedAgain_WelcomesAgain()
    {
        using var client = factory.CreateBotClient().AsTeams();
        await client.SendAsync(client.InstallationUpdate("add"));

        Assert.Empty(await client.SendAsync(client.InstallationUpdate("remove")));
        var again = await client.SendAsync(client.InstallationUpdate("add"));

        Assert.Single(again.Cards());
    }

    [Fact]
    public async Task InstallationUpdateAdd_EnglishClient_WelcomesInEnglish()
    {
        using var client = factory.CreateBotClient().AsTeams();
        client.Locale = "en-US";

        var replies = await client.SendAsync(client.InstallationUpdate("add"));

        var reply = Assert.Single(replies);
        Assert.False(reply.Text.ContainsChinese());
        Assert.Equal("en-US", (string?)Assert.Single(replies.Cards())["lang"]);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task BotAddedToSharedConversation_PostsThePrivateChatNoteOnce(string conversationType)
    {
        using var client = factory.CreateBotClient().AsTeams(conversationType);

        var added = await client.SendAsync(client.ConversationUpdate(TeamsActivities.BotId));
        var installed = await client.SendAsync(client.InstallationUpdate("add"));
        var someoneJoined = await client.SendAsync(client.ConversationUpdate("29:1someone-else"));

        var note = Assert.Single(added.Cards());
        Assert.Contains(note.SelectTokens("$.actions[*].type"), type => (string?)type == "Action.OpenUrl");
        Assert.Empty(installed);
        Assert.Empty(someoneJoined);
    }

    [Fact]
    public async Task ConversationUpdate_MembersRemoved_SendsNothing()
    {
        using var client = factory.CreateBotClient().AsTeams();
        var activity = client.Teams(ActivityTypes.ConversationUpdate);
        activity.MembersRemoved = [new ChannelAccount { Id = client.UserId }];

        Assert.Empty(await client.SendAsync(activity));
    }
}
