using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Input;

/// <summary>Template data for the evidence checklist: key items first (otherwise in the given order) and the counts.</summary>
internal static class ChecklistData
{
    /// <summary>
    /// Builds the data as <see cref="CardData"/> would leave it — strings cleaned, counts as <see cref="long"/> —
    /// without building it once more to copy it.
    /// </summary>
    public static JsonObject Build(string? problemTypeName, IEnumerable<EvidenceChecklistItem> items)
    {
        var ordered = items.Where(i => i is not null).OrderByDescending(i => i.IsKey).ToList();
        var rows = new JsonArray();
        long received = 0, missingKey = 0;
        foreach (var item in ordered)
        {
            rows.Add(new JsonObject
            {
                ["name"] = Clean(item.Name),
                ["hint"] = Clean(item.Hint),
                ["isKey"] = item.IsKey,
                ["received"] = item.IsReceived,
            });
            received += item.IsReceived ? 1 : 0;
            missingKey += item.IsKey && !item.IsReceived ? 1 : 0;
        }

        return new JsonObject
        {
            ["problemTypeName"] = Clean(problemTypeName),
            ["items"] = rows,
            ["receivedCount"] = received,
            ["totalCount"] = (long)ordered.Count,
            ["missingKeyCount"] = missingKey,
        };
    }

    private static string? Clean(string? text) => text is null ? null : TextSanitizer.Clean(text);
}
