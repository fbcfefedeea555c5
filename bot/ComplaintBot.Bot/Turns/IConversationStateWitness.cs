namespace ComplaintBot.Bot.Turns;

/// <summary>
/// Takes note, for code outside a turn's run (telemetry), of what it needs from conversation state as the run read
/// it. It is asked before the bot runs, because the objects it sees are live and the bot changes them in place.
/// </summary>
public interface IConversationStateWitness
{
    /// <summary>Notes what is needed from the conversation state as read.</summary>
    /// <param name="conversation">The state as read: typed objects, or stored JSON (<c>JToken</c>) for a property nobody typed yet.</param>
    /// <returns>What was noted; handed back as <see cref="CommittedTurn.ConversationBefore"/> when the run commits.</returns>
    object? Witness(IReadOnlyDictionary<string, object?> conversation);
}
