namespace ComplaintBot.Bot.Turns;

/// <summary>
/// What the committed run of a turn read and wrote, left on the real turn context by
/// <see cref="ExactlyOnceTurnRunner"/> for code outside the run (telemetry) that must not read storage again.
/// </summary>
/// <remarks>
/// The state before the run is what the <see cref="IConversationStateWitness"/> noted when the run read it: the
/// run's own objects are live and were changed by the bot, and copying them up front, or reading the stored text
/// again, would cost every turn far more than the few fields a reader of this record needs. The dictionaries are the
/// run's state as committed: typed objects where the property's type was known, stored JSON (<c>JToken</c>) where
/// not. They are read-only by contract; the turn is over when they are seen.
/// </remarks>
/// <param name="ConversationBefore">What the witness noted of conversation state as the committed run read it; null without a witness.</param>
/// <param name="ConversationAfter">Conversation state as it was committed.</param>
/// <param name="UserAfter">User state as it was committed, or null when the run never loaded it (and so did not change it).</param>
public sealed record CommittedTurn(
    object? ConversationBefore,
    IReadOnlyDictionary<string, object?> ConversationAfter,
    IReadOnlyDictionary<string, object?>? UserAfter)
{
    /// <summary>Where a committed turn is kept in the turn state. Short: the SDK's turn-state collection hashes its
    /// keys with culture-aware collation, which costs by the character (a type's full name was three times as long).</summary>
    public const string TurnStateKey = "cb.committed";
}
