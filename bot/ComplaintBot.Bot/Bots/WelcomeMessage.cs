using ComplaintBot.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Bots;

/// <summary>Builds the greeting a new user sees, in their language.</summary>
public sealed class WelcomeMessage(BotText text)
{
    /// <summary>Creates the welcome activity.</summary>
    /// <param name="locale">The user's locale.</param>
    /// <returns>The activity to send.</returns>
    public IMessageActivity Create(string? locale) =>
        MessageFactory.Text(text.Get(locale, "welcome.text"), inputHint: InputHints.AcceptingInput);
}
