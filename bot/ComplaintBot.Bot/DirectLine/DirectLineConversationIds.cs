namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// The shape of a conversation id in a channel URL. The channel only ever makes 32 hexadecimal characters; an id
/// far from that (a kilobyte of text, path characters) cannot name a conversation and is answered without asking
/// storage, whose keys have their own limits.
/// </summary>
internal static class DirectLineConversationIds
{
    /// <summary>The longest id looked up.</summary>
    public const int MaxLength = 128;

    /// <summary>Gets the 404 for an id that cannot exist. It does not repeat the id.</summary>
    public static IResult Unknown { get; } =
        DirectLineErrors.Result(StatusCodes.Status404NotFound, DirectLineErrors.ConversationNotFound, "No such conversation.");

    /// <summary>Whether an id may name a conversation: 1 to 128 ASCII letters, digits, '-' or '_'.</summary>
    /// <param name="conversationId">The id from the URL.</param>
    /// <returns>True when it is worth looking up.</returns>
    public static bool IsWellFormed(string? conversationId) =>
        conversationId is { Length: > 0 and <= MaxLength } && conversationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
