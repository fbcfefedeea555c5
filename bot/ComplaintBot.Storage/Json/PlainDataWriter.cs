using System.Text.Encodings.Web;
using JsonIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition;
using JsonStringEnumConverter = System.Text.Json.Serialization.JsonStringEnumConverter;
using Newtonsoft.Json;
using StjSerializer = System.Text.Json.JsonSerializer;
using StjSerializerOptions = System.Text.Json.JsonSerializerOptions;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// Writes a <see cref="PlainDataTypes">plain data</see> value with System.Text.Json inside a Newtonsoft.Json
/// document. Every turn serializes its whole state, and the interview's draft, most of it, is plain data that
/// System.Text.Json writes in about a third of the time. Reading is left to Newtonsoft, which reads the result as
/// it reads its own. Text with a lone surrogate is the one difference: System.Text.Json writes U+FFFD, which is
/// also what Newtonsoft's text becomes as UTF-8, the form every provider stores.
/// </summary>
internal sealed class PlainDataWriter : JsonConverter
{
    // Names as declared, nulls left out, enums by name, text as it is (only what JSON requires is escaped).
    private static readonly StjSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public override bool CanRead => false;

    public override bool CanConvert(Type objectType) => PlainDataTypes.IsPlain(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteRawValue(StjSerializer.Serialize(value, value.GetType(), Options));
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Plain data is read by Newtonsoft.Json itself.");
}
