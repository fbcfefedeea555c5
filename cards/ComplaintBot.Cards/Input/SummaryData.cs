using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Localization;

namespace ComplaintBot.Cards.Input;

/// <summary>
/// Template data for the summary card: a cleaned copy of the complaint document and, under <c>view</c>, the legal
/// basis split into laws and platform rules, which the card shows apart (platform rules are not law). The labels
/// of the document's language come with the expansion (<see cref="CardLabels.Shared"/>).
/// </summary>
internal static class SummaryData
{
    private const string PlatformRulePrefix = "TB-";

    public static (JsonObject Data, string Locale) Build(JsonObject complaintDocument) =>
        FromCopy((JsonObject)CardData.Copy(complaintDocument)!);

    public static (JsonObject Data, string Locale) Build(JsonElement complaintDocument) =>
        complaintDocument.ValueKind == JsonValueKind.Object
            ? FromCopy((JsonObject)CardData.Copy(complaintDocument)!)
            : throw new ArgumentException("The complaint document must be a JSON object.", nameof(complaintDocument));

    private static (JsonObject Data, string Locale) FromCopy(JsonObject data)
    {
        var locale = CardLocale.Normalize(data["locale"] is JsonValue v && v.TryGetValue(out string? s) ? s : null);

        var laws = new JsonArray();
        var platformRules = new JsonArray();
        if (data["review"]?["legalBasis"] is JsonArray basis)
        {
            foreach (var item in basis.OfType<JsonObject>())
            {
                var code = item["code"] is JsonValue c && c.TryGetValue(out string? text) ? text : string.Empty;
                var target = code.StartsWith(PlatformRulePrefix, StringComparison.OrdinalIgnoreCase) ? platformRules : laws;
                target.Add(item.DeepClone());
            }
        }

        data["view"] = new JsonObject { ["legalBasis"] = laws, ["platformRules"] = platformRules };
        return (data, locale);
    }
}
