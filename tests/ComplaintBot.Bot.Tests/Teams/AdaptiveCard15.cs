using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Teams;

/// <summary>What Teams renders: Adaptive Cards up to schema 1.5, and only the element and action types that exist there.</summary>
public static class AdaptiveCard15
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "AdaptiveCard",
        "TextBlock", "Image", "Media", "MediaSource", "RichTextBlock", "TextRun",
        "Container", "ColumnSet", "Column", "FactSet", "ImageSet", "ActionSet", "Table", "TableColumnDefinition", "TableRow", "TableCell",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet", "Input.Choice",
        "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
    };

    /// <summary>Every problem that would keep Teams from rendering the card as designed.</summary>
    public static IReadOnlyList<string> Problems(JObject card)
    {
        var problems = new List<string>();
        if (!Version.TryParse((string?)card["version"], out var version) || version > new Version(1, 5))
        {
            problems.Add($"version {(string?)card["version"]}");
        }

        foreach (var type in card.DescendantsAndSelf().OfType<JProperty>().Where(p => p.Name == "type" && p.Value.Type == JTokenType.String))
        {
            var value = (string)type.Value!;
            if (!Types.Contains(value))
            {
                problems.Add($"{value} at {type.Path}");
            }
        }

        return problems;
    }
}
