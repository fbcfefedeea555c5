using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Input;

/// <summary>
/// Copies data given to a card into a fresh tree the expander can rely on: every string cleaned by
/// <see cref="TextSanitizer"/>, every number a <see cref="long"/> or <see cref="double"/>. The caller's
/// document is never modified. A parsed <see cref="JsonElement"/> is copied to the same tree as the
/// <see cref="JsonNode"/> parsed from the same text, without building that node tree first.
/// </summary>
internal static class CardData
{
    public static JsonNode? Copy(JsonNode? node) =>
        node switch
        {
            null => null,
            JsonObject obj => CopyObject(obj),
            JsonArray array => new JsonArray(array.Select(Copy).ToArray()),
            JsonValue value => CopyValue(value),
            _ => null,
        };

    /// <summary>Copies a parsed element; names repeated in an object keep the last value.</summary>
    public static JsonNode? Copy(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[TextSanitizer.Clean(property.Name)] = Copy(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Copy(item));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(TextSanitizer.Clean(ReadString(element)));
            case JsonValueKind.Number:
                // The rules of CopyValue, applied to the number's text without printing it first.
                return element.TryGetInt64(out var whole)
                    ? JsonValue.Create(whole)
                    : JsonValue.Create(double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture));
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            default:
                return null;
        }
    }

    private static JsonObject CopyObject(JsonObject obj)
    {
        var copy = new JsonObject();
        for (var i = 0; i < obj.Count; i++)
        {
            var (key, value) = obj.GetAt(i);
            copy[TextSanitizer.Clean(key)] = Copy(value);
        }

        return copy;
    }

    private static JsonValue? CopyValue(JsonValue value)
    {
        // A parsed document's values (the usual input) and plain strings and whole numbers skip the text round trip below.
        if (value.TryGetValue(out JsonElement element))
        {
            return (JsonValue?)Copy(element);
        }

        if (value.TryGetValue(out string? text))
        {
            return JsonValue.Create(TextSanitizer.Clean(text));
        }

        if (value.TryGetValue(out long number))
        {
            return JsonValue.Create(number);
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                // A CLR value that is written as a JSON string (a DateOnly, a Guid…): its JSON text, decoded.
                return JsonValue.Create(TextSanitizer.Clean(RawJsonString.Decode(value.ToJsonString())));
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            case JsonValueKind.Number:
                var json = value.ToJsonString();
                return long.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                    ? JsonValue.Create(whole)
                    : JsonValue.Create(double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture));
            default:
                return null;
        }
    }

    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate, which System.Text.Json refuses to decode.
            return RawJsonString.Decode(element.GetRawText());
        }
    }
}
