using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Bot.Tests.Telemetry;
using ComplaintBot.Dialogs.Interview;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// The SQLite file (the default state store, with its default retry settings) locked by another connection in the
/// middle of an interview: longer than the store's retry budget, the user is asked to try again and nothing is
/// written; shorter, the turn waits and the user notices nothing.
/// </summary>
public sealed class SqliteBusyTests(ITestOutputHelper output)
{
    private const string OrderId = "1944822463412702309";
    private const string BusyLogFragment = "is busy (error 5)";

    [Theory]
    [InlineData("zh-CN", "请稍后再发一次")]
    [InlineData("en-US", "please send it again in a moment")]
    public async Task FileLockedLongerThanTheRetryBudget_TryAgainInTheUsersLanguage_NothingWritten_SameStepOnceFree(string locale, string tryAgain)
    {
        await using var bot = StartBot();
        using var client = bot.NewClient(locale);
        var script = Script.For(locale, client);
        await client.SayAsync(script.Greeting);
        var asked = (await client.SayAsync(OrderId)).LastStep();
        Assert.Equal(InterviewStep.Item, asked);
        var before = await bot.File.DumpAsync();

        IReadOnlyList<Activity> duringLock;
        var held = Stopwatch.StartNew();
        await using (await bot.File.HoldWriteLockAsync())
        {
            // Held until the bot has given up on the store, so by construction longer than its retry budget.
            duringLock = await client.SayAsync(script.Item);
            Assert.Equal(before, await bot.File.DumpAsync());
        }

        held.Stop();
        output.WriteLine($"{locale}: lock held {held.Elapsed.TotalSeconds:0.0} s, {bot.Retries} retries; reply: {duringLock.AllText()}");
        Assert.Contains(tryAgain, duringLock.AllText(), StringComparison.Ordinal);
        Assert.Equal(3, bot.Retries);
        Assert.Equal(3, bot.Metrics.Sum(ComplaintBotTelemetry.StorageRetriesMetric, (TelemetryTags.ProviderKey, "sqlite")));
        Assert.Equal(before, await bot.File.DumpAsync());

        // Free again: the same question, the order number kept, the answer given during the lock not half-written.
        var status = await client.SayAsync(script.Status);
        Assert.Equal(InterviewStep.Item, status.LastStep());
        Assert.Contains(OrderId, status.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(script.Item, status.AllText(), StringComparison.Ordinal);

        var driver = new InterviewDriver(client, script.AnswersAfterItem());
        var document = await driver.RunToSummaryAsync(script.Item);
        Assert.Equal(InterviewStep.Shop, driver.Transcript[0].Replies.LastStep());
        Assert.Equal(OrderId, (string?)document["order"]!["orderId"]);
        Assert.Equal(script.Item, (string?)document["order"]!["item"]);
        Assert.Equal(script.Shop, (string?)document["order"]!["shop"]);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(15)]
    public async Task FileLockedShorterThanTheRetryBudget_TheTurnWaitsAndGoesOn_UserSeesTheNextQuestion(int seconds)
    {
        // Both longer than one statement's busy wait (5 s), so the store's own retries are what carries the turn.
        var lockFor = TimeSpan.FromSeconds(seconds);
        await using var bot = StartBot();
        using var client = bot.NewClient("zh-CN");
        await client.SayAsync("你好");
        Assert.Equal(InterviewStep.Item, (await client.SayAsync(OrderId)).LastStep());

        var turn = Stopwatch.StartNew();
        IReadOnlyList<Activity> replies;
        await using (var writeLock = await bot.File.HoldWriteLockAsync())
        {
            var answering = client.SayAsync("空气炸锅");
            await Task.Delay(lockFor);
            Assert.False(answering.IsCompleted, "the turn finished while the file was still locked");
            await writeLock.DisposeAsync();
            replies = await answering;
        }

        turn.Stop();
        output.WriteLine($"lock of {lockFor.TotalSeconds:0} s: turn took {turn.Elapsed.TotalSeconds:0.0} s, {bot.Retries} retries; reply: {replies.AllText()}");
        Assert.Equal(InterviewStep.Shop, replies.LastStep());
        Assert.DoesNotContain("请稍后再发一次", replies.AllText(), StringComparison.Ordinal);
        Assert.InRange(bot.Retries, 1, 3);
        var status = await client.SayAsync("进度");
        Assert.Contains("空气炸锅", status.AllText(), StringComparison.Ordinal);
        Assert.Contains(OrderId, status.AllText(), StringComparison.Ordinal);
    }

    private static BusyBot StartBot() => new();

    /// <summary>The bot in process with SQLite state (the default), its logs and metrics recorded.</summary>
    private sealed class BusyBot : IAsyncDisposable
    {
        private readonly BotHostFactory _factory = new();
        private readonly CapturingLoggerProvider _logs = new();
        private readonly WebApplicationFactory<Program> _host;

        public BusyBot()
        {
            _host = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(_logs)));
            Metrics = new RecordedMeasurements(_host.Services);
            File = new SqliteStateFile(Path.Combine(_factory.DataDirectory, "complaintbot.db"));
        }

        public SqliteStateFile File { get; }

        public RecordedMeasurements Metrics { get; }

        /// <summary>Busy retries the SQLite store logged.</summary>
        public int Retries => _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains(BusyLogFragment, StringComparison.Ordinal));

        public BotClient NewClient(string locale) => new(_host.CreateClient()) { Locale = locale };

        public async ValueTask DisposeAsync()
        {
            Metrics.Dispose();
            await _host.DisposeAsync();
            await _factory.DisposeAsync();
            _logs.Dispose();
        }
    }

    /// <summary>What the shopper says, per language.</summary>
    private sealed record Script(string Greeting, string Status, string Item, string Shop, Func<Dictionary<string, Queue<Func<Activity>>>> AnswersAfterItem)
    {
        public static Script For(string locale, BotClient client) => locale == "zh-CN"
            ? new("你好", "进度", "空气炸锅", "暖禾家电旗舰店", () => new()
            {
                [InterviewStep.Shop] = InterviewDriver.Say(client, "暖禾家电旗舰店"),
                [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "11月3日"),
                [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "399元"),
                [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "11月5日"),
                [InterviewStep.ProblemType] = InterviewDriver.Say(client, "质量问题"),
                [InterviewStep.Description] = InterviewDriver.Say(client, "用了两次就不加热了，面板显示错误代码E3。"),
                [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "11月20日"),
                [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "否"),
                [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "退货退款"),
                [InterviewStep.Evidence] = InterviewDriver.Say(client, "没有"),
                [InterviewStep.Confirm] = InterviewDriver.Say(client, "是"),
            })
            : new("hello", "status", "air fryer", "Warm Home Appliances", () => new()
            {
                [InterviewStep.Shop] = InterviewDriver.Say(client, "Warm Home Appliances"),
                [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "2026-11-03"),
                [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "399 yuan"),
                [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "2026-11-05"),
                [InterviewStep.ProblemType] = InterviewDriver.Say(client, "quality problem"),
                [InterviewStep.Description] = InterviewDriver.Say(client, "After two uses it stopped heating and the panel shows error code E3."),
                [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "2026-11-20"),
                [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "no"),
                [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "return and refund"),
                [InterviewStep.Evidence] = InterviewDriver.Say(client, "none"),
                [InterviewStep.Confirm] = InterviewDriver.Say(client, "yes"),
            });
    }
}
