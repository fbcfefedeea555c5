using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Json;

/// <summary>
/// Carries System.Text.Json output (the cards, the complaint document) in the Bot Framework's Newtonsoft-typed
/// activities as raw JSON text (<see cref="JRaw"/>), which every Newtonsoft serializer writes verbatim: the reply
/// body, the connector client, the Direct Line store, dialog state. A reader that deserializes an activity gets the
/// content back as ordinary tokens (<see cref="JObject"/>).
/// </summary>
/// <remarks>
/// Converting a card into a Newtonsoft token tree, only for Newtonsoft to walk that tree again token by token when
/// the reply was written, was most of the cost of a turn that shows a card. As text the JSON is exactly what
/// System.Text.Json wrote: strings that look like dates stay the text they are, and numbers keep their written form.
/// </remarks>
public static class RawJson
{
    // The text goes to JSON parsers only (channels, Web Chat, storage), never into HTML: nothing beyond what JSON
    // requires is escaped, as in the cards' own text.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text of a node, as a raw token.</summary>
    /// <param name="node">The node; it is read, never modified.</param>
    /// <returns>A new <see cref="JRaw"/>.</returns>
    public static JRaw Of(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new JRaw(node.ToJsonString(WriteOptions));
    }

    /// <summary>UTF-8 JSON text, as a raw token; the caller vouches that it is one complete JSON value.</summary>
    /// <param name="utf8Json">The JSON, e.g. from <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/>.</param>
    /// <returns>A new <see cref="JRaw"/>.</returns>
    public static JRaw Of(ReadOnlySpan<byte> utf8Json) => new(Encoding.UTF8.GetString(utf8Json));
}
