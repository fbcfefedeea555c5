using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>
/// An object (usually a card element). <c>$data</c> sets its scope, and an array there repeats it per item
/// with <c>$index</c>; a missing <c>$data</c> drops it. <c>$when</c> keeps it only when it is exactly
/// <c>true</c>. Reserved keys never reach the output; properties bound to missing data are omitted.
/// </summary>
internal sealed class ObjectNode : TemplateNode
{
    private static readonly HashSet<string> Reserved = ["$data", "$when", "$root", "$index"];

    private readonly KeyValuePair<string, TemplateNode>[] _properties;
    private readonly TemplateNode? _data;
    private readonly TemplateNode? _when;

    private ObjectNode(KeyValuePair<string, TemplateNode>[] properties, TemplateNode? data, TemplateNode? when)
    {
        _properties = properties;
        _data = data;
        _when = when;
    }

    public static ObjectNode Compile(JsonObject obj)
    {
        var properties = obj
            .Where(p => !Reserved.Contains(p.Key))
            .Select(p => KeyValuePair.Create(p.Key, Compile(p.Value)))
            .ToArray();
        var data = obj.TryGetPropertyValue("$data", out var d) ? Compile(d) : null;
        var when = obj.TryGetPropertyValue("$when", out var w) ? Compile(w) : null;
        return new ObjectNode(properties, data, when);
    }

    public override void ExpandTo(EvaluationContext context, List<JsonNode?> output)
    {
        if (_data is null)
        {
            ExpandIfWanted(context, output);
            return;
        }

        var data = _data.Evaluate(context, out _);
        switch (data)
        {
            case null:
                return;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    ExpandIfWanted(context.WithItem(items[i], i), output);
                }

                return;
            default:
                ExpandIfWanted(context.WithData(data), output);
                return;
        }
    }

    private void ExpandIfWanted(EvaluationContext context, List<JsonNode?> output)
    {
        if (_when is not null && !IsExactlyTrue(_when.Evaluate(context, out _)))
        {
            return;
        }

        // Each property's values are expanded into the end of the output list, taken, and removed again.
        var result = new JsonObject();
        var start = output.Count;
        foreach (var (key, node) in _properties)
        {
            node.ExpandTo(context, output);
            var count = output.Count - start;
            if (count == 1)
            {
                result[key] = output[start];
            }
            else if (count > 1)
            {
                result[key] = new JsonArray(CollectionsMarshal.AsSpan(output)[start..]);
            }

            output.RemoveRange(start, count);
        }

        output.Add(result);
    }

    private static bool IsExactlyTrue(JsonNode? value) => JsonValues.TryGetBoolean(value, out var b) && b;
}
