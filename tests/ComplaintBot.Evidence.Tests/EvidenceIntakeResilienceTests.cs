using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Evidence.Tests;

public sealed class EvidenceIntakeResilienceTests : IAsyncLifetime
{
    private const int RetryEvent = 3005;

    private LocalFileServer server = null!;

    public async Task InitializeAsync() => server = await LocalFileServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AcceptAsync_ServerFailingTwiceWith503_RetriedToSuccess()
    {
        var jpeg = TestFiles.Jpeg();
        var calls = 0;
        server.Map("/flaky.jpg", async context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            context.Response.ContentType = "image/jpeg";
            await context.Response.Body.WriteAsync(jpeg);
        });
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/flaky.jpg"))));

        Assert.Equal(TestFiles.Sha256(jpeg), result.Item?.Sha256);
        Assert.Equal(3, server.CountRequests("/flaky.jpg"));
        Assert.Equal(2, harness.Logs.Entries.Count(e => e.EventId == RetryEvent));
        Assert.DoesNotContain(harness.Logs.Entries, e => (e.Message + string.Join(",", e.Values.Values)).Contains("flaky", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcceptAsync_DownloadSucceedsAtOnce_PollyWritesNothingAboveDebug()
    {
        var jpeg = TestFiles.Jpeg();
        server.Map("/fine.jpg", async context =>
        {
            context.Response.ContentType = "image/jpeg";
            await context.Response.Body.WriteAsync(jpeg);
        });
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/fine.jpg"))));

        // Every upload is downloaded: a line per download at Information would be a line per file in production.
        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Contains(harness.Logs.Entries, e => e.Category == "Polly" && e.Level == LogLevel.Debug);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Category == "Polly" && e.Level >= LogLevel.Information);
    }

    [Fact]
    public async Task AcceptAsync_SourceFailingEveryAttempt_IsRefusedWithoutAnyErrorInTheLog()
    {
        server.Map("/down.jpg", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/down.jpg"))));

        // Handled and answered: anyone can post a link that fails, so it must not fill the error log.
        Assert.Equal(EvidenceRefusalCodes.Unreachable, result.RefusalCode);
        Assert.True(server.CountRequests("/down.jpg") > 1);
        Assert.Contains(harness.Logs.Entries, e => e.Category == "Polly");
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task AcceptAsync_429WithRetryAfter_WaitsWhatTheServerAsked()
    {
        var png = TestFiles.Png();
        var calls = 0;
        server.Map("/busy.png", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await context.Response.Body.WriteAsync(png);
        });

        // A long base delay: only the header can make the retry come after one second.
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback(("Evidence:RetryBaseDelayMilliseconds", "60000")));

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/busy.png"), "busy.png", "image/png")));

        Assert.True(result.IsAccepted, result.RefusalCode);
        var retry = Assert.Single(harness.Logs.Entries, e => e.EventId == RetryEvent);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Values["Delay"]);
    }

    [Fact]
    public async Task AcceptAsync_NotFound_RefusedAsUnreachableWithoutRetry()
    {
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/expired.jpg")), locale: "en-US"));

        Assert.Equal(EvidenceRefusalCodes.Unreachable, result.RefusalCode);
        Assert.Equal("The file could not be downloaded; the link may have expired. Please send it again.", result.RefusalMessage);
        Assert.Equal(1, server.CountRequests("/expired.jpg"));
    }

    [Fact]
    public async Task AcceptAsync_BodyStallsPastTheDownloadTime_RefusedAsTimeout()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Map("/stall.jpg", async context =>
        {
            context.Response.ContentType = "image/jpeg";
            await context.Response.Body.WriteAsync(TestFiles.Jpeg(1000));
            await context.Response.Body.FlushAsync();
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as it should.
            }
        });
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback(), time: time);

        var pending = harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/stall.jpg"))));
        await started.Task;
        time.Advance(TimeSpan.FromSeconds(31));
        var result = await pending;

        Assert.Equal(EvidenceRefusalCodes.Timeout, result.RefusalCode);
        Assert.Equal("下载这个文件用了超过 30 秒，已停止。请稍后重新发送，或发送较小的文件。", result.RefusalMessage);
    }
}
