namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>A conversation the suite talks to: its id, its token and its user, and the language it speaks.</summary>
/// <param name="Locale">The locale it was started with.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Token">Its token.</param>
/// <param name="UserId">The user the token speaks for.</param>
public sealed record Witness(string Locale, string ConversationId, string Token, string UserId);

/// <summary>What a case is built against: the conversation it is sent to and the credentials around it.</summary>
/// <param name="Conversation">The conversation the case is sent to.</param>
/// <param name="OtherToken">A valid token of another conversation.</param>
/// <param name="ExpiredToken">A correctly signed token of <paramref name="Conversation"/> that has expired.</param>
/// <param name="ForgedToken">A token of <paramref name="Conversation"/> signed with another key.</param>
/// <param name="Secret">The Direct Line secret.</param>
/// <param name="BaseUrl">The server, without a trailing slash.</param>
public sealed record BadInputTarget(Witness Conversation, string OtherToken, string ExpiredToken, string ForgedToken, string Secret, string BaseUrl)
{
    /// <summary>Gets a target with made-up values, for looking at the catalogue without a server.</summary>
    public static BadInputTarget Placeholder { get; } = new(
        new Witness("zh-CN", new string('c', 32), "dl1.placeholder.token", "dl_placeholder"),
        "dl1.other.token",
        "dl1.expired.token",
        "dl1.forged.token",
        "secret",
        "http://127.0.0.1:9");

    /// <summary>Gets the token of the conversation.</summary>
    public string Token => Conversation.Token;

    /// <summary>Gets the conversation's path under the channel: <c>v3/directline/conversations/{id}</c>.</summary>
    public string ConversationPath => "v3/directline/conversations/" + Conversation.ConversationId;

    /// <summary>Gets the host and port, for raw requests.</summary>
    public string Authority => new Uri(BaseUrl).Authority;
}
