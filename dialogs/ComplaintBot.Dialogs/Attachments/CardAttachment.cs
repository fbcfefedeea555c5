using System.Text.Json.Nodes;
using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Json;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Attachments;

/// <summary>Wraps an expanded Adaptive Card in the attachment a message carries.</summary>
public static class CardAttachment
{
    /// <summary>Creates the attachment; its content is the card's text, as <see cref="ComplaintCards.ToText"/> prints it (see <see cref="RawJson"/>).</summary>
    /// <param name="card">A card from one of <see cref="ComplaintCards"/>' <c>…Object</c> methods.</param>
    /// <returns>The attachment.</returns>
    public static Attachment From(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ComplaintCards.ContentType, Content = RawJson.Of(ComplaintCards.ToText(card)) };
    }
}
