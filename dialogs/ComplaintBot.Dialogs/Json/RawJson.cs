using System.Text;
using System.Text.Json;
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
    /// <summary>JSON text, as a raw token; the caller vouches that it is one complete JSON value.</summary>
    /// <param name="json">The JSON, e.g. a card printed by <c>ComplaintCards.ToText</c>.</param>
    /// <returns>A new <see cref="JRaw"/>.</returns>
    public static JRaw Of(string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        return new JRaw(json);
    }

    /// <summary>UTF-8 JSON text, as a raw token; the caller vouches that it is one complete JSON value.</summary>
    /// <param name="utf8Json">The JSON, e.g. from <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/>.</param>
    /// <returns>A new <see cref="JRaw"/>.</returns>
    public static JRaw Of(ReadOnlySpan<byte> utf8Json) => new(Encoding.UTF8.GetString(utf8Json));
}
