using System.Text.Json;
using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Attachments;
using ComplaintBot.Dialogs.Json;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain.Documents;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The summary message: the Adaptive Card for people, the complaint document in <c>value</c> for programs, and
/// the <c>review</c> step hint. The card and the document come from the same document, so they always agree.
/// </summary>
public static class SummaryMessage
{
    /// <summary>Creates the summary activity for a complaint document.</summary>
    /// <param name="document">The complaint document.</param>
    /// <param name="cards">The card templates.</param>
    /// <param name="text">The texts.</param>
    /// <returns>The activity.</returns>
    public static Activity Create(ComplaintDocument document, ComplaintCards cards, BotText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(text);
        // Serialized once: the card reads the parsed document, and the value is the text itself, dates and times
        // exactly as written.
        var documentJson = JsonSerializer.SerializeToUtf8Bytes(document, ComplaintJson.Options);
        using var parsed = JsonDocument.Parse(documentJson);
        var activity = (Activity)MessageFactory.Attachment(CardAttachment.From(cards.SummaryObject(parsed.RootElement)));
        activity.Text = text.Get(document.Locale, "review.intro");
        activity.Value = RawJson.Of(documentJson);
        activity.InputHint = InputHints.ExpectingInput;
        activity.ChannelData = StepHint.For(InterviewStep.Review);
        return activity;
    }
}
