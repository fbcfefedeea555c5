using System.Diagnostics;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Xunit.Abstractions;

namespace ComplaintBot.Scale.Tests;

[Collection(AzuriteServerCollection.Name)]
public sealed class FaultTests(AzuriteServer azurite, ITestOutputHelper output)
{
    private const string TryAgainZh = "请稍后再发一次";

    [Fact]
    public async Task BlobStorageDown_MidInterview_TryAgainReplyThenSameStepWithNothingLost()
    {
        var container = AzuriteServer.NewContainer();
        using var factory = new BotHostFactory(null, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.Azurite.ConnectionString,
            ["Storage:Blob:Container"] = container,
            ["Storage:Blob:MaxRetryAttempts"] = "2",
            ["Storage:Blob:RetryDelay"] = "00:00:00.100",
            ["Storage:Blob:NetworkTimeout"] = "00:00:03",
        });
        using var client = factory.CreateBotClient();
        await client.SayAsync("你好");
        var afterOrder = await client.SayAsync("1944822463412702309");
        var step = afterOrder.LastStep();
        Assert.NotEqual(InterviewStep.OrderId, step);

        var outage = Stopwatch.StartNew();
        await azurite.Azurite.StopAsync();
        IReadOnlyList<Microsoft.Bot.Schema.Activity> duringOutage;
        try
        {
            duringOutage = await client.SayAsync("空气炸锅");
        }
        finally
        {
            await azurite.Azurite.RestartAsync();
        }

        outage.Stop();
        output.WriteLine($"storage down for {outage.Elapsed.TotalSeconds:0.0} s; reply: {duringOutage.AllText()}");
        Assert.Contains(TryAgainZh, duringOutage.AllText(), StringComparison.Ordinal);

        // Back up: the same question, the order number kept, the lost answer not half-written.
        var status = await client.SayAsync("进度");
        Assert.Equal(step, status.LastStep());
        Assert.Contains("1944822463412702309", status.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("空气炸锅", status.AllText(), StringComparison.Ordinal);

        var resent = await client.SayAsync("空气炸锅");
        Assert.NotEqual(step, resent.LastStep());
    }

    [Fact]
    public async Task KillDashNine_DuringTurns_RestartedInstanceContinuesFromTheLastCommittedTurn()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var root = Path.Combine(Path.GetTempPath(), "complaintbot-kill", Guid.NewGuid().ToString("N"));
        var environment = BotCluster.Environment(azurite.Azurite, AzuriteServer.NewContainer(), root);
        await using var bot = await BotProcess.StartAsync("killed", environment);
        using var http = bot.CreateHttpClient();
        var script = new ConversationScript(0, new Random(7));
        var conversation = new AlternatingConversation([http], script, "kill-user");
        var kills = 0;

        // Kill the process while a message is in flight, three times, restarting it each time on the same port.
        var killer = Task.Run(async () =>
        {
            foreach (var delay in new[] { 700, 700, 700 })
            {
                await Task.Delay(delay, deadline.Token);
                await bot.KillAsync();
                kills++;
                await bot.RestartAsync();
            }
        });

        await conversation.RunWithRetriesAsync(deadline.Token);
        await killer;

        output.WriteLine($"kills: {kills}, turns: {conversation.Turns}, problems: {string.Join("; ", conversation.Problems)}");
        Assert.Equal(3, kills);
        Assert.Empty(conversation.Problems);
        Assert.NotNull(conversation.ComplaintId);
        Directory.Delete(root, recursive: true);
    }
}
