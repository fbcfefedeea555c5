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

    public static (JsonObject Data, string Locale) Build(JsonObject complaintDocument)
    {
        var data = (JsonObject)CardData.Copy(complaintDocument)!;
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
