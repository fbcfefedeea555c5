using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Bots;

/// <summary>
/// The answer to anything said in a group chat or channel: complaints are private, and in Teams a button
/// (<c>Action.OpenUrl</c>, Adaptive Cards 1.5) that opens a one-to-one chat with the bot.
/// </summary>
/// <param name="text">The bot's sentences.</param>
/// <param name="link">Builds the personal-chat deep link.</param>
public sealed class PrivateChatNote(BotText text, PersonalChatLink link)
{
    /// <summary>Creates the note for the conversation <paramref name="activity"/> came from.</summary>
    /// <param name="activity">The incoming activity.</param>
    /// <returns>A card with the button in Teams; plain text elsewhere or when the bot's id is unknown.</returns>
    public IMessageActivity Create(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var locale = (activity as Activity)?.Locale;
        var note = text.Get(locale, "teams.private.note");
        var url = ConversationScope.IsTeams(activity) ? link.For(activity) : null;
        if (url is null)
        {
            return MessageFactory.Text(note + "\n\n" + text.Get(locale, "teams.private.noLink"));
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = note,
            ["body"] = new JArray
            {
                new JObject { ["type"] = "TextBlock", ["text"] = note, ["wrap"] = true },
                new JObject { ["type"] = "TextBlock", ["text"] = text.Get(locale, "teams.private.open"), ["wrap"] = true, ["isSubtle"] = true },
            },
            ["actions"] = new JArray
            {
                new JObject { ["type"] = "Action.OpenUrl", ["title"] = text.Get(locale, "teams.private.button"), ["url"] = url.AbsoluteUri },
            },
        };
        return MessageFactory.Attachment(new Attachment { ContentType = ComplaintCards.ContentType, Content = card });
    }
}
