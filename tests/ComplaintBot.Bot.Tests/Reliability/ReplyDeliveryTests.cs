using Stopwatch = System.Diagnostics.Stopwatch;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// Replies posted to a channel's connector that answers 503, 429 with <c>Retry-After</c>, takes a post and answers
/// late, or is not there at all: every reply of an interview must reach the channel exactly once and in order.
/// The bot runs in process in Emulator mode (empty app id), the channel is a real HTTP server on 127.0.0.1.
/// </summary>
public sealed class ReplyDeliveryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(ConnectorFaultKind.Unavailable)]
    [InlineData(ConnectorFaultKind.Throttled)]
    public async Task Interview_ChannelRefusesPosts_EveryReplyArrivesOnceInOrderAndTheInterviewEnds(ConnectorFaultKind kind)
    {
        await using var bed = await DeliveryTestBed.StartAsync();
        var expected = await RunInterviewAsync(bed, faultBeforeTurn: null);
        var throttle = TimeSpan.FromSeconds(1);

        // 503: each turn's first reply is refused twice. 429: every third turn's first reply once, with Retry-After: 1.
        var faulty = await RunInterviewAsync(bed, turn => kind == ConnectorFaultKind.Unavailable
            ? [ConnectorFault.Unavailable, ConnectorFault.Unavailable]
            : turn % 3 == 0 ? [ConnectorFault.Throttled(throttle)] : []);

        AssertSameReplies(expected, faulty);
        var posts = bed.Connector.Posts.Where(p => p.ConversationId == faulty.Client.ConversationId).ToList();
        var refused = posts.Where(p => p.Fault == kind).ToList();
        output.WriteLine($"{kind}: {faulty.Turns.Count} turns, {faulty.Turns.Sum(t => t.Count)} replies, {posts.Count} posts, {refused.Count} refused");
        Assert.NotEmpty(refused);
        AssertEachReplyTakenOnce(bed, faulty);

        // Every refused post was made again, with the same key, and after a 429 not before Retry-After had passed.
        foreach (var post in refused)
        {
            var retry = posts.FirstOrDefault(p => p.Key == post.Key && p.At > post.At);
            Assert.NotNull(retry);
            if (kind == ConnectorFaultKind.Throttled)
            {
                Assert.True(retry.At - post.At >= throttle, $"retried after {(retry.At - post.At).TotalMilliseconds:0} ms, Retry-After was {throttle.TotalMilliseconds} ms");
            }
        }

        Assert.Equal(refused.Count, bed.LogCount("posting again"));

        // Connector URLs carry the conversation id; no log line may.
        Assert.DoesNotContain(bed.Logs.Entries, e => e.Line.Contains(faulty.Client.ConversationId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ConnectorFaultKind.TakenThenSlow)]
    [InlineData(ConnectorFaultKind.TakenThenBadGateway)]
    public async Task Interview_ChannelTakesAPostButItsAnswerIsLost_TheReplyIsNotPostedAgainAndTheInterviewEnds(ConnectorFaultKind kind)
    {
        await using var bed = await DeliveryTestBed.StartAsync();
        var expected = await RunInterviewAsync(bed, faultBeforeTurn: null);
        var fault = kind == ConnectorFaultKind.TakenThenSlow ? ConnectorFault.TakenThenSlow(DeliveryTestBed.AttemptTimeout * 3) : ConnectorFault.TakenThenBadGateway;

        // Odd turns, so the opening turn's first reply (a second one follows it) is among them.
        var faulty = await RunInterviewAsync(bed, turn => turn % 2 == 1 ? [fault] : []);

        AssertSameReplies(expected, faulty);
        AssertEachReplyTakenOnce(bed, faulty);
        var posts = bed.Connector.Posts.Where(p => p.ConversationId == faulty.Client.ConversationId).ToList();
        var lost = posts.Where(p => p.Fault == kind).ToList();
        output.WriteLine($"{kind}: {posts.Count} posts, {lost.Count} answers lost, {faulty.Turns.Sum(t => t.Count)} replies");
        Assert.NotEmpty(lost);
        Assert.All(lost, post => Assert.Single(posts, p => p.Key == post.Key));
        Assert.Equal(lost.Count, bed.LogCount("not posted again"));
    }

    [Fact]
    public async Task ChannelDownLongerThanTheBudget_StateStaysCommittedAndTheInterviewContinuesWhenItIsBack()
    {
        await using var bed = await DeliveryTestBed.StartAsync();
        var conversation = bed.NewConversation();
        await conversation.SayAsync("你好");
        Assert.Equal(InterviewStep.Item, (await conversation.SayAsync("1944822463412702309")).LastStep());

        bed.Connector.FailNext([.. Enumerable.Repeat(ConnectorFault.Unavailable, DeliveryTestBed.MaxAttempts * 3)]);
        var outage = Stopwatch.StartNew();
        var duringOutage = await conversation.SayAsync("空气炸锅");
        outage.Stop();
        bed.Connector.ClearFaults();

        // Nothing reached the channel: the turn's first reply was posted DeliveryTestBed.MaxAttempts times, its later replies never.
        Assert.Empty(duringOutage);
        var refused = bed.Connector.Posts.Where(p => p.Fault == ConnectorFaultKind.Unavailable).ToList();
        Assert.Equal(DeliveryTestBed.MaxAttempts, refused.Count);
        Assert.Single(refused.Select(p => p.Key).Distinct());
        Assert.True(outage.Elapsed < DeliveryTestBed.TotalTimeout + DeliveryTestBed.AttemptTimeout, $"delivery took {outage.Elapsed}");
        Assert.Contains(bed.Logs.Entries, e => e.Message.Contains("were not delivered; its state stays as committed", StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Logs.Entries, e => e.Message.StartsWith("Turn failed", StringComparison.Ordinal));
        output.WriteLine($"gave up after {outage.Elapsed.TotalSeconds:0.00} s and {refused.Count} refused posts");

        // Back up: the answer given during the outage was committed, and neither rolled back nor run again.
        var status = await conversation.SayAsync("进度");
        Assert.Equal(InterviewStep.Shop, status.LastStep());
        Assert.Contains("空气炸锅", status.AllText(), StringComparison.Ordinal);
        Assert.Equal(InterviewStep.PurchaseDate, (await conversation.SayAsync("暖禾家电旗舰店")).LastStep());
        AssertEachReplyTakenOnce(bed, conversation);
    }

    [Fact]
    public async Task ChannelNotListeningYet_RefusedConnectionsAreRetried_TheReplyArrivesOnce()
    {
        await using var bed = await DeliveryTestBed.StartAsync();
        var port = FreeLoopbackPort();
        using var client = new BotClient(bed.Host.CreateClient()) { ServiceUrl = $"http://127.0.0.1:{port}/" };
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Text = "你好";
        activity.DeliveryMode = null;

        // The channel comes up once the bot has been refused a connection to it.
        var channelUp = Task.Run(async () =>
        {
            var waited = Stopwatch.StartNew();
            while (!bed.Logs.Entries.Any(e => e.Message.Contains("(no connection", StringComparison.Ordinal)))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the bot never reported a refused connection");
                await Task.Delay(5);
            }

            return await FakeConnector.StartAsync(port);
        });

        using var response = await client.PostRawAsync(Newtonsoft.Json.JsonConvert.SerializeObject(activity));
        await using var channel = await channelUp;

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var taken = channel.TakenFor(client.ConversationId);
        Assert.NotEmpty(taken);
        Assert.Equal(taken.Count, taken.Select(r => r.Key).Distinct().Count());
        Assert.Equal(InterviewStep.OrderId, taken.Select(r => r.Activity).LastStep());
    }

    private static async Task<ChannelConversation> RunInterviewAsync(DeliveryTestBed bed, Func<int, ConnectorFault[]>? faultBeforeTurn)
    {
        var conversation = bed.NewConversation();
        var turn = 0;
        var driver = new InterviewDriver(conversation.Client, Answers(conversation.Client), activity =>
        {
            bed.Connector.FailNext(faultBeforeTurn?.Invoke(++turn) ?? []);
            return conversation.SendAsync(activity);
        });
        var document = await driver.RunToSummaryAsync("你好");
        Assert.Equal("1944822463412702309", (string?)document["order"]!["orderId"]);
        return conversation;
    }

    private static Dictionary<string, Queue<Func<Activity>>> Answers(BotClient client) => new()
    {
        [InterviewStep.OrderId] = InterviewDriver.Say(client, "1944822463412702309"),
        [InterviewStep.Item] = InterviewDriver.Say(client, "电热水壶"),
        [InterviewStep.Shop] = InterviewDriver.Say(client, "暖禾家电旗舰店"),
        [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "11月3日"),
        [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "129元"),
        [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "11月5日"),
        [InterviewStep.ProblemType] = InterviewDriver.Say(client, "质量问题"),
        [InterviewStep.Description] = InterviewDriver.Say(client, "烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。"),
        [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "11月20日"),
        [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "否"),
        [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "退货退款"),
        [InterviewStep.Evidence] = InterviewDriver.Say(client, "没有"),
        [InterviewStep.Confirm] = InterviewDriver.Say(client, "是"),
    };

    /// <summary>The same script must give the same replies, turn by turn, whatever the channel did to the posts.</summary>
    private static void AssertSameReplies(ChannelConversation expected, ChannelConversation actual)
    {
        Assert.Equal(expected.Turns.Count, actual.Turns.Count);
        for (var turn = 0; turn < expected.Turns.Count; turn++)
        {
            Assert.Equal(expected.Turns[turn].Select(Describe), actual.Turns[turn].Select(Describe));
        }
    }

    private static string Describe(Activity reply) =>
        $"{reply.Type} {reply.Step()} {reply.Text} {reply.Attachments?.Count ?? 0} {(reply.Value as JObject)?["complaintText"] is not null}";

    private static void AssertEachReplyTakenOnce(DeliveryTestBed bed, ChannelConversation conversation)
    {
        var keys = bed.Connector.TakenFor(conversation.Client.ConversationId).Select(r => r.Key).ToList();
        Assert.All(keys, key => Assert.False(string.IsNullOrEmpty(key)));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
