using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;

namespace ComplaintBot.Bot.Tests.Hosting;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_MidInterview_NextMessageContinuesAtTheSameStep()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "complaintbot-tests", Guid.NewGuid().ToString("N"));
        var conversationId = "restart-" + Guid.NewGuid().ToString("N");
        string? stepBeforeRestart;

        using (var first = new BotHostFactory(dataDirectory))
        using (var client = first.CreateBotClient())
        {
            client.ConversationId = conversationId;
            await client.SayAsync("你好");
            var replies = await client.SayAsync("1944822463412702309");
            stepBeforeRestart = replies.LastStep();
            Assert.NotNull(stepBeforeRestart);
            Assert.NotEqual(InterviewStep.OrderId, stepBeforeRestart);
        }

        using var second = new BotHostFactory(dataDirectory);
        using var resumed = second.CreateBotClient();
        resumed.ConversationId = conversationId;

        var afterRestart = await resumed.SayAsync("进度");

        // "进度" re-asks the pending question: the same step as before the process stopped.
        Assert.Equal(stepBeforeRestart, afterRestart.LastStep());
        Assert.Contains("1944822463412702309", afterRestart.AllText(), StringComparison.Ordinal);
    }
}
