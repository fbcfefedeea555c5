using System.Diagnostics.CodeAnalysis;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>One option offered to the user.</summary>
public sealed class Choice
{
    /// <summary>Initializes a new instance of the <see cref="Choice"/> class.</summary>
    /// <param name="value">The value returned when chosen.</param>
    public Choice(string? value = null)
    {
        Value = value ?? string.Empty;
    }

    /// <summary>Gets or sets the value returned when this choice is picked (also the default button title).</summary>
    /// <value>The value.</value>
    [JsonProperty("value")]
    public string Value { get; set; }

    /// <summary>Gets or sets the card action to render instead of the default imBack button.</summary>
    /// <value>Null for the default.</value>
    [JsonProperty("action")]
    public CardAction? Action { get; set; }

    /// <summary>Gets or sets other words that pick this choice.</summary>
    /// <value>The synonyms, or null.</value>
    [JsonProperty("synonyms")]
    [SuppressMessage("Design", "CA1002:Do not expose generic lists", Justification = "Mirrors the Bot Framework Choice shape.")]
    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Set by the JSON deserializer and object initializers.")]
    public List<string>? Synonyms { get; set; }
}
