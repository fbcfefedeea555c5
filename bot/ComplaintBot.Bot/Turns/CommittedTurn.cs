namespace ComplaintBot.Bot.Turns;

/// <summary>
/// What the committed run of a turn read and wrote, left on the real turn context by
/// <see cref="ExactlyOnceTurnRunner"/> for code outside the run (telemetry) that must not read storage again.
/// </summary>
/// <remarks>
/// The state before the run is the text that was stored: the run's own objects are live and were changed by the
/// bot, and copying them up front would cost every turn what only a reader of this record needs. The dictionaries
/// are the run's state as committed: typed objects where the property's type was known, stored JSON
/// (<c>JToken</c>) where not. They are read-only by contract; the turn is over when they are seen.
/// </remarks>
/// <param name="ConversationBeforeJson">Conversation state as stored when the committed run read it; null when there was none.</param>
/// <param name="ConversationAfter">Conversation state as it was committed.</param>
/// <param name="UserAfter">User state as it was committed, or null when the run never loaded it (and so did not change it).</param>
public sealed record CommittedTurn(
    string? ConversationBeforeJson,
    IReadOnlyDictionary<string, object?> ConversationAfter,
    IReadOnlyDictionary<string, object?>? UserAfter);
