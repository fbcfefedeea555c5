using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Interview;

/// <summary>
/// Evidence through the whole bot: files downloaded from the channel's attachment service (a local server here),
/// checked, hashed and kept; refusals explained while the interview stays at the evidence step.
/// </summary>
public sealed class EvidenceInterviewTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        [InterviewStep.OrderId] = "1944822463412702309",
        [InterviewStep.Item] = "电热水壶",
        [InterviewStep.Shop] = "跳过",
        [InterviewStep.PurchaseDate] = "前天",
        [InterviewStep.AmountPaid] = "129元",
        [InterviewStep.ProblemType] = "质量问题",
        [InterviewStep.Description] = "壶底漏水。",
        [InterviewStep.DiscoveredDate] = "昨天",
        [InterviewStep.ContactedSeller] = "否",
        [InterviewStep.OutcomeType] = "退货退款",
    };

    [Fact]
    public async Task OversizedAndDisguisedFiles_AreRefusedWithTheReason_AndTheInterviewStaysAtEvidence()
    {
        await using var files = await TestFileServer.StartAsync();
        using var client = await AtEvidenceStepAsync(files);

        var big = await client.SendAsync(Files(client, files, "big.jpg"));
        Assert.Contains("20 MB", big.AllText(), StringComparison.Ordinal);
        Assert.Equal(InterviewStep.Evidence, big.LastStep());

        var disguised = await client.SendAsync(Files(client, files, "page.jpg"));
        Assert.Contains("不符", disguised.AllText(), StringComparison.Ordinal);
        Assert.Equal(InterviewStep.Evidence, disguised.LastStep());

        var good = await client.SendAsync(Files(client, files, "photo.jpg"));
        Assert.Contains("photo.jpg", good.AllText(), StringComparison.Ordinal);
        var summary = Summary(await client.SayAsync("完成"));
        var kept = Assert.Single((JArray)summary["evidence"]!);
        Assert.Equal(SampleFiles.Sha256(SampleFiles.Jpeg), (string?)kept["sha256"]);
        Assert.Equal(SampleFiles.Jpeg.Length, (long)kept["sizeBytes"]!);
    }

    [Fact]
    public async Task FiveFilesInOneMessage_AndFiveMessagesSentWithoutWaiting_AllEndUpInTheComplaint()
    {
        await using var files = await TestFileServer.StartAsync();
        using var client = await AtEvidenceStepAsync(files);

        await client.SendAsync(Files(client, files, "a1.jpg", "a2.png", "a3.jpg", "a4.png", "a5.jpg"));
        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => client.SendAsync(Files(client, files, $"b{i}.jpg"))));
        var summary = Summary(await client.SayAsync("完成"));

        var names = summary["evidence"]!.Select(item => (string)item["name"]!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["a1.jpg", "a2.png", "a3.jpg", "a4.png", "a5.jpg", "b1.jpg", "b2.jpg", "b3.jpg", "b4.jpg", "b5.jpg"], names);
        Assert.All(summary["evidence"]!, item => Assert.Equal(64, ((string)item["sha256"]!).Length));
    }

    private async Task<BotClient> AtEvidenceStepAsync(TestFileServer files)
    {
        var client = factory.CreateBotClient();
        client.ServiceUrl = files.BaseUri.ToString();
        var replies = await client.SayAsync("你好");
        for (var turn = 0; turn < 20 && replies.LastStep() != InterviewStep.Evidence; turn++)
        {
            var step = replies.LastStep() ?? throw new InvalidOperationException("No question: " + replies.AllText());
            replies = await client.SayAsync(step == InterviewStep.Confirm ? "是" : Answers[step]);
        }

        Assert.Equal(InterviewStep.Evidence, replies.LastStep());
        return client;
    }

    private static Activity Files(BotClient client, TestFileServer files, params string[] names)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Attachments = names.Select(name => new Attachment
        {
            Name = name,
            ContentType = name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg",
            ContentUrl = files.Url(name),
        }).ToList();
        return activity;
    }

    private static JObject Summary(IReadOnlyList<Activity> replies) =>
        replies.Select(reply => reply.Value as JObject).LastOrDefault(value => value?["evidence"] is not null)
        ?? throw new InvalidOperationException("No summary in: " + replies.AllText());
}
