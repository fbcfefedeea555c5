using ComplaintBot.Storage;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// Reads an inbound activity straight from the request body, refusing the fields a turn is routed by when they are
/// not what they claim: Newtonsoft would quietly turn a number or a boolean into a string there.
/// </summary>
/// <remarks>
/// The object fields (<c>conversation</c>, <c>from</c>, <c>recipient</c>) need no help: a string, number or array
/// cannot become one of those classes, and reading fails. Checking while reading, rather than parsing the body into
/// tokens first and converting those, reads the body once.
/// </remarks>
internal sealed class InboundActivityContractResolver : PlainAttachmentContentResolver
{
    private static readonly HashSet<string> StrictStrings = new(["type", "serviceUrl", "channelId", "id", "locale"], StringComparer.Ordinal);

    private InboundActivityContractResolver()
        : base(enumsAsNames: false)
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static new InboundActivityContractResolver Instance { get; } = new();

    /// <inheritdoc />
    protected override JsonProperty CreateProperty(System.Reflection.MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (member.DeclaringType == typeof(Activity) && property.PropertyType == typeof(string) && property.PropertyName is { } name && StrictStrings.Contains(name))
        {
            property.Converter = new StrictString(name);
        }

        return property;
    }

    /// <summary>A JSON string or null, nothing else.</summary>
    private sealed class StrictString(string field) : JsonConverter<string?>
    {
        public override bool CanWrite => false;

        public override string? ReadJson(JsonReader reader, Type objectType, string? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            reader.TokenType switch
            {
                JsonToken.String => (string?)reader.Value,
                JsonToken.Null => null,
                _ => throw new MistypedFieldException(field),
            };

        public override void WriteJson(JsonWriter writer, string? value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
