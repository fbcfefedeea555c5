using ComplaintBot.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Bots;

/// <summary>
/// The welcome card's help button, clicked before any question was asked. The interview reads card buttons only
/// once it runs; before that it reads commands from text, so such a click would silently start the interview.
/// </summary>
public static class WelcomeCardClick
{
    /// <summary>The text the help button stands for; the interruption recognizer knows it in either language.</summary>
    public const string HelpCommand = "help";

    /// <summary>Gives a help click without text the text of the help command. Once the interview runs, both mean the same.</summary>
    /// <param name="activity">The incoming message.</param>
    public static void PassHelpAsCommand(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Text)
            && activity.Value is JObject value
            && value[CardActions.ActionProperty] is { Type: JTokenType.String } action
            && (string?)action == CardActions.Help)
        {
            activity.Text = HelpCommand;
        }
    }
}
