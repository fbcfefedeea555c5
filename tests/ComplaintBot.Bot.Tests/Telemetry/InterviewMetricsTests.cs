using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;

namespace ComplaintBot.Bot.Tests.Telemetry;

/// <summary>Each test starts its own host: the counters are per host and a shared one would mix the tests' turns.</summary>
public sealed class InterviewMetricsTests
{
    [Fact]
    public async Task FullInterview_Confirmed_CountsTurnsStartCompletionAndEvidence()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateBotClient();
        using var metrics = new RecordedMeasurements(factory.Services);
        var driver = new InterviewDriver(client, InterviewScript.Answers(client));

        var document = await driver.RunToSummaryAsync("你好");
        await client.SubmitAsync(new { action = "confirm", complaintId = (string?)document["id"] });

        var turns = driver.Transcript.Count + 1;
        var message = new[] { (TelemetryTags.ChannelKey, "emulator"), (TelemetryTags.ActivityTypeKey, "message"), (TelemetryTags.OutcomeKey, "ok") };
        Assert.Equal(turns, metrics.Sum(ComplaintBotTelemetry.TurnsMetric, message));
        Assert.Equal(turns, metrics.Count(ComplaintBotTelemetry.TurnDurationMetric, message));
        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.InterviewsStartedMetric, (TelemetryTags.ChannelKey, "emulator")));
        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.InterviewsCompletedMetric, (TelemetryTags.ChannelKey, "emulator")));
        Assert.Equal(0, metrics.Sum(ComplaintBotTelemetry.InterviewsAbandonedMetric));
        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.EvidenceAcceptedMetric, (TelemetryTags.KindKey, "photo")));
        Assert.Equal(2, metrics.Sum(ComplaintBotTelemetry.EvidenceAcceptedMetric));
        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.EvidenceRefusedMetric, (TelemetryTags.ReasonKey, "bad_data_uri")));
    }

    [Fact]
    public async Task Cancel_ConfirmedAtTheSecondQuestion_CountsAbandonedAtThatStep()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateBotClient();
        using var metrics = new RecordedMeasurements(factory.Services);
        await client.SayAsync("你好");
        var asked = await client.SayAsync("1944 8224 6341 2702 309");

        await client.SayAsync("取消");
        await client.SayAsync("是");

        Assert.Equal(InterviewStep.Item, asked.LastStep());
        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.InterviewsAbandonedMetric, (TelemetryTags.StepKey, InterviewStep.Item), (TelemetryTags.ReasonKey, InterviewLifecycle.Cancelled)));
        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.InterviewsStartedMetric));
        Assert.Equal(0, metrics.Sum(ComplaintBotTelemetry.InterviewsCompletedMetric));
    }

    [Fact]
    public async Task Cancel_AnsweredNo_CountsNothingAbandoned()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateBotClient();
        using var metrics = new RecordedMeasurements(factory.Services);
        await client.SayAsync("你好");

        await client.SayAsync("取消");
        await client.SayAsync("否");

        Assert.Equal(0, metrics.Sum(ComplaintBotTelemetry.InterviewsAbandonedMetric));
    }

    [Fact]
    public async Task Restart_Confirmed_CountsAbandonedAndANewStart()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateBotClient();
        using var metrics = new RecordedMeasurements(factory.Services);
        await client.SayAsync("你好");

        await client.SayAsync("重新开始");
        await client.SayAsync("是");

        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.InterviewsAbandonedMetric, (TelemetryTags.StepKey, InterviewStep.OrderId), (TelemetryTags.ReasonKey, InterviewLifecycle.Restarted)));
        Assert.Equal(2, metrics.Sum(ComplaintBotTelemetry.InterviewsStartedMetric));
    }

    [Fact]
    public async Task ConversationUpdate_Welcome_CountsATurnButNoInterview()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateBotClient();
        using var metrics = new RecordedMeasurements(factory.Services);

        await client.StartConversationAsync();

        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.TurnsMetric, (TelemetryTags.ActivityTypeKey, "conversationUpdate")));
        Assert.Equal(0, metrics.Sum(ComplaintBotTelemetry.InterviewsStartedMetric));
    }

    [Fact]
    public async Task Message_UnknownChannelId_IsTaggedOther()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateBotClient();
        client.ChannelId = "made-up-" + Guid.NewGuid().ToString("N");
        using var metrics = new RecordedMeasurements(factory.Services);

        await client.SayAsync("你好");

        Assert.Equal(1, metrics.Sum(ComplaintBotTelemetry.TurnsMetric, (TelemetryTags.ChannelKey, TelemetryTags.Other)));
    }
}
