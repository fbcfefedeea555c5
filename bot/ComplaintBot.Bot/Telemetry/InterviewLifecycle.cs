using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.History;
using ComplaintBot.Dialogs.Interview;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Tells from the interview state before and after a turn whether an interview started, was completed or was
/// abandoned, and records it. The dialogs know nothing of metrics: the state they leave behind says it all.
/// </summary>
/// <remarks>
/// The states come from the <see cref="CommittedTurn"/> the turn runner leaves on the turn, so observing costs no
/// storage read and never changes what the turn saved. The state before is the stored text, of which only the few
/// fields needed are read; the state after holds typed objects (or stored JSON for a property nobody typed). An
/// interview the user simply stops answering is not counted: there is no turn to observe it in.
/// </remarks>
public sealed class InterviewLifecycle(ComplaintBotTelemetry telemetry)
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
        var before = turn.ConversationBeforeJson is { } stored ? StoredSnapshot(stored) : null;
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

    /// <summary>Reads the four fields from stored conversation state without building its object tree.</summary>
    private static InterviewSnapshot? StoredSnapshot(string conversationJson)
    {
        using var document = JsonDocument.Parse(conversationJson);
        if (!document.RootElement.TryGetProperty(InterviewServices.StateProperty, out var interview) || interview.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new InterviewSnapshot(
            interview.TryGetProperty(nameof(InterviewState.Started), out var started) && started.ValueKind == JsonValueKind.True,
            interview.TryGetProperty(nameof(InterviewState.PendingStep), out var step) && step.ValueKind == JsonValueKind.String ? step.GetString() : null,
            interview.TryGetProperty(nameof(InterviewState.Pending), out var pending) ? PendingOf(pending) : null,
            interview.TryGetProperty(nameof(InterviewState.Draft), out var draft) && draft.ValueKind == JsonValueKind.Object
                && draft.TryGetProperty("Id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null);
    }

    // Stored by name (the storage writes enums as names); a number is accepted as well, as the token path does.
    private static PendingConfirmation? PendingOf(JsonElement pending) => pending.ValueKind switch
    {
        JsonValueKind.String when Enum.TryParse<PendingConfirmation>(pending.GetString(), ignoreCase: true, out var named) => named,
        JsonValueKind.Number when pending.TryGetInt32(out var number) && Enum.IsDefined((PendingConfirmation)number) => (PendingConfirmation)number,
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
