using ComplaintBot.Storage;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.State;

/// <summary>
/// Reads a stored state document's top-level properties straight into the types the bot reads them as.
/// </summary>
/// <remarks>
/// The SDK's way is two conversions: the whole text into a token tree, then each property's tree into its type
/// when an accessor first asks. Reading typed properties directly from the text skips the tree; a property whose
/// type is not known (yet) is still read as a token and converted on first use, as before.
/// </remarks>
internal static class StateDocumentReader
{
    /// <summary>Reads a document.</summary>
    /// <param name="json">The stored JSON text: an object.</param>
    /// <param name="types">The type each known property is read as.</param>
    /// <param name="serializer">The serializer for typed properties (the same one accessors convert tokens with).</param>
    /// <returns>The properties in stored order; plain values unwrapped, unknown objects and arrays as tokens.</returns>
    /// <exception cref="JsonException">The text is not a JSON object, or a property does not fit its type.</exception>
    public static Dictionary<string, object?> Read(string json, IReadOnlyDictionary<string, Type> types, JsonSerializer serializer)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            // As for every stored read: strings stay strings (a typed date property still parses its own), and
            // hostile nesting stops at the storage limit.
            DateParseHandling = DateParseHandling.None,
            MaxDepth = StorageJson.Settings.MaxDepth,
        };
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException("Stored state is not a JSON object.");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            if (!reader.Read())
            {
                throw new JsonSerializationException($"Stored state ends inside property '{name}'.");
            }

            values[name] = types.TryGetValue(name, out var type) ? serializer.Deserialize(reader, type) : Untyped(reader);
        }

        if (reader.TokenType != JsonToken.EndObject)
        {
            throw new JsonSerializationException("Stored state is not a complete JSON object.");
        }

        return values;
    }

    private static object? Untyped(JsonReader reader)
    {
        var token = JToken.ReadFrom(reader);
        return token is JValue plain ? plain.Value : token;
    }
}
