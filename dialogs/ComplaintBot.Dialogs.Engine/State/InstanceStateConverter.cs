using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine.State;

/// <summary>
/// Reads a <see cref="DialogInstance.State"/> dictionary: every value as Newtonsoft reads an <c>object</c> (objects
/// and arrays as fresh tokens, primitives as their values), except a container's nested stack — key <c>dialogs</c>
/// holding an object with a <c>dialogStack</c> array — which becomes a typed <see cref="DialogState"/>.
/// </summary>
/// <remarks>
/// <para>Restoring the nested stack after the fact, from the token the dictionary received, copies everything
/// below it once more at every level of nesting: the token is itself a copy of what the reader saw, and reading
/// the stack from it copies each inner state value again. A prompt three containers deep had its options copied
/// three times per turn before anything read them.</para>
/// <para>Bot state hands over what storage returned as a token tree, so the reader is usually a
/// <see cref="JTokenReader"/>: then the value's shape is checked where it stands and the stack is read from the same
/// reader, and each value below is copied exactly once. From text the shape can only be known after reading the
/// value, so the stack is converted from that copy, as before.</para>
/// </remarks>
internal sealed class InstanceStateConverter : JsonConverter
{
    /// <inheritdoc />
    /// <value>False: the dictionary is written as any dictionary.</value>
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(IDictionary<string, object?>);

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Dialog instance state is written by the serializer itself.");

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(serializer);
        if (reader.TokenType is JsonToken.Null or JsonToken.Undefined)
        {
            return null;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException($"Dialog instance state must be a JSON object, not {reader.TokenType} (path '{reader.Path}').");
        }

        // Filled in place, as the serializer fills an existing dictionary; a repeated key keeps its last value.
        var state = existingValue as IDictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        while (ReadSkippingComments(reader))
        {
            if (reader.TokenType == JsonToken.EndObject)
            {
                return state;
            }

            var key = (string)reader.Value!;
            if (!ReadSkippingComments(reader))
            {
                break;
            }

            state[key] = key == DialogState.NestedStackKey ? ReadNestedStack(reader, serializer) : serializer.Deserialize<object>(reader);
        }

        throw new JsonSerializationException($"Unexpected end of JSON in dialog instance state (path '{reader.Path}').");
    }

    private static object? ReadNestedStack(JsonReader reader, JsonSerializer serializer)
    {
        if (reader is JTokenReader { CurrentToken: JObject source })
        {
            return IsStack(source) ? serializer.Deserialize<DialogState>(reader) : serializer.Deserialize<object>(reader);
        }

        var value = serializer.Deserialize<object>(reader);
        return value is JObject copy && IsStack(copy) ? copy.ToObject<DialogState>(serializer) : value;
    }

    private static bool IsStack(JObject value) => value[DialogState.StackProperty] is JArray;

    private static bool ReadSkippingComments(JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                return true;
            }
        }

        return false;
    }
}
