namespace ComplaintBot.Bot.Turns;

/// <summary>
/// What the committed run of a turn read and wrote, left on the real turn context by
/// <see cref="ExactlyOnceTurnRunner"/> for code outside the run (telemetry) that must not read storage again.
/// </summary>
/// <remarks>
/// The dictionaries are the run's own state: values are stored JSON (<c>JObject</c>) where the run did not touch
/// them and typed objects where it did. They are read-only by contract; the turn is over when they are seen.
/// </remarks>
/// <param name="ConversationBefore">Conversation state as the committed run loaded it, before the bot ran.</param>
/// <param name="ConversationAfter">Conversation state as it was committed.</param>
/// <param name="UserAfter">User state as it was committed, or null when the run never loaded it (and so did not change it).</param>
public sealed record CommittedTurn(
    IReadOnlyDictionary<string, object> ConversationBefore,
    IReadOnlyDictionary<string, object> ConversationAfter,
    IReadOnlyDictionary<string, object>? UserAfter);
