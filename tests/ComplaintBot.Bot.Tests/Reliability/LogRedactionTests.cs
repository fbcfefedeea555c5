using ComplaintBot.Bot.Security;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.Reliability;

public sealed class LogRedactionTests(BotHostFactory factory, ITestOutputHelper output) : IClassFixture<BotHostFactory>
{
    private const string OrderId = "1944822463412702309";
    private const string Phone = "13812345678";
    private const string Address = "北京市朝阳区建国路88号院3号楼";
    private const string Description = "烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。";

    [Theory]
    [InlineData("order 1944 8224 6341 2702 309 failed", "order [number] failed")]
    [InlineData("call +86 138-1234-5678 now", "call [number] now")]
    [InlineData("mail a.b@example.org", "mail [email]")]
    [InlineData("address 北京市朝阳区建国路88号", "address [text]")]
    [InlineData("retry 3 after 200 ms on port 3978", "retry 3 after 200 ms on port 3978")]
    public void Redact_Samples_RemovesPersonalDataAndKeepsTheRest(string input, string expected) =>
        Assert.Equal(expected, LogRedactor.Redact(input));

    [Fact]
    public async Task Logs_FullInterviewPlusALineQuotingTheShopper_NoOrderNumberPhoneAddressOrDescriptionInAnyLine()
    {
        var logs = new CapturingLoggerProvider();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        using var client = new BotClient(host.CreateClient());
        var answers = new Dictionary<string, Queue<Func<Activity>>>
        {
            [InterviewStep.OrderId] = InterviewDriver.Say(client, OrderId),
            [InterviewStep.Item] = InterviewDriver.Say(client, "电热水壶"),
            [InterviewStep.Shop] = InterviewDriver.Say(client, "暖禾家电旗舰店"),
            [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "11月3日"),
            [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "129元"),
            [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "11月5日"),
            [InterviewStep.ProblemType] = InterviewDriver.Say(client, "质量问题"),
            [InterviewStep.Description] = InterviewDriver.Say(client, Description + " 联系电话" + Phone + "，地址" + Address),
            [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "11月20日"),
            [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "否"),
            [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "退货退款"),
            [InterviewStep.Evidence] = InterviewDriver.Say(client, "没有"),
            [InterviewStep.Confirm] = InterviewDriver.Say(client, "是", "是", "是", "是"),
        };

        await new InterviewDriver(client, answers).RunToSummaryAsync("你好");

        // What a careless log statement anywhere in the host would write: it must come out redacted too.
        var logger = host.Services.GetRequiredService<ILogger<LogRedactionTests>>();
#pragma warning disable CA1848, CA2254 // Deliberately the kind of log call the redaction exists for.
        logger.LogWarning($"shopper said {Description} order {OrderId} phone {Phone} address {Address}");
        logger.LogError(new InvalidOperationException("bad order " + OrderId), "failed for {Text}", Description);
#pragma warning restore CA1848, CA2254

        var lines = logs.Entries.Select(e => e.Line).ToList();
        output.WriteLine($"{lines.Count} log lines checked");
        Assert.Contains(lines, line => line.Contains("Microsoft.Hosting.Lifetime", StringComparison.Ordinal) || line.Contains("ComplaintBot", StringComparison.Ordinal));
        string[] secrets = [OrderId, "1944 8224", Phone, Address, "建国路", Description, "壶底漏水", "暖禾家电"];
        var leaks = lines.Where(line => secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal))).ToList();
        Assert.Empty(leaks);
        Assert.Contains(lines, line => line.Contains("shopper said [text] order [number]", StringComparison.Ordinal));
    }
}
