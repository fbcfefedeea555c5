using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>An array; repeated items are spliced in, dropped items and nulls leave no gap.</summary>
internal sealed class ArrayNode(TemplateNode[] items) : TemplateNode
{
    public override void ExpandTo(EvaluationContext context, List<JsonNode?> output)
    {
        var start = output.Count;
        foreach (var item in items)
        {
            item.ExpandTo(context, output);
        }

        // Nulls out, in place, then the expanded items become the array and leave the shared list.
        var end = start;
        for (var i = start; i < output.Count; i++)
        {
            if (output[i] is { } value)
            {
                output[end++] = value;
            }
        }

        var array = new JsonArray(CollectionsMarshal.AsSpan(output)[start..end]);
        output.RemoveRange(start, output.Count - start);
        output.Add(array);
    }
}
