using ComplaintBot.Dialogs.Engine.Recognition;

namespace ComplaintBot.Bot.Hosting;

/// <summary>
/// Builds the text-recognizer models at startup, in the background. A cold model costs about half a second per
/// culture; building them here keeps that off the first user's reply without delaying the host's start.
/// </summary>
internal sealed partial class RecognizerWarmUp(ILogger<RecognizerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WarmUpThread.Run(
            "Recognizer warm-up",
            () =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                RecognizerModels.WarmUp();
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                LogWarmedUp(logger, elapsed.TotalMilliseconds);
            },
            stoppingToken);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Recognizer models ready in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double elapsedMilliseconds);
}
