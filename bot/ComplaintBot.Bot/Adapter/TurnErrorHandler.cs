using ComplaintBot.Dialogs.Engine.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// What happens when a turn throws: log it, apologise in the user's language, drop the dialog stack so a
/// poisoned conversation cannot fail the same way on every message, and tell the Emulator what went wrong.
/// </summary>
/// <remarks>
/// Only the dialog stack is dropped. The complaint draft lives beside it in conversation state and survives, so
/// the interview resumes at the first question still unanswered and nothing the user said is lost.
/// <para>A turn that could not reach its state (<see cref="StorageUnavailableException"/>: the store is down after
/// its own retries) or kept losing the race for it (<see cref="TurnNotCommittedException"/>) wrote nothing, so the
/// conversation is fine as it is: state is left alone and the user is asked to send the message again.</para>
/// <para>A turn whose replies could not be delivered (<see cref="ReplyNotDeliveredException"/>) had committed its
/// state: it is left as committed, and no apology is sent, as it would take the same failing way to the channel.</para>
/// </remarks>
public sealed partial class TurnErrorHandler(ConversationState conversationState, BotText text, ILogger<TurnErrorHandler> logger)
{
    /// <summary>The conversation-state property that holds the dialog stack.</summary>
    public const string DialogStateProperty = "DialogState";

    /// <summary>Handles a failed turn. Never throws: a failure here must not hide the original error.</summary>
    /// <param name="turnContext">The failed turn.</param>
    /// <param name="exception">What it threw.</param>
    /// <returns>A task that completes when the user has been answered.</returns>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (exception is ReplyNotDeliveredException)
        {
            LogRepliesNotDelivered(logger, activity.Type, activity.ChannelId);
            return;
        }

        if (exception is StorageUnavailableException or TurnNotCommittedException)
        {
            LogTurnNotSaved(logger, exception.GetType().Name, activity.Type, activity.ChannelId);
            await ApologizeAsync(turnContext, "error.tryAgain", exception).ConfigureAwait(false);
            return;
        }

        LogTurnFailed(logger, exception, activity.Type, activity.ChannelId);

        try
        {
            // Reload from storage: the cached state of the failed turn may be what broke it.
            await conversationState.LoadAsync(turnContext, force: true).ConfigureAwait(false);
            await conversationState.CreateAccessor<object>(DialogStateProperty).DeleteAsync(turnContext).ConfigureAwait(false);
            await conversationState.SaveChangesAsync(turnContext, force: true).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the storage throws, the user still gets an answer.
        catch (Exception stateException)
#pragma warning restore CA1031
        {
            LogStateResetFailed(logger, stateException);
        }

        await ApologizeAsync(turnContext, "error.turnFailed", exception).ConfigureAwait(false);
    }

    private async Task ApologizeAsync(ITurnContext turnContext, string textKey, Exception exception)
    {
        try
        {
            var reply = MessageFactory.Text(text.Get(turnContext.Activity.Locale, textKey), inputHint: InputHints.ExpectingInput);
            await turnContext.SendActivityAsync(reply).ConfigureAwait(false);
            await turnContext.TraceActivityAsync("OnTurnError Trace", exception.GetType().Name, "https://www.botframework.com/schemas/error", "TurnError").ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The channel may be what failed; there is nobody left to tell.
        catch (Exception sendException)
#pragma warning restore CA1031
        {
            LogApologyFailed(logger, sendException);
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string channelId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Turn not saved ({Reason}) for a {ActivityType} activity on channel {ChannelId}; the user was asked to try again")]
    private static partial void LogTurnNotSaved(ILogger logger, string reason, string activityType, string channelId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Replies of a committed {ActivityType} turn on channel {ChannelId} were not delivered; its state stays as committed")]
    private static partial void LogRepliesNotDelivered(ILogger logger, string activityType, string channelId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Could not reset the dialog stack after a failed turn")]
    private static partial void LogStateResetFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Could not send the apology for a failed turn")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
