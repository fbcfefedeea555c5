using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace ComplaintBot.Domain.Documents;

/// <summary>The one set of System.Text.Json settings for complaint documents, drafts and the catalogue.</summary>
public static class ComplaintJson
{
    /// <summary>
    /// Gets the shared, read-only options: camelCase names, enum values as snake_case keys, nulls written
    /// (unknown stays visibly unknown), Chinese written as is while HTML-sensitive characters stay escaped.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes a value with <see cref="Options"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserializes a value with <see cref="Options"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value, or null for the JSON literal null.</returns>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }
}
