using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// <c>string</c>, <c>length</c>, <c>toUpper</c>, <c>toLower</c>, <c>trim</c>, <c>startsWith</c>, <c>substring</c> and
/// <c>truncate</c>, <c>split</c> and <c>format</c>. Positions are clamped rather than failing, and a cut never splits a surrogate pair, so
/// long user text with emoji shortens cleanly.
/// </summary>
internal static class TextFunctions
{
    /// <summary>Appended to text shortened by <c>truncate</c>.</summary>
    public const string Ellipsis = "…";

    public static IEnumerable<TemplateFunction> All =>
    [
        new("string", 1, 1, (a, _) => JsonValues.From(JsonValues.ToText(a[0]))),
        new("length", 1, 1, (a, _) => JsonValues.From(CollectionFunctions.Count(a[0]))),
        new("toUpper", 1, 1, (a, _) => Map(a[0], s => s.ToUpperInvariant())),
        new("toLower", 1, 1, (a, _) => Map(a[0], s => s.ToLowerInvariant())),
        new("trim", 1, 1, (a, _) => Map(a[0], s => s.Trim())),
        new("startsWith", 2, 2, (a, _) => JsonValues.From(JsonValues.ToText(a[0]).StartsWith(JsonValues.ToText(a[1]), StringComparison.Ordinal)), ReturnsNewNode: false),
        new("substring", 2, 3, (a, _) => Substring(a)),
        new("truncate", 2, 2, (a, _) => a[0] is null ? null : JsonValues.From(Truncate(JsonValues.ToText(a[0]), JsonValues.ToInt32(a[1], "truncate")))),
        new("split", 2, 2, (a, _) => Split(a[0], JsonValues.ToText(a[1]))),
        new("format", 1, int.MaxValue, (a, c) => Format(a, c)),
    ];

    /// <summary>At most <paramref name="maxLength"/> UTF-16 units plus an ellipsis when the text was longer.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (maxLength < 0 || text.Length <= maxLength)
        {
            return text;
        }

        return text[..SafeCut(text, maxLength)].TrimEnd() + Ellipsis;
    }

    /// <summary>Splits text into parts, e.g. lines, so each can go into its own element; "\r" before "\n" is dropped.</summary>
    private static JsonArray? Split(JsonNode? value, string separator)
    {
        if (value is null)
        {
            return null;
        }

        var text = JsonValues.ToText(value);
        var parts = separator.Length == 0 ? [text] : text.Split(separator);
        return new JsonArray(parts.Select(p => (JsonNode?)JsonValues.From(separator == "\n" ? p.TrimEnd('\r') : p)).ToArray());
    }

    /// <summary>
    /// Fills a localized pattern such as "已收到 {0} 项，共 {1} 项": word order belongs to the label, not the
    /// template. Arguments are inserted as text, so braces in user data are harmless.
    /// </summary>
    private static JsonNode? Format(ReadOnlySpan<JsonNode?> args, EvaluationContext context)
    {
        if (args[0] is null)
        {
            return null;
        }

        var values = new object[args.Length - 1];
        for (var i = 1; i < args.Length; i++)
        {
            values[i - 1] = JsonValues.ToText(args[i]);
        }

        return JsonValues.From(string.Format(context.Culture, JsonValues.ToText(args[0]), values));
    }

    private static JsonNode? Map(JsonNode? value, Func<string, string> map) =>
        value is null ? null : JsonValues.From(map(JsonValues.ToText(value)));

    private static JsonNode? Substring(ReadOnlySpan<JsonNode?> args)
    {
        if (args[0] is null)
        {
            return null;
        }

        var text = JsonValues.ToText(args[0]);
        var start = SafeCut(text, Math.Clamp(JsonValues.ToInt32(args[1], "substring"), 0, text.Length));
        var end = args.Length == 3
            ? SafeCut(text, Math.Clamp(start + (long)JsonValues.ToInt32(args[2], "substring"), start, text.Length))
            : text.Length;
        return JsonValues.From(text[start..Math.Max(start, end)]);
    }

    /// <summary>Moves a cut position back by one when it would fall between a high and a low surrogate.</summary>
    private static int SafeCut(string text, long position)
    {
        var cut = (int)position;
        return cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut]) ? cut - 1 : cut;
    }
}
