using ComplaintBot.Dialogs.History;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Tells from the interview state before and after a turn whether an interview started, was completed or was
/// abandoned, and records it. The dialogs know nothing of metrics: the state they leave behind says it all.
/// </summary>
/// <remarks>
/// Reads go through <see cref="BotState.Get"/>, a detached JSON copy of the turn's cached state, so observing
/// never changes what the turn saves. An interview the user simply stops answering is not counted: there is no
/// turn to observe it in.
/// </remarks>
public sealed class InterviewLifecycle(ConversationState conversationState, UserState userState, ComplaintBotTelemetry telemetry)
{
    /// <summary>Abandoned because the user confirmed a cancel.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Abandoned because the user confirmed starting over.</summary>
    public const string Restarted = "restarted";

    /// <summary>Abandoned because the user confirmed deleting their data.</summary>
    public const string Deleted = "deleted";

    /// <summary>Reads the interview state as it is now, loading the conversation state if the turn has not yet.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot, or null when the conversation has no interview.</returns>
    public Task<InterviewSnapshot?> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        ReadAsync(turnContext, reload: false, cancellationToken);

    private async Task<InterviewSnapshot?> ReadAsync(ITurnContext turnContext, bool reload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await conversationState.LoadAsync(turnContext, force: reload, cancellationToken).ConfigureAwait(false);
        if (conversationState.Get(turnContext)?[InterviewServices.StateProperty] is not JObject json)
        {
            return null;
        }

        var state = json.ToObject<InterviewState>();
        return state is null ? null : new InterviewSnapshot(state.Started, state.PendingStep, state.Pending, state.Draft?.Id);
    }

    /// <summary>Compares the state after the turn with <paramref name="before"/> and records what changed.</summary>
    /// <param name="turnContext">The finished turn.</param>
    /// <param name="before">The snapshot taken before the turn.</param>
    /// <param name="channel">The bounded channel tag.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The snapshot after the turn, or null when the conversation has no interview any more.</returns>
    public async Task<InterviewSnapshot?> ObserveAsync(ITurnContext turnContext, InterviewSnapshot? before, string channel, CancellationToken cancellationToken)
    {
        // The turn ran and committed on contexts of its own (exactly-once runs): read what storage holds now.
        var after = await ReadAsync(turnContext, reload: true, cancellationToken).ConfigureAwait(false);
        var wasRunning = before is { Started: true };
        var newDraft = after is { Started: true } && (!wasRunning || after.DraftId != before!.DraftId);

        if (wasRunning && before!.Pending is { } pending && (after is null || newDraft))
        {
            // A yes to one of these questions is the only way a running draft disappears without being saved.
            var reason = pending switch
            {
                PendingConfirmation.Cancel => Cancelled,
                PendingConfirmation.Restart => Restarted,
                PendingConfirmation.DeleteData => Deleted,
                _ => null,
            };
            if (reason is not null)
            {
                telemetry.InterviewAbandoned(channel, TelemetryTags.Step(before.PendingStep), reason);
            }
        }
        else if (wasRunning && after is null && before!.DraftId is { } draftId && await IsSavedAsync(turnContext, draftId, cancellationToken).ConfigureAwait(false))
        {
            telemetry.InterviewCompleted(channel);
        }

        if (newDraft)
        {
            telemetry.InterviewStarted(channel);
        }

        return after;
    }

    private async Task<bool> IsSavedAsync(ITurnContext turnContext, string draftId, CancellationToken cancellationToken)
    {
        await userState.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
        return userState.Get(turnContext)?[ComplaintHistoryStore.Property]?[nameof(ComplaintHistory.Items)] is JArray items
            && items.Any(item => (string?)item[nameof(SavedComplaint.Id)] == draftId);
    }
}
