using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Input;

namespace ComplaintBot.Cards.Localization;

/// <summary>
/// The card texts of one language, from <c>labels.&lt;locale&gt;.json</c>. Templates read them as
/// <c>${labels.…}</c>, so the same template serves both languages. Parsed once per language.
/// </summary>
internal static class CardLabels
{
    private static readonly ConcurrentDictionary<string, JsonObject> Cache = new(StringComparer.Ordinal);

    /// <summary>A private copy of the labels, ready to be attached to template data.</summary>
    public static JsonObject For(string normalizedLocale) =>
        (JsonObject)Cache.GetOrAdd(normalizedLocale, Load).DeepClone();

    private static JsonObject Load(string locale) =>
        CardData.Copy(JsonNode.Parse(EmbeddedText.Read($"ComplaintBot.Cards.Localization.labels.{locale}.json"))) as JsonObject
        ?? throw new InvalidOperationException($"The labels for {locale} are not a JSON object.");
}
