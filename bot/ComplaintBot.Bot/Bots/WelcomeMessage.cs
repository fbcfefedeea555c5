using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Attachments;
using ComplaintBot.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Bots;

/// <summary>Builds the greeting a new user sees, in their language: one line of text and the welcome card.</summary>
/// <param name="text">The bot's sentences.</param>
/// <param name="cards">The card templates.</param>
public sealed class WelcomeMessage(BotText text, ComplaintCards cards)
{
    /// <summary>Creates the welcome activity.</summary>
    /// <param name="locale">The user's locale.</param>
    /// <returns>The activity to send.</returns>
    public IMessageActivity Create(string? locale)
    {
        return MessageFactory.Attachment(CardAttachment.From(cards.WelcomeObject(locale)), text.Get(locale, "welcome.cardIntro"), inputHint: InputHints.AcceptingInput);
    }
}
