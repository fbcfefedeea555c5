using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintBot.Cards.Tests.Support;

/// <summary>
/// Checks expanded card JSON against the Adaptive Card 1.5 element set that Teams, Web Chat and the Emulator
/// share: known element, inline and action types with their known properties and enum values, version at most
/// 1.5, no Action.Execute, Action.Submit data as an object, unique ids and existing toggle targets, and
/// nothing left of the template language. It also enforces our own rule that a text element is never empty
/// (missing data must hide its element).
/// </summary>
internal static partial class AdaptiveCardValidator
{
    private static readonly string[] ElementCommon = ["type", "id", "isVisible", "requires", "separator", "spacing", "fallback", "height"];
    private static readonly string[] ActionCommon = ["type", "title", "iconUrl", "id", "style", "fallback", "tooltip", "isEnabled", "mode", "requires"];
    private static readonly string[] InputCommon = ["label", "isRequired", "errorMessage", "value"];

    private static readonly Dictionary<string, string[]> Elements = new()
    {
        ["TextBlock"] = ["text", "color", "fontType", "horizontalAlignment", "isSubtle", "maxLines", "size", "weight", "wrap", "style"],
        ["RichTextBlock"] = ["inlines", "horizontalAlignment"],
        ["Image"] = ["url", "altText", "backgroundColor", "horizontalAlignment", "selectAction", "size", "style", "width"],
        ["Media"] = ["sources", "poster", "altText"],
        ["Container"] = ["items", "selectAction", "style", "verticalContentAlignment", "bleed", "backgroundImage", "minHeight", "rtl"],
        ["ColumnSet"] = ["columns", "selectAction", "style", "bleed", "minHeight", "horizontalAlignment"],
        ["FactSet"] = ["facts"],
        ["ImageSet"] = ["images", "imageSize"],
        ["ActionSet"] = ["actions"],
        ["Table"] = ["columns", "rows", "firstRowAsHeader", "showGridLines", "gridStyle", "horizontalCellContentAlignment", "verticalCellContentAlignment"],
        ["Input.Text"] = ["placeholder", "maxLength", "isMultiline", "style", "inlineAction", "regex"],
        ["Input.Number"] = ["placeholder", "min", "max"],
        ["Input.Date"] = ["placeholder", "min", "max"],
        ["Input.Time"] = ["placeholder", "min", "max"],
        ["Input.Toggle"] = ["title", "valueOn", "valueOff", "wrap"],
        ["Input.ChoiceSet"] = ["choices", "isMultiSelect", "style", "placeholder", "wrap"],
    };

    private static readonly Dictionary<string, string[]> Actions = new()
    {
        ["Action.Submit"] = ["data", "associatedInputs"],
        ["Action.OpenUrl"] = ["url"],
        ["Action.ShowCard"] = ["card"],
        ["Action.ToggleVisibility"] = ["targetElements"],
    };

    private static readonly string[] CardProperties =
        ["type", "version", "body", "actions", "selectAction", "fallbackText", "backgroundImage", "minHeight", "rtl", "speak", "lang", "verticalContentAlignment", "$schema", "msteams"];

    private static readonly string[] ColumnProperties =
        ["type", "items", "width", "backgroundImage", "bleed", "fallback", "minHeight", "rtl", "separator", "spacing", "selectAction", "style", "verticalContentAlignment", "id", "isVisible", "requires"];

    private static readonly string[] TextRunProperties =
        ["type", "text", "color", "fontType", "highlight", "isSubtle", "italic", "selectAction", "size", "strikethrough", "underline", "weight"];

    private static readonly Dictionary<string, string[]> Enums = new()
    {
        ["color"] = ["default", "dark", "light", "accent", "good", "warning", "attention"],
        ["size"] = ["default", "small", "medium", "large", "extralarge"],
        ["weight"] = ["default", "lighter", "bolder"],
        ["spacing"] = ["none", "small", "default", "medium", "large", "extralarge", "padding"],
        ["horizontalAlignment"] = ["left", "center", "right"],
        ["verticalContentAlignment"] = ["top", "center", "bottom"],
    };

    private static readonly string[] BooleanProperties = ["wrap", "isSubtle", "separator", "isVisible", "bleed", "italic", "strikethrough", "underline", "highlight"];

    /// <summary>Returns every problem found; an empty list means the card is valid.</summary>
    /// <param name="json">The card JSON text.</param>
    /// <param name="userTextMayLookLikeTemplate">
    /// True when the data holds text such as <c>${x}</c> on purpose (hostile input). It then appears literally,
    /// possibly cut by truncation, so the leftover-binding check on strings cannot tell it apart and is skipped;
    /// the hostile tests prove separately that such text was not evaluated.
    /// </param>
    public static List<string> Validate(string json, bool userTextMayLookLikeTemplate = false)
    {
        var problems = new List<string>();
        JsonNode? card;
        try
        {
            using (JsonDocument.Parse(json))
            {
            }

            card = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return [$"not valid JSON: {e.Message}"];
        }

        var state = new State(problems, userTextMayLookLikeTemplate);
        CheckCard(card, "$", state, isRoot: true);
        foreach (var target in state.ToggleTargets.Where(t => !state.Ids.Contains(t)))
        {
            problems.Add($"Action.ToggleVisibility targets unknown element '{target}'");
        }

        return problems;
    }

    private static void CheckCard(JsonNode? node, string path, State state, bool isRoot)
    {
        if (node is not JsonObject card || Type(card) != "AdaptiveCard")
        {
            state.Problems.Add($"{path}: not an AdaptiveCard");
            return;
        }

        CheckProperties(card, path, CardProperties, state);
        if (isRoot)
        {
            var version = card["version"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
            if (version is null || !Version.TryParse(version, out var parsed) || parsed > new Version(1, 5))
            {
                state.Problems.Add($"{path}.version: '{version}' is missing or above 1.5");
            }
        }

        CheckElements(card["body"], $"{path}.body", state);
        CheckActions(card["actions"], $"{path}.actions", state, topLevel: isRoot);
    }

    private static void CheckElements(JsonNode? node, string path, State state)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray items)
        {
            state.Problems.Add($"{path}: must be an array");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            CheckElement(items[i], $"{path}[{i}]", state);
        }
    }

    private static void CheckElement(JsonNode? node, string path, State state)
    {
        if (node is not JsonObject element)
        {
            state.Problems.Add($"{path}: element must be an object");
            return;
        }

        var type = Type(element);
        if (type is null || !Elements.TryGetValue(type, out var own))
        {
            state.Problems.Add($"{path}: unknown element type '{type}'");
            return;
        }

        CheckProperties(element, path, [.. ElementCommon, .. own, .. (type.StartsWith("Input.", StringComparison.Ordinal) ? InputCommon : [])], state);
        switch (type)
        {
            case "TextBlock":
                RequireText(element, "text", path, state);
                break;
            case "RichTextBlock":
                CheckInlines(element["inlines"], $"{path}.inlines", state);
                break;
            case "Container":
                CheckElements(element["items"], $"{path}.items", state);
                break;
            case "ColumnSet":
                CheckColumns(element["columns"], $"{path}.columns", state);
                break;
            case "FactSet":
                CheckFacts(element["facts"], $"{path}.facts", state);
                break;
            case "ActionSet":
                CheckActions(element["actions"], $"{path}.actions", state, topLevel: false);
                break;
        }
    }

    private static void CheckColumns(JsonNode? node, string path, State state)
    {
        if (node is not JsonArray columns)
        {
            state.Problems.Add($"{path}: must be an array");
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var columnPath = $"{path}[{i}]";
            if (columns[i] is not JsonObject column || Type(column) != "Column")
            {
                state.Problems.Add($"{columnPath}: not a Column");
                continue;
            }

            CheckProperties(column, columnPath, ColumnProperties, state);
            if (column["width"] is JsonValue width && width.TryGetValue(out string? w) && !ColumnWidth().IsMatch(w))
            {
                state.Problems.Add($"{columnPath}.width: '{w}' is not auto, stretch, a weight or pixels");
            }

            CheckElements(column["items"], $"{columnPath}.items", state);
        }
    }

    private static void CheckInlines(JsonNode? node, string path, State state)
    {
        if (node is not JsonArray inlines || inlines.Count == 0)
        {
            state.Problems.Add($"{path}: a RichTextBlock needs at least one inline");
            return;
        }

        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not JsonObject run || Type(run) != "TextRun")
            {
                state.Problems.Add($"{path}[{i}]: not a TextRun");
                continue;
            }

            CheckProperties(run, $"{path}[{i}]", TextRunProperties, state);
            RequireText(run, "text", $"{path}[{i}]", state);
        }
    }

    private static void CheckFacts(JsonNode? node, string path, State state)
    {
        if (node is not JsonArray facts || facts.Count == 0)
        {
            state.Problems.Add($"{path}: a FactSet needs at least one fact");
            return;
        }

        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i] is not JsonObject fact)
            {
                state.Problems.Add($"{path}[{i}]: fact must be an object");
                continue;
            }

            CheckProperties(fact, $"{path}[{i}]", ["title", "value"], state);
            RequireText(fact, "title", $"{path}[{i}]", state);
            RequireText(fact, "value", $"{path}[{i}]", state);
        }
    }

    private static void CheckActions(JsonNode? node, string path, State state, bool topLevel)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray actions)
        {
            state.Problems.Add($"{path}: must be an array");
            return;
        }

        if (topLevel && actions.Count > 6)
        {
            state.Problems.Add($"{path}: Teams shows at most 6 card actions, found {actions.Count}");
        }

        for (var i = 0; i < actions.Count; i++)
        {
            CheckAction(actions[i], $"{path}[{i}]", state);
        }
    }

    private static void CheckAction(JsonNode? node, string path, State state)
    {
        if (node is not JsonObject action)
        {
            state.Problems.Add($"{path}: action must be an object");
            return;
        }

        var type = Type(action);
        if (type is null || !Actions.TryGetValue(type, out var own))
        {
            state.Problems.Add($"{path}: action type '{type}' is not allowed (Submit, OpenUrl, ShowCard, ToggleVisibility only)");
            return;
        }

        CheckProperties(action, path, [.. ActionCommon, .. own], state);
        RequireText(action, "title", path, state);
        if (action["style"] is JsonValue style && style.TryGetValue(out string? s) && s is not ("default" or "positive" or "destructive"))
        {
            state.Problems.Add($"{path}.style: '{s}' is not an action style");
        }

        switch (type)
        {
            case "Action.Submit" when action["data"] is not JsonObject data || data["action"] is not JsonValue:
                state.Problems.Add($"{path}.data: must be an object naming the action");
                break;
            case "Action.ShowCard":
                CheckCard(action["card"], $"{path}.card", state, isRoot: false);
                break;
            case "Action.ToggleVisibility":
                foreach (var target in action["targetElements"]?.AsArray() ?? [])
                {
                    state.ToggleTargets.Add(target is JsonObject t ? t["elementId"]?.GetValue<string>() ?? string.Empty : target?.GetValue<string>() ?? string.Empty);
                }

                break;
        }
    }

    private static void CheckProperties(JsonObject obj, string path, string[] allowed, State state)
    {
        foreach (var (key, value) in obj)
        {
            var where = $"{path}.{key}";
            if (key.StartsWith('$') && !(key == "$schema" && path == "$"))
            {
                state.Problems.Add($"{where}: template key left in the output");
            }
            else if (!allowed.Contains(key))
            {
                state.Problems.Add($"{where}: not a known property of {Type(obj) ?? "this object"} in Adaptive Cards 1.5");
            }

            if (BooleanProperties.Contains(key) && value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                state.Problems.Add($"{where}: must be a boolean");
            }

            if (Enums.TryGetValue(key, out var values) && value is JsonValue v && v.TryGetValue(out string? s)
                && !values.Contains(s.ToLowerInvariant()) && !(key == "size" && Type(obj) == "Image"))
            {
                state.Problems.Add($"{where}: '{s}' is not one of {string.Join('/', values)}");
            }

            if (key == "id" && value is JsonValue idValue && idValue.TryGetValue(out string? id) && !state.Ids.Add(id))
            {
                state.Problems.Add($"{where}: duplicate id '{id}'");
            }

            CheckStrings(value, where, state);
        }
    }

    /// <summary>Template text must not survive into the output.</summary>
    private static void CheckStrings(JsonNode? value, string path, State state)
    {
        if (value is JsonValue v && v.TryGetValue(out string? text))
        {
            if (!state.UserTextMayLookLikeTemplate && text.Contains("${", StringComparison.Ordinal))
            {
                state.Problems.Add($"{path}: template expression left in the output: {Shorten(text)}");
            }
        }
        else if (value is JsonObject obj && (path.EndsWith(".data", StringComparison.Ordinal) || path.EndsWith(".msteams", StringComparison.Ordinal)))
        {
            foreach (var (key, inner) in obj)
            {
                if (key.StartsWith('$'))
                {
                    state.Problems.Add($"{path}.{key}: template key left in the output");
                }

                CheckStrings(inner, $"{path}.{key}", state);
            }
        }
    }

    private static void RequireText(JsonObject obj, string property, string path, State state)
    {
        if (obj[property] is not JsonValue v || !v.TryGetValue(out string? text) || string.IsNullOrWhiteSpace(text))
        {
            state.Problems.Add($"{path}.{property}: missing or empty (missing data must hide its element)");
        }
    }

    private static string? Type(JsonObject obj) => obj["type"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    [GeneratedRegex(@"^(auto|stretch|\d+(\.\d+)?|\d+px)$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnWidth();

    private sealed class State(List<string> problems, bool userTextMayLookLikeTemplate)
    {
        public List<string> Problems { get; } = problems;

        public bool UserTextMayLookLikeTemplate { get; } = userTextMayLookLikeTemplate;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<string> ToggleTargets { get; } = [];
    }
}
