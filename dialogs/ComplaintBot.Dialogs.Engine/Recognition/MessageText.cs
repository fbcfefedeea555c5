using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Recognition;

/// <summary>
/// Safe access to a message's text. <c>Activity.Text</c> is null for card submits, attachment-only messages and
/// Teams file uploads; these helpers never throw and bound what recognizers see.
/// </summary>
public static class MessageText
{
    /// <summary>The longest text handed to a recognizer; longer input is cut (recognizer cost grows with length).</summary>
    public const int MaxRecognizedLength = 500;

    /// <summary>Gets the trimmed text of a message activity, or an empty string.</summary>
    /// <param name="activity">The activity, or null.</param>
    /// <returns>The text; empty for non-messages and messages without text.</returns>
    public static string Of(IActivity? activity) =>
        activity is IMessageActivity message && activity.Type == ActivityTypes.Message ? message.Text?.Trim() ?? string.Empty : string.Empty;

    /// <summary>Gets the text to recognize: trimmed and cut to <see cref="MaxRecognizedLength"/>.</summary>
    /// <param name="activity">The activity, or null.</param>
    /// <returns>The text, possibly empty.</returns>
    public static string ForRecognition(IActivity? activity) => Bound(Of(activity));

    /// <summary>Tells whether an activity is a message (the only type that advances prompts and waterfalls).</summary>
    /// <param name="activity">The activity, or null.</param>
    /// <returns>True for message activities.</returns>
    public static bool IsMessage(IActivity? activity) => activity?.Type == ActivityTypes.Message;

    internal static string Bound(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        return value.Length <= MaxRecognizedLength ? value : value[..MaxRecognizedLength];
    }
}
