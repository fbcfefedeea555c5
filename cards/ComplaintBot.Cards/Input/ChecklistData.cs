using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Input;

/// <summary>Template data for the evidence checklist: key items first (otherwise in the given order) and the counts.</summary>
internal static class ChecklistData
{
    public static JsonObject Build(string locale, string? problemTypeName, IEnumerable<EvidenceChecklistItem> items)
    {
        var ordered = items.Where(i => i is not null).OrderByDescending(i => i.IsKey).ToList();
        var rows = new JsonArray();
        foreach (var item in ordered)
        {
            rows.Add(new JsonObject
            {
                ["name"] = item.Name,
                ["hint"] = item.Hint,
                ["isKey"] = item.IsKey,
                ["received"] = item.IsReceived,
            });
        }

        var data = (JsonObject)CardData.Copy(new JsonObject
        {
            ["problemTypeName"] = problemTypeName,
            ["items"] = rows,
            ["receivedCount"] = ordered.Count(i => i.IsReceived),
            ["totalCount"] = ordered.Count,
            ["missingKeyCount"] = ordered.Count(i => i.IsKey && !i.IsReceived),
        })!;
        return data;
    }
}
