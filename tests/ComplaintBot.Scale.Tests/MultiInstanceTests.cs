using Stopwatch = System.Diagnostics.Stopwatch;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace ComplaintBot.Scale.Tests;

[Collection(AzuriteServerCollection.Name)]
public sealed class MultiInstanceTests(AzuriteServer azurite, ITestOutputHelper output)
{
    private const int Conversations = 50;
    private const int ParallelConversations = 8;

    // Read every turn (Blob's default), and the opposite: each instance starting a turn from its own last commit, which
    // alternating turns make stale every time, so every such turn is refused at its commit and runs again from storage.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FiftyInterviews_AlternatingBetweenTwoInstancesWithBursts_EveryComplaintCompleteNothingLostOrDuplicated(bool readStateEveryTurn)
    {
        // The whole run is bounded: a hang fails the test instead of the build.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var settings = new Dictionary<string, string> { ["Turns__ReadStateEveryTurn"] = readStateEveryTurn ? "true" : "false" };
        await using var cluster = await BotCluster.StartAsync(azurite.Azurite, 2, settings);
        var clients = cluster.Instances.Select(i => i.CreateHttpClient()).ToList();
        var random = new Random(20260601);

        // Two conversations per shopper, started together: their confirmations race for the same user state.
        var conversations = Enumerable.Range(0, Conversations)
            .Select(i => new AlternatingConversation(clients, new ConversationScript(i, random), "shopper-" + (i / 2)))
            .ToList();
        using var parallel = new SemaphoreSlim(ParallelConversations);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(conversations.Select(async conversation =>
        {
            await parallel.WaitAsync(deadline.Token);
            try
            {
                await conversation.RunAsync().WaitAsync(deadline.Token);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException or TimeoutException)
            {
                conversation.Problems.Add(ex.GetType().Name + ": " + ex.Message);
            }
            finally
            {
                parallel.Release();
            }
        }));
        var interviews = clock.Elapsed;

        // Every confirmed complaint must be in its shopper's history, whichever instance is asked.
        var historyMisses = 0;
        foreach (var shopper in conversations.GroupBy(c => c.UserId))
        {
            var history = await AskHistoryAsync(clients[historyMisses % 2], shopper.Key);
            var missing = shopper.Where(c => c.ComplaintId is null || !history.Contains(c.ComplaintId, StringComparison.Ordinal)).ToList();
            historyMisses += missing.Count;
            foreach (var conversation in missing)
            {
                conversation.Problems.Add($"complaint {conversation.ComplaintId} not in the history of {shopper.Key}: {history}");
            }

        }

        var lost = conversations.Sum(c => c.Problems.Count);
        var duplicates = conversations.Sum(c => c.Duplicates);
        var turns = conversations.Sum(c => c.Turns);
        var reruns = cluster.Instances.Sum(i => i.Output.Count(line => line.Contains("lost the race", StringComparison.Ordinal)));
        var errors = cluster.Instances.SelectMany(i => i.ErrorLines).ToList();
        output.WriteLine($"instances: {cluster.Instances.Count}, conversations: {Conversations}, turns: {turns} ({(double)turns / Conversations:0.0} per conversation), bursts: {conversations.Sum(c => c.Bursts)}");
        output.WriteLine($"lost: {lost}, duplicates: {duplicates}, reruns after ETag conflicts: {reruns}, error log lines: {errors.Count}, interviews took {interviews.TotalSeconds:0.0} s");
        foreach (var problem in conversations.SelectMany(c => c.Problems.Select(p => $"conversation {conversations.IndexOf(c)}: {p}")).Take(20))
        {
            output.WriteLine(problem);
        }

        foreach (var detail in conversations.SelectMany(c => c.DuplicateDetails).Take(10))
        {
            output.WriteLine(detail);
        }

        foreach (var line in errors.Take(20))
        {
            output.WriteLine(line);
        }

        Assert.Equal(0, lost);
        Assert.Equal(0, duplicates);
        Assert.Empty(errors);
        Assert.All(conversations, c => Assert.Equal(1, c.Bursts));
    }

    private static async Task<string> AskHistoryAsync(HttpClient instance, string userId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "history-" + Guid.NewGuid().ToString("N"),
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1:9/",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = "zh-CN",
            Text = "我的投诉",
            Conversation = new ConversationAccount { Id = "history-" + userId },
            From = new ChannelAccount { Id = userId },
            Recipient = new ChannelAccount { Id = "bot" },
        };
        using var content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await instance.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var replies = Newtonsoft.Json.JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync());
        return (replies?.Activities ?? []).AllText();
    }
}
