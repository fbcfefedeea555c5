using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.History;
using ComplaintBot.Dialogs.Interview;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Tells from the interview state before and after a turn whether an interview started, was completed or was
/// abandoned, and records it. The dialogs know nothing of metrics: the state they leave behind says it all.
/// </summary>
/// <remarks>
/// The states come from the turn runner, so observing costs no storage read and never changes what the turn saved:
/// as the witness of each run (<see cref="IConversationStateWitness"/>) this class notes the few fields it needs
/// before the bot runs, and the <see cref="CommittedTurn"/> left on the turn hands them back with the state as
/// committed (typed objects, or stored JSON for a property nobody typed). An interview the user simply stops
/// answering is not counted: there is no turn to observe it in.
/// </remarks>
public sealed class InterviewLifecycle(ComplaintBotTelemetry telemetry) : IConversationStateWitness
{
    /// <summary>Abandoned because the user confirmed a cancel.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Abandoned because the user confirmed starting over.</summary>
    public const string Restarted = "restarted";

    /// <summary>Abandoned because the user confirmed deleting their data.</summary>
    public const string Deleted = "deleted";

    /// <summary>Records what the committed turn did to the interview.</summary>
    /// <param name="turn">The committed turn.</param>
    /// <param name="channel">The channel tag.</param>
    /// <returns>The interview as committed, or null when the conversation has none.</returns>
    public InterviewSnapshot? Observe(CommittedTurn turn, string channel)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var before = turn.ConversationBefore as InterviewSnapshot;
        var after = Snapshot(turn.ConversationAfter);
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
        else if (wasRunning && after is null && before!.DraftId is { } draftId && IsSaved(turn.UserAfter, draftId))
        {
            telemetry.InterviewCompleted(channel);
        }

        if (newDraft)
        {
            telemetry.InterviewStarted(channel);
        }

        return after;
    }

    /// <inheritdoc />
    public object? Witness(IReadOnlyDictionary<string, object?> conversation) => Snapshot(conversation);

    private static InterviewSnapshot? Snapshot(IReadOnlyDictionary<string, object?> conversationState) =>
        conversationState.GetValueOrDefault(InterviewServices.StateProperty) switch
        {
            InterviewState state => new InterviewSnapshot(state.Started, state.PendingStep, state.Pending, state.Draft?.Id),
            JObject json => new InterviewSnapshot(
                json.Value<bool?>(nameof(InterviewState.Started)) ?? false,
                json.Value<string?>(nameof(InterviewState.PendingStep)),
                json[nameof(InterviewState.Pending)]?.ToObject<PendingConfirmation?>(),
                json[nameof(InterviewState.Draft)]?.Type == JTokenType.Object ? json[nameof(InterviewState.Draft)]!.Value<string?>("Id") : null),
            _ => null,
        };

    /// <summary>Whether the committed user state holds the draft as a saved complaint; unloaded means untouched.</summary>
    private static bool IsSaved(IReadOnlyDictionary<string, object?>? userState, string draftId) =>
        userState?.GetValueOrDefault(ComplaintHistoryStore.Property) switch
        {
            ComplaintHistory history => history.Items.Exists(item => item.Id == draftId),
            JObject json => json[nameof(ComplaintHistory.Items)] is JArray items && items.Any(item => (string?)item[nameof(SavedComplaint.Id)] == draftId),
            _ => false,
        };
}
