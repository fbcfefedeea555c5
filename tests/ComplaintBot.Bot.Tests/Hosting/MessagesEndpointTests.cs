using System.Net;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Tests.Hosting;

public sealed class MessagesEndpointTests : IClassFixture<BotHostFactory>
{
    private readonly BotHostFactory _factory;

    public MessagesEndpointTests(BotHostFactory factory) => _factory = factory;

    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("en-US", false)]
    public async Task ConversationUpdate_NewUser_IsWelcomedInTheirLanguage(string locale, bool chinese)
    {
        using var client = _factory.CreateBotClient();
        client.Locale = locale;

        var replies = await client.StartConversationAsync();

        var text = replies.AllText();
        Assert.NotEmpty(text);
        Assert.Equal(chinese, text.ContainsChinese());
    }

    [Fact]
    public async Task ConversationUpdate_OnlyTheBotJoined_SendsNothing()
    {
        using var client = _factory.CreateBotClient();
        var activity = client.NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount { Id = "bot" }];

        var replies = await client.SendAsync(activity);

        Assert.Empty(replies);
    }

    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("en-US", false)]
    public async Task Message_FirstMessage_StartsTheInterviewInTheUsersLanguage(string locale, bool chinese)
    {
        using var client = _factory.CreateBotClient();
        client.Locale = locale;

        var replies = await client.SayAsync(chinese ? "你好" : "hello");

        Assert.Equal(InterviewStep.OrderId, replies.LastStep());
        Assert.Equal(chinese, replies.AllText().ContainsChinese());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task Post_MalformedActivity_Answers400(string body)
    {
        using var client = _factory.CreateBotClient();

        using var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_IsNotAllowed()
    {
        using var http = _factory.CreateClient();

        using var response = await http.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
