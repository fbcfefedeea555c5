using System.Diagnostics;
using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Wraps the bot for one turn: a <c>turn {type}</c> span, a logging scope carrying the conversation's
/// correlation id (never the raw id), the turn counter and latency histogram, and the interview lifecycle
/// counters. Runs inside the adapter's middleware, so the conversation's turn gate is already held.
/// </summary>
/// <param name="inner">The bot.</param>
/// <param name="telemetry">The bot's instruments.</param>
/// <param name="correlation">Computes the correlation id.</param>
/// <param name="lifecycle">Observes interviews starting and ending.</param>
/// <param name="timeProvider">The clock for the latency.</param>
/// <param name="logger">The logger whose scope every log line of the turn carries.</param>
public sealed partial class InstrumentedBot(
    IBot inner,
    ComplaintBotTelemetry telemetry,
    ConversationCorrelation correlation,
    InterviewLifecycle lifecycle,
    TimeProvider timeProvider,
    ILogger<InstrumentedBot> logger) : IBot
{
    /// <summary>The prefix of the turn span's name; the activity type follows (<c>turn message</c>).</summary>
    public const string SpanPrefix = "turn ";

    private static readonly Func<ILogger, string, string, string, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string, string, string>("Conversation {ConversationHash} on {ChannelId}, {ActivityType} turn");

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channel = TelemetryTags.Channel(activity.ChannelId);
        var type = TelemetryTags.ActivityType(activity.Type);
        var conversation = correlation.Of(activity.ChannelId, activity.Conversation?.Id);

        using var scope = TurnScope(logger, conversation, channel, type);
        using var span = ComplaintBotTelemetry.Source.StartActivity(SpanPrefix + type, ActivityKind.Internal);
        span?.SetTag(TelemetryTags.ConversationAttribute, conversation)
            .SetTag(TelemetryTags.ChannelKey, channel)
            .SetTag(TelemetryTags.ActivityTypeKey, type);

        var started = timeProvider.GetTimestamp();
        var outcome = "error";
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            outcome = "ok";
            if (activity.Type == ActivityTypes.Message && turnContext.TurnState.Get<CommittedTurn>(CommittedTurn.TurnStateKey) is { } committed)
            {
                ObserveInterview(committed, channel, span);
            }
        }
        catch (Exception exception) when (span is not null)
        {
            // Only the type: exception messages may quote what the user sent.
            span.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            telemetry.TurnFinished(channel, type, outcome, elapsed);
            LogTurnFinished(logger, outcome, elapsed.TotalMilliseconds);
        }
    }

    private void ObserveInterview(CommittedTurn committed, string channel, System.Diagnostics.Activity? span)
    {
        try
        {
            var after = lifecycle.Observe(committed, channel);
            span?.SetTag(TelemetryTags.StepKey, TelemetryTags.Step(after?.PendingStep));
        }
#pragma warning disable CA1031 // The user has been answered; a metric that cannot be read must not turn that into an error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogObserveFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Could not observe the interview state after the turn")]
    private static partial void LogObserveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Debug, Message = "Turn finished ({Outcome}) in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogTurnFinished(ILogger logger, string outcome, double elapsedMilliseconds);
}
