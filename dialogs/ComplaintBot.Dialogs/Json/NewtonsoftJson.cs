using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Json;

/// <summary>
/// Turns System.Text.Json values (the cards, the complaint document) into the Newtonsoft tokens the Bot
/// Framework's activities carry, without printing them and parsing the text again. The result is what
/// <c>JToken.Parse</c> of the System.Text.Json text would give, token type for token type, except that strings
/// stay strings: Newtonsoft's reader would turn ISO date-time text into dates by default and write them back in
/// another form, a change no card or document wants (the bot's other readers switch that off as well).
/// </summary>
/// <remarks>
/// <para>Cards are expanded as System.Text.Json nodes because the templating library must not depend on the Bot
/// Framework; converting the finished tree walks it once and shares its strings, where printing and re-parsing
/// allocated the card several times over. Having the expander write Newtonsoft tokens itself would save only the
/// intermediate node tree, at the price of tying the templating library to Newtonsoft (or to an abstraction over
/// both); the token tree the activity needs costs the same either way.</para>
/// <para>Numbers follow Newtonsoft's reading of the text System.Text.Json writes: an integer literal becomes a
/// <see cref="long"/> (a <see cref="BigInteger"/> beyond it), any other number a <see cref="double"/>, so 129.0
/// stored as a double prints as <c>129</c> and comes back an integer, and a decimal 445.81 comes back the double
/// 445.81, exactly as before. A lone surrogate in a string becomes U+FFFD, as System.Text.Json writes it; one
/// escaped in parsed text is kept, as Newtonsoft reads that text.</para>
/// </remarks>
public static class NewtonsoftJson
{
    /// <summary>Converts a JSON object.</summary>
    /// <param name="obj">The object; it is read, never modified.</param>
    /// <returns>A new <see cref="JObject"/>.</returns>
    public static JObject From(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var result = new JObject();
        for (var i = 0; i < obj.Count; i++)
        {
            var (name, value) = obj.GetAt(i);
            result.Add(new JProperty(AsWritten(name), From(value)));
        }

        return result;
    }

    /// <summary>Converts any JSON node; null stands for JSON null.</summary>
    /// <param name="node">The node; it is read, never modified.</param>
    /// <returns>A new token.</returns>
    public static JToken From(JsonNode? node) =>
        node switch
        {
            null => JValue.CreateNull(),
            JsonObject obj => From(obj),
            JsonArray array => FromArray(array),
            JsonValue value => FromValue(value),
            _ => throw new ArgumentException($"Unknown JSON node type {node.GetType()}.", nameof(node)),
        };

    /// <summary>Converts a parsed JSON element (for example the root of a serialized document).</summary>
    /// <param name="element">The element.</param>
    /// <returns>A new token.</returns>
    public static JToken From(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryGetName(property, out var name))
                    {
                        return ReadWithNewtonsoft(element.GetRawText());
                    }

                    // The indexer, not Add: a repeated name replaces the earlier value in place, as Newtonsoft's reader does.
                    obj[name] = From(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(From(item));
                }

                return array;
            case JsonValueKind.String:
                return FromString(element);
            case JsonValueKind.Number:
                return element.TryGetInt64(out var whole) ? new JValue(whole) : Number(element.GetRawText());
            case JsonValueKind.True:
                return new JValue(true);
            case JsonValueKind.False:
                return new JValue(false);
            default:
                return JValue.CreateNull();
        }
    }

    private static JArray FromArray(JsonArray array)
    {
        var result = new JArray();
        for (var i = 0; i < array.Count; i++)
        {
            result.Add(From(array[i]));
        }

        return result;
    }

    private static JToken FromValue(JsonValue value)
    {
        // Parsed values first: asking one that holds an escaped lone surrogate for a string would throw.
        if (value.TryGetValue(out JsonElement element))
        {
            return From(element);
        }

        if (value.TryGetValue(out string? text))
        {
            return new JValue(AsWritten(text));
        }

        if (value.TryGetValue(out bool flag))
        {
            return new JValue(flag);
        }

        if (value.TryGetValue(out long whole))
        {
            return new JValue(whole);
        }

        if (value.TryGetValue(out double real) && double.IsFinite(real))
        {
            // The shortest round-trip text, as System.Text.Json writes a double: "129" for 129.0, "1E+20" for 1e20.
            Span<char> buffer = stackalloc char[32];
            return real.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture)
                ? Number(buffer[..written])
                : Number(value.ToJsonString());
        }

        // Any other CLR value (decimal, int, DateTime…; a non-finite double throws as System.Text.Json would):
        // its JSON text, read by Newtonsoft.
        return ReadWithNewtonsoft(value.ToJsonString());
    }

    /// <summary>
    /// The text System.Text.Json writes for a string it holds: a lone surrogate cannot be encoded and is written
    /// as U+FFFD. Text without surrogates (nearly all) is returned as it is, without copying.
    /// </summary>
    private static string AsWritten(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate in the name; the caller reads the whole object with Newtonsoft.
            name = string.Empty;
            return false;
        }
    }

    private static JToken FromString(JsonElement element)
    {
        try
        {
            return new JValue(element.GetString());
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate, which System.Text.Json refuses to decode and Newtonsoft keeps.
            return ReadWithNewtonsoft(element.GetRawText());
        }
    }

    /// <summary>What Newtonsoft's reader makes of a JSON number with its default settings.</summary>
    private static JValue Number(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('.', 'e', 'E') >= 0)
        {
            return new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? new JValue(whole)
            : new JValue(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>The rare value with no direct mapping (an escaped lone surrogate, an unusual CLR type), read from its JSON text.</summary>
    private static JToken ReadWithNewtonsoft(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
