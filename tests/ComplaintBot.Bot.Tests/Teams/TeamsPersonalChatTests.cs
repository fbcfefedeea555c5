using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.Teams;

public sealed class TeamsPersonalChatTests(BotHostFactory factory, ITestOutputHelper output) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task Message_WithTeamsHtmlBodyCopy_IsReadAsTextAndStartsTheInterview()
    {
        using var client = factory.CreateBotClient().AsTeams();

        var replies = await client.SendAsync(client.TeamsMessage("你好"));

        Assert.Equal(InterviewStep.OrderId, replies.LastStep());
        Assert.True(replies.AllText().ContainsChinese());
    }

    [Theory]
    [InlineData("开始投诉")]
    [InlineData("start")]
    [InlineData("开始")]
    public async Task StartCommand_FirstMessage_StartsTheInterview(string command)
    {
        using var client = factory.CreateBotClient().AsTeams();

        var replies = await client.SendAsync(client.TeamsMessage(command));

        Assert.Equal(InterviewStep.OrderId, replies.LastStep());
    }

    [Theory]
    [InlineData("开始投诉")]
    [InlineData("start")]
    public async Task StartCommand_DuringTheInterview_KeepsTheAnswersAndAsksThePendingQuestionAgain(string command)
    {
        using var client = factory.CreateBotClient().AsTeams();
        await client.SendAsync(client.TeamsMessage("你好"));
        var afterOrder = await client.SendAsync(client.TeamsMessage("1944 8224 6341 2702 309"));
        var pending = afterOrder.LastStep();

        var replies = await client.SendAsync(client.TeamsMessage(command));

        Assert.Equal(pending, replies.LastStep());
        Assert.Contains("1944822463412702309", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeCardStartButton_FirstClick_StartsTheInterview()
    {
        using var client = factory.CreateBotClient().AsTeams();
        await client.SendAsync(client.InstallationUpdate("add"));

        var replies = await client.SendAsync(client.TeamsSubmit(new { action = CardActions.Start }));

        Assert.Equal(InterviewStep.OrderId, replies.LastStep());
    }

    [Fact]
    public async Task WelcomeCardHelpButton_FirstClick_ShowsHelp()
    {
        using var client = factory.CreateBotClient().AsTeams();
        await client.SendAsync(client.InstallationUpdate("add"));

        var replies = await client.SendAsync(client.TeamsSubmit(new { action = CardActions.Help }));

        Assert.NotEmpty(replies.Cards());
        Assert.Contains(BotText.Default.Get("zh-CN", "help.intro"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullInterview_InTeams_FilesAreTakenAndEveryCardIsAdaptiveCards15()
    {
        await using var files = await TestFileServer.StartAsync();
        using var client = factory.CreateBotClient().AsTeams();
        var welcome = await client.SendAsync(client.InstallationUpdate("add"));
        var answers = new Dictionary<string, Queue<Func<Activity>>>
        {
            [InterviewStep.OrderId] = Say(client, "1944 8224 6341 2702 309"),
            [InterviewStep.Item] = Say(client, "电热水壶"),
            [InterviewStep.Shop] = Say(client, "暖禾家电旗舰店"),
            [InterviewStep.PurchaseDate] = Say(client, "11月3日"),
            [InterviewStep.AmountPaid] = Say(client, "129元"),
            [InterviewStep.DeliveredDate] = Say(client, "11月5日"),
            [InterviewStep.ProblemType] = Say(client, "质量问题"),
            [InterviewStep.Description] = Say(client, "烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。"),
            [InterviewStep.DiscoveredDate] = Say(client, "11月20日"),
            [InterviewStep.ContactedSeller] = Say(client, "是", "客服说只能补偿5元，不同意退货"),
            [InterviewStep.OutcomeType] = Say(client, "退货退款"),
            [InterviewStep.Evidence] = new Queue<Func<Activity>>(
            [
                () => client.TeamsFiles(files.BaseUri.ToString(), ("漏水照片.jpg", files.Url("漏水照片.jpg")), ("聊天记录.png", files.Url("聊天记录.png"))),
                () => client.TeamsSubmit(new { action = CardActions.EvidenceDone }),
            ]),
            [InterviewStep.Confirm] = Say(client, "是", "是", "是"),
        };
        var driver = new InterviewDriver(client, answers);

        var document = await driver.RunToSummaryAsync("你好");
        var confirmed = await client.SendAsync(client.TeamsSubmit(new { action = CardActions.Confirm, complaintId = (string?)document["id"] }));

        var evidence = (JArray)document["evidence"]!;
        Assert.Equal(2, evidence.Count);
        Assert.Equal(SampleFiles.Sha256(SampleFiles.Jpeg), (string?)evidence[0]["sha256"]);
        Assert.Equal(SampleFiles.Sha256(SampleFiles.Png), (string?)evidence[1]["sha256"]);
        Assert.Contains((string)document["id"]!, confirmed.AllText(), StringComparison.Ordinal);

        var cards = welcome.Concat(driver.Transcript.SelectMany(t => t.Replies)).Concat(confirmed).Cards().ToList();
        output.WriteLine($"{cards.Count} cards checked");
        Assert.True(cards.Count >= 3);
        Assert.All(cards, card => Assert.Empty(AdaptiveCard15.Problems(card)));
    }

    private static Queue<Func<Activity>> Say(BotClient client, params string[] texts) =>
        new(texts.Select(text => (Func<Activity>)(() => client.TeamsMessage(text))));
}
