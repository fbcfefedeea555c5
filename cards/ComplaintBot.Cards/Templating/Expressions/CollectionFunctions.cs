using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary><c>count</c>, <c>empty</c>, <c>exists</c>, <c>join</c>, <c>concat</c> and <c>coalesce</c>.</summary>
internal static class CollectionFunctions
{
    public static IEnumerable<TemplateFunction> All =>
    [
        new("count", 1, 1, (a, _) => JsonValues.From(Count(a[0]))),
        new("empty", 1, 1, (a, _) => JsonValues.From(IsEmpty(a[0])), ReturnsNewNode: false),
        new("exists", 1, 1, (a, _) => JsonValues.From(a[0] is not null), ReturnsNewNode: false),
        new("join", 2, 3, (a, _) => Join(a)),
        new("concat", 1, int.MaxValue, (a, _) => Concat(a)),
        new("coalesce", 1, int.MaxValue, (a, _) => Coalesce(a), ReturnsNewNode: false),
    ];

    /// <summary>Items of an array, characters of a string, properties of an object; a missing value counts 0.</summary>
    public static long Count(JsonNode? value) =>
        value switch
        {
            null => 0,
            JsonArray array => array.Count,
            JsonObject obj => obj.Count,
            _ when JsonValues.TryGetString(value, out var s) => s.Length,
            _ => throw new ExpressionEvaluationException("count() expects an array, an object or a string."),
        };

    private static bool IsEmpty(JsonNode? value) =>
        value switch
        {
            null => true,
            JsonArray array => array.Count == 0,
            JsonObject obj => obj.Count == 0,
            _ => JsonValues.TryGetString(value, out var s) && s.Length == 0,
        };

    private static JsonNode? Coalesce(ReadOnlySpan<JsonNode?> args)
    {
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                return arg;
            }
        }

        return null;
    }

    private static JsonNode? Join(ReadOnlySpan<JsonNode?> args)
    {
        if (args[0] is null)
        {
            return null;
        }

        if (args[0] is not JsonArray array)
        {
            throw new ExpressionEvaluationException("join() expects an array.");
        }

        var separator = JsonValues.ToText(args[1]);
        var items = array.Select(JsonValues.ToText).ToList();
        if (args.Length == 3 && items.Count > 1)
        {
            // Optional last separator, as in Adaptive Expressions: join(x, ', ', ' and ').
            return JsonValues.From(string.Join(separator, items.Take(items.Count - 1)) + JsonValues.ToText(args[2]) + items[^1]);
        }

        return JsonValues.From(string.Join(separator, items));
    }

    private static JsonNode Concat(ReadOnlySpan<JsonNode?> args)
    {
        var allArrays = true;
        for (var i = 0; i < args.Length && allArrays; i++)
        {
            allArrays = args[i] is JsonArray;
        }

        if (allArrays)
        {
            var items = new JsonArray();
            foreach (var arg in args)
            {
                foreach (var item in arg!.AsArray())
                {
                    items.Add(item?.DeepClone());
                }
            }

            return items;
        }

        // The summary joins a label and a separator this way dozens of times per card: no LINQ, no array.
        var text = new DefaultInterpolatedStringHandler(0, args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            text.AppendLiteral(JsonValues.ToText(args[i]));
        }

        return JsonValues.From(text.ToStringAndClear());
    }
}
