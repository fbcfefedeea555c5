using System.Diagnostics;
using System.Text;
using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.Telemetry;

[CollectionDefinition(nameof(TelemetryExportCollection), DisableParallelization = true)]
public sealed class TelemetryExportCollection;

/// <summary>
/// The OpenTelemetry SDK subscribes by source and meter name across the process, so these tests run alone
/// (a non-parallel collection): no other host produces spans or measurements meanwhile.
/// </summary>
[Collection(nameof(TelemetryExportCollection))]
public sealed class TelemetryExportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FullInterview_InMemoryExporter_OneTurnSpanPerRequestEvidenceSpansAndCounters()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var factory = new BotHostFactory();
        using var host = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddComplaintBotInstrumentation().AddInMemoryExporter(spans))
            .WithMetrics(meters => meters.AddComplaintBotInstrumentation().AddInMemoryExporter(metrics))));
        using var client = new BotClient(host.CreateClient());
        var driver = new InterviewDriver(client, InterviewScript.Answers(client));

        var document = await driver.RunToSummaryAsync("你好");
        await client.SubmitAsync(new { action = "confirm", complaintId = (string?)document["id"] });
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        List<Activity> finished;
        lock (spans)
        {
            finished = [.. spans];
        }

        output.WriteLine(Tree(finished));
        var turns = finished.Where(s => s.DisplayName == InstrumentedBot.SpanPrefix + "message").ToList();
        Assert.Equal(driver.Transcript.Count + 1, turns.Count);
        Assert.All(turns, turn => Assert.StartsWith("POST", finished.Single(s => s.SpanId == turn.ParentSpanId).DisplayName, StringComparison.Ordinal));
        var intakes = finished.Where(s => s.DisplayName == InstrumentedEvidenceIntake.SpanName).ToList();
        Assert.Equal(3, intakes.Count);
        Assert.All(intakes, intake => Assert.Contains(turns, turn => turn.SpanId == intake.ParentSpanId));
        Assert.Single(intakes, intake => (string?)intake.GetTagItem(TelemetryTags.ReasonKey) == "bad_data_uri");

        var tagText = string.Join("|", finished.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString()));
        Assert.DoesNotContain(client.ConversationId, tagText, StringComparison.Ordinal);
        Assert.DoesNotContain("1944822463412702309", tagText, StringComparison.Ordinal);
        Assert.DoesNotContain("电热水壶", tagText, StringComparison.Ordinal);

        Assert.Equal(turns.Count, Sum(metrics, ComplaintBotTelemetry.TurnsMetric));
        Assert.Equal(1, Sum(metrics, ComplaintBotTelemetry.InterviewsCompletedMetric));
        Assert.Equal(1, Sum(metrics, ComplaintBotTelemetry.EvidenceRefusedMetric));
        Assert.Contains(metrics, metric => metric.Name == ComplaintBotTelemetry.TurnDurationMetric && metric.MetricType == MetricType.Histogram);
    }

    [Fact]
    public void RedactUrl_TeamsDownloadLink_KeepsOnlySchemeAndHost()
    {
        using var activity = new Activity("GET").Start();

        TelemetryInstrumentation.RedactUrl(activity, new Uri("https://contoso-my.sharepoint.com/personal/wang_contoso_com/_layouts/15/download.aspx?UniqueId=1&tempauth=eyJ0eXAi"));

        Assert.Equal("https://contoso-my.sharepoint.com/REDACTED", activity.GetTagItem("url.full"));
    }

    private static long Sum(List<Metric> metrics, string name)
    {
        long sum = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                sum += point.GetSumLong();
            }
        }

        return sum;
    }

    /// <summary>Span names as an indented tree, one line per span, roots in start order.</summary>
    private static string Tree(List<Activity> spans)
    {
        var text = new StringBuilder();
        void Write(Activity span, int depth)
        {
            text.Append(' ', depth * 2).AppendLine(span.DisplayName);
            foreach (var child in spans.Where(s => s.ParentSpanId == span.SpanId && s.TraceId == span.TraceId).OrderBy(s => s.StartTimeUtc))
            {
                Write(child, depth + 1);
            }
        }

        foreach (var root in spans.Where(s => !spans.Any(p => p.SpanId == s.ParentSpanId)).OrderBy(s => s.StartTimeUtc))
        {
            Write(root, 0);
        }

        return text.ToString();
    }
}
