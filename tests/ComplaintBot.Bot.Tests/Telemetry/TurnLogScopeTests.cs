using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Tests.Telemetry;

public sealed class TurnLogScopeTests
{
    [Fact]
    public async Task Turn_LogsWithinIt_CarryTheConversationHashAndNoIdsOrAnswers()
    {
        var logs = new CapturedLogs();
        using var factory = new BotHostFactory();
        using var host = factory.WithWebHostBuilder(web => web.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        }));
        using var client = new BotClient(host.CreateClient());
        client.ConversationId = "conv-zhang.san@example.com";
        client.UserId = "user-13800138000";

        await client.SayAsync("你好");
        await client.SayAsync("1944 8224 6341 2702 309");
        await client.SayAsync("我买的是电热水壶");

        var expected = new ConversationCorrelation(host.Services.GetRequiredService<IOptions<TelemetryOptions>>()).Of("emulator", client.ConversationId);
        var finished = logs.Entries.Where(e => e.Category == typeof(InstrumentedBot).FullName && e.EventId == 1200).ToList();
        Assert.Equal(3, finished.Count);
        Assert.All(finished, entry => Assert.Contains(entry.ScopeValues, v => v.Key == "ConversationHash" && (string?)v.Value == expected));
        Assert.All(logs.Entries, entry =>
        {
            var everything = entry.Message + string.Join("|", entry.Values.Concat(entry.ScopeValues).Select(v => v.Value)) + entry.Exception;
            Assert.DoesNotContain("zhang.san", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("13800138000", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("1944", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("电热水壶", everything, StringComparison.Ordinal);
        });
    }
}
