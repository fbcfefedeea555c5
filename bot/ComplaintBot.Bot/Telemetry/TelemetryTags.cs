using System.Collections.Frozen;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Tag names and the bounded values they may take. Whatever a client sends is mapped onto a fixed list first,
/// so a caller inventing channel ids or activity types cannot blow up the number of time series.
/// </summary>
public static class TelemetryTags
{
    /// <summary>The channel the turn came from.</summary>
    public const string ChannelKey = "channel";

    /// <summary>The activity type of the turn.</summary>
    public const string ActivityTypeKey = "activity.type";

    /// <summary><c>ok</c> or <c>error</c>.</summary>
    public const string OutcomeKey = "outcome";

    /// <summary>The interview step (its step hint).</summary>
    public const string StepKey = "step";

    /// <summary>Why something was abandoned or refused.</summary>
    public const string ReasonKey = "reason";

    /// <summary>The kind of an evidence file.</summary>
    public const string KindKey = "kind";

    /// <summary>The storage provider.</summary>
    public const string ProviderKey = "provider";

    /// <summary>Span attribute: the keyed hash of the conversation (see <see cref="ConversationCorrelation"/>).</summary>
    public const string ConversationAttribute = "complaintbot.conversation.hash";

    /// <summary>The value for anything not on a list.</summary>
    public const string Other = "other";

    /// <summary>The value of <see cref="StepKey"/> when no question was pending.</summary>
    public const string NoStep = "none";

    private static readonly FrozenSet<string> Channels = FrozenSet.Create(
        StringComparer.Ordinal, "msteams", "emulator", "directline", "webchat", "test");

    private static readonly FrozenSet<string> ActivityTypeValues = FrozenSet.Create(
        StringComparer.Ordinal,
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete, ActivityTypes.EndOfConversation);

    private static readonly FrozenSet<string> Steps = InterviewStep.All.Append(InterviewStep.Confirm).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Maps a channel id onto the known channels.</summary>
    /// <param name="channelId">The activity's channel id.</param>
    /// <returns>The channel id, or <see cref="Other"/>.</returns>
    public static string Channel(string? channelId) => channelId is not null && Channels.Contains(channelId) ? channelId : Other;

    /// <summary>Maps an activity type onto the Bot Framework's types.</summary>
    /// <param name="type">The activity's type.</param>
    /// <returns>The type, or <see cref="Other"/>.</returns>
    public static string ActivityType(string? type) => type is not null && ActivityTypeValues.Contains(type) ? type : Other;

    /// <summary>Maps a step hint onto the interview's steps.</summary>
    /// <param name="step">The step hint, or null.</param>
    /// <returns>The step, <see cref="NoStep"/>, or <see cref="Other"/>.</returns>
    public static string Step(string? step) => step is null ? NoStep : Steps.Contains(step) ? step : Other;
}
