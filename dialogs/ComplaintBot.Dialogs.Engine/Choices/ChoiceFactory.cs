using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Renders choices as text, suggested actions or a hero card.</summary>
public static class ChoiceFactory
{
    /// <summary>
    /// Picks the rendering for the channel: with titles of at most <see cref="Channel.MaxActionTitleLength"/>
    /// characters, suggested actions where supported (Emulator, Web Chat, Direct Line; Teams personal chat up to 3),
    /// else a hero card where card buttons are supported (other Teams cases); otherwise inline text for up to 3
    /// choices and a list for more.
    /// </summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The prompt text.</param>
    /// <param name="speak">Optional SSML.</param>
    /// <param name="options">Text wording.</param>
    /// <param name="conversationType">The conversation type (Teams).</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longTitles = choices.Any(c => Title(c).Length > Channel.MaxActionTitleLength);
        var suggested = Channel.SupportsSuggestedActions(channelId, choices.Count, conversationType);
        var cards = Channel.SupportsCardActions(channelId, choices.Count);
        if (!longTitles && suggested)
        {
            return SuggestedAction(choices, text, speak);
        }

        if (!longTitles && cards)
        {
            return HeroCard(choices, text, speak);
        }

        return !longTitles && choices.Count <= 3 ? Inline(choices, text, speak, options) : List(choices, text, speak, options);
    }

    /// <summary>Renders "text (1) A, (2) B, or (3) C".</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The prompt text.</param>
    /// <param name="speak">Optional SSML.</param>
    /// <param name="options">Text wording.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var separator = options?.InlineSeparator ?? ", ";
        var or = options?.InlineOr ?? " or ";
        var orMore = options?.InlineOrMore ?? ", or ";
        var numbers = options?.IncludeNumbers ?? true;
        var builder = new StringBuilder(text ?? string.Empty).Append(' ');
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i < choices.Count - 1 ? separator : choices.Count == 2 ? or : orMore);
            }

            if (numbers)
            {
                builder.Append('(').Append(i + 1).Append(") ");
            }

            builder.Append(Title(choices[i]));
        }

        return MessageFactory.Text(builder.ToString().Trim(), speak, InputHints.ExpectingInput);
    }

    /// <summary>Renders the text, a blank line, then one line per choice ("   1. A" or "   - A").</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The prompt text.</param>
    /// <param name="speak">Optional SSML.</param>
    /// <param name="options">Text wording.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity List(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var numbers = options?.IncludeNumbers ?? true;
        var builder = new StringBuilder(text ?? string.Empty).Append("\n\n");
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append("   ").Append(numbers ? $"{i + 1}. " : "- ").Append(Title(choices[i]));
            if (i < choices.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return MessageFactory.Text(builder.ToString(), speak, InputHints.ExpectingInput);
    }

    /// <summary>Renders the choices as suggested-action imBack buttons.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The prompt text.</param>
    /// <param name="speak">Optional SSML.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var message = MessageFactory.SuggestedActions(ToActions(choices), text, speak, InputHints.ExpectingInput);
        return message;
    }

    /// <summary>Renders a hero card carrying the prompt text and one imBack button per choice.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The prompt text.</param>
    /// <param name="speak">Optional SSML.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard(text: text, buttons: ToActions(choices));
        return MessageFactory.Attachment(card.ToAttachment(), null, speak, InputHints.ExpectingInput);
    }

    /// <summary>Turns choices into card actions: the choice's own action, or an imBack of its value.</summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The actions.</returns>
    public static IList<CardAction> ToActions(IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices
            .Select(c => c.Action ?? new CardAction { Type = ActionTypes.ImBack, Title = c.Value, Value = c.Value })
            .ToList();
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value ?? string.Empty;
}
