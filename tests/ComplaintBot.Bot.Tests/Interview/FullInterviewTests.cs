using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.Interview;

public sealed class FullInterviewTests(BotHostFactory factory, ITestOutputHelper output) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task ChineseInterview_AnsweredByStepHints_SummaryValueHoldsTheFactsTyped()
    {
        using var client = factory.CreateBotClient();
        client.Locale = "zh-CN";
        var answers = new Dictionary<string, Queue<Func<Activity>>>
        {
            [InterviewStep.OrderId] = InterviewDriver.Say(client, "1944 8224 6341 2702 309"),
            [InterviewStep.Item] = InterviewDriver.Say(client, "电热水壶"),
            [InterviewStep.Shop] = InterviewDriver.Say(client, "暖禾家电旗舰店"),
            [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "11月3日"),
            [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "129元"),
            [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "11月5日"),
            [InterviewStep.ProblemType] = InterviewDriver.Say(client, "质量问题"),
            [InterviewStep.Description] = InterviewDriver.Say(client, "烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。"),
            [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "11月20日"),
            [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "是", "客服说只能补偿5元，不同意退货"),
            [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "退货退款"),
            [InterviewStep.Evidence] = new Queue<Func<Activity>>([() => Files(client, "漏水照片.jpg", "聊天记录.png"), () => Text(client, "完成")]),
            [InterviewStep.Confirm] = InterviewDriver.Say(client, "是", "是", "是"),
        };
        var driver = new InterviewDriver(client, answers);

        // As Web Chat and the Emulator do: the conversation opens with a welcome before the first message.
        Assert.NotEmpty(await client.StartConversationAsync());
        var document = await driver.RunToSummaryAsync("你好");
        WriteTranscript(driver);

        Assert.Equal("zh-CN", (string?)document["locale"]);
        Assert.Equal("1944822463412702309", (string?)document["order"]!["orderId"]);
        Assert.Equal("电热水壶", (string?)document["order"]!["item"]);
        Assert.Equal("暖禾家电旗舰店", (string?)document["order"]!["shop"]);
        Assert.Equal("2026-11-03", (string?)document["order"]!["purchaseDate"]);
        Assert.Equal("2026-11-05", (string?)document["order"]!["deliveredDate"]);
        Assert.Equal(129m, (decimal)document["order"]!["amountPaid"]!["value"]!);
        Assert.Equal("quality_defect", (string?)document["problem"]!["type"]);
        Assert.Equal("2026-11-20", (string?)document["problem"]!["discoveredDate"]);
        Assert.True((bool)document["problem"]!["contactedSeller"]!);
        Assert.Equal("return_refund", (string?)document["outcome"]!["type"]);
        var evidence = (JArray)document["evidence"]!;
        Assert.Equal(2, evidence.Count);
        Assert.Equal(SampleFiles.Sha256(SampleFiles.Jpeg), (string?)evidence[0]["sha256"]);
        Assert.Equal("chat", (string?)evidence[1]["kind"]);
        Assert.Contains("1944822463412702309", (string?)document["complaintText"]!["full"], StringComparison.Ordinal);
        Assert.Equal(ComplaintCardContentType, Assert.Single(driver.Summary!.Attachments).ContentType);

        var confirmed = await client.SubmitAsync(new { action = "confirm", complaintId = (string?)document["id"] });
        Assert.Contains((string)document["id"]!, confirmed.AllText(), StringComparison.Ordinal);

        // A completed interview leaves no conversation state at all: no draft, no dialog stack, no welcome flag, no
        // redelivery ledger.
        var storage = factory.Services.GetRequiredService<IStorage>();
        var key = $"{client.ChannelId}/conversations/{client.ConversationId}";
        var items = await storage.ReadAsync([key]);
        Assert.False(items.ContainsKey(key), "conversation state left behind: " + (items.TryGetValue(key, out var left) ? left : null));
    }

    [Fact]
    public async Task EnglishInterview_CounterfeitWithAnExcessiveClaim_SummaryCarriesTheFactsAndTheFlags()
    {
        using var client = factory.CreateBotClient();
        client.Locale = "en-US";
        var answers = new Dictionary<string, Queue<Func<Activity>>>
        {
            [InterviewStep.OrderId] = InterviewDriver.Say(client, "3302117784512096614"),
            [InterviewStep.Item] = InterviewDriver.Say(client, "running shoes"),
            [InterviewStep.Shop] = InterviewDriver.Say(client, "Sprint Sports Outlet"),
            [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "2026-11-12"),
            [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "899 yuan"),
            [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "2026-11-14"),
            [InterviewStep.ProblemType] = InterviewDriver.Say(client, "they are fake"),
            [InterviewStep.Description] = InterviewDriver.Say(client, "The brand's official store says the serial number on the tongue label does not exist."),
            [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "2026-11-25"),
            [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "no"),
            [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "compensation"),
            [InterviewStep.OutcomeAmount] = InterviewDriver.Say(client, "100000 yuan", "keep"),
            [InterviewStep.Evidence] = new Queue<Func<Activity>>([() => Files(client, "shoes.jpg"), () => Text(client, "done")]),
            [InterviewStep.Confirm] = InterviewDriver.Say(client, "yes", "yes", "yes"),
        };
        var driver = new InterviewDriver(client, answers);

        var document = await driver.RunToSummaryAsync("hello");
        WriteTranscript(driver);

        Assert.Equal("en-US", (string?)document["locale"]);
        Assert.Equal("3302117784512096614", (string?)document["order"]!["orderId"]);
        Assert.Equal("2026-11-12", (string?)document["order"]!["purchaseDate"]);
        Assert.Equal(899m, (decimal)document["order"]!["amountPaid"]!["value"]!);
        Assert.Equal("counterfeit", (string?)document["problem"]!["type"]);
        Assert.Equal("compensation", (string?)document["outcome"]!["type"]);
        Assert.Equal(100000m, (decimal)document["outcome"]!["amount"]!["value"]!);
        Assert.Single((JArray)document["evidence"]!);
        var flags = document["review"]!["flags"]!.Select(flag => (string?)flag["code"]).ToList();
        Assert.Contains("unreasonable_demand", flags);
        Assert.Contains("missing_evidence", flags);
        Assert.Equal(3596m, (decimal)document["outcome"]!["statutory"]!["cap"]!["value"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)document["complaintText"]!["english"]));
    }

    private const string ComplaintCardContentType = "application/vnd.microsoft.card.adaptive";

    private static Activity Text(BotClient client, string text)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    /// <summary>Files as the Emulator sends small ones: inline <c>data:</c> URIs, here a few bytes of real JPEG and PNG.</summary>
    private static Activity Files(BotClient client, params string[] names)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Attachments = names.Select(name => name.EndsWith(".png", StringComparison.Ordinal)
            ? new Attachment { Name = name, ContentType = "image/png", ContentUrl = "data:image/png;base64," + Convert.ToBase64String(SampleFiles.Png) }
            : new Attachment { Name = name, ContentType = "image/jpeg", ContentUrl = "data:image/jpeg;base64," + Convert.ToBase64String(SampleFiles.Jpeg) }).ToList();
        return activity;
    }

    private void WriteTranscript(InterviewDriver driver)
    {
        foreach (var (step, sent, replies) in driver.Transcript)
        {
            output.WriteLine($"[{step}] > {sent}");
            foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
            {
                output.WriteLine("  < " + (reply.Text ?? "(card)").Replace("\n", "\n    ", StringComparison.Ordinal));
            }
        }
    }
}
