using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace ComplaintBot.Storage;

/// <summary>
/// Newtonsoft's default contract resolver, except that an attachment's content that is already JSON (a card, any
/// <see cref="JToken"/>) is read and written as it is, instead of through the converter Bot Builder's schema puts
/// on <c>Attachment.Content</c>.
/// </summary>
/// <remarks>
/// <para>That converter exists for attachments whose content is a <see cref="MemoryStream"/> (streaming skills).
/// To find one it walks the whole content by reflection, property by property down to every JSON value, and then
/// copies the content into a new token tree before writing it; reading, it parses the content, rebuilds it as
/// dictionaries and turns those back into JSON. An interview keeps its questions — cards included — in dialog
/// state, so every turn paid this for every card, at load and at save. Content that is not JSON, and stored
/// content that holds a serialized stream, still goes through the SDK's converter, so streams behave as before.</para>
/// <para>The storage providers write with it, extended for plain data (<see cref="StorageJson.Settings"/>);
/// installed as the process's default (<see cref="Install"/>), it also reaches every serializer created without
/// settings, which is what Bot Builder's state accessors read typed state with.</para>
/// </remarks>
public class PlainAttachmentContentResolver : DefaultContractResolver
{
    private const string StreamConverterName = "AttachmentMemoryStreamConverter";

    private static readonly StringEnumConverter EnumNames = new();

    private readonly bool _enumsAsNames;

    /// <summary>Initializes a new instance of the <see cref="PlainAttachmentContentResolver"/> class, for a resolver that
    /// changes more contracts than this one (and so must not share its cache).</summary>
    /// <param name="enumsAsNames">Whether enums are written as their names.</param>
    protected PlainAttachmentContentResolver(bool enumsAsNames) => _enumsAsNames = enumsAsNames;

    /// <summary>Gets the one instance (contract resolvers cache what they resolve, so it is shared).</summary>
    public static PlainAttachmentContentResolver Instance { get; } = new(enumsAsNames: false);

    /// <summary>Gets the instance that also writes enums (and nullable enums) as their names, as stored state does.</summary>
    /// <remarks>
    /// On the enum's contract rather than in the serializer's converter list: Newtonsoft asks every converter in
    /// that list whether it converts each value it writes or reads, which cost a state write more than its enums did.
    /// </remarks>
    public static PlainAttachmentContentResolver EnumsAsNames { get; } = new(enumsAsNames: true);

    // Shared: Newtonsoft only reads the default settings (each serializer copies them), and a new settings object
    // per JsonConvert call was one of the larger allocations of a turn. After Instance: initializers run in order.
    private static JsonSerializerSettings DefaultSettings { get; } = new() { ContractResolver = Instance };

    /// <summary>Makes <see cref="Instance"/> the resolver of Newtonsoft's default settings, unless defaults are already set.</summary>
    public static void Install() => JsonConvert.DefaultSettings ??= () => DefaultSettings;

    /// <inheritdoc />
    protected override JsonContract CreateContract(Type objectType)
    {
        var contract = base.CreateContract(objectType);
        if (_enumsAsNames && (Nullable.GetUnderlyingType(objectType) ?? objectType).IsEnum)
        {
            contract.Converter ??= EnumNames;
        }

        return contract;
    }

    /// <inheritdoc />
    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (property.Converter is { } converter && converter.GetType().Name == StreamConverterName)
        {
            property.Converter = new JsonContentFirst(converter);
        }

        return property;
    }

    /// <summary>JSON content as it is; anything else, and serialized streams, through the SDK's converter.</summary>
    private sealed class JsonContentFirst(JsonConverter streamConverter) : JsonConverter
    {
        private const string StreamMarker = "MemoryStream";

        public override bool CanConvert(Type objectType) => streamConverter.CanConvert(objectType);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is JToken token)
            {
                token.WriteTo(writer);
                return;
            }

            streamConverter.WriteJson(writer, value, serializer);
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType is not (JsonToken.StartObject or JsonToken.StartArray))
            {
                return streamConverter.ReadJson(reader, objectType, existingValue, serializer);
            }

            var content = JToken.ReadFrom(reader);
            if (!HoldsStream(content))
            {
                return content;
            }

            using var again = content.CreateReader();
            again.Read();
            return streamConverter.ReadJson(again, objectType, existingValue, serializer);
        }

        // One pass over the tokens already in memory; a JSONPath query would parse its path on every call.
        private static bool HoldsStream(JToken content) =>
            content is JContainer container && container.Descendants().Any(token => token is JProperty { Name: "$type", Value: JValue { Type: JTokenType.String } marker } && (string?)marker == StreamMarker);
    }
}
