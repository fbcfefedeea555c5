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

    /// <summary>
    /// The labels every card of the language reads, never copied (the expander gives them to templates as
    /// <c>$root.labels</c>). Read-only by convention: nothing may change or adopt them.
    /// </summary>
    public static JsonObject Shared(string normalizedLocale) => Cache.GetOrAdd(normalizedLocale, Load);

    /// <summary>A private copy of the labels, for a caller that wants to change or attach them.</summary>
    public static JsonObject For(string normalizedLocale) => (JsonObject)Shared(normalizedLocale).DeepClone();

    private static JsonObject Load(string locale) =>
        CardData.Copy(JsonNode.Parse(EmbeddedText.Read($"ComplaintBot.Cards.Localization.labels.{locale}.json"))) as JsonObject
        ?? throw new InvalidOperationException($"The labels for {locale} are not a JSON object.");
}
