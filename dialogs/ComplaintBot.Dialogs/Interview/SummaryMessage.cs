using System.Text.Json.Nodes;
using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Attachments;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain.Documents;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

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
        var json = ComplaintJson.Serialize(document);
        var card = cards.SummaryObject((JsonObject)JsonNode.Parse(json)!);
        var activity = (Activity)MessageFactory.Attachment(CardAttachment.From(card));
        activity.Text = text.Get(document.Locale, "review.intro");
        activity.Value = JObject.Parse(json);
        activity.InputHint = InputHints.ExpectingInput;
        activity.ChannelData = StepHint.For(InterviewStep.Review);
        return activity;
    }
}
