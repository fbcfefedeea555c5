using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>An array; repeated items are spliced in, dropped items and nulls leave no gap.</summary>
internal sealed class ArrayNode(IReadOnlyList<TemplateNode> items) : TemplateNode
{
    public override void ExpandTo(EvaluationContext context, List<JsonNode?> output)
    {
        var values = new List<JsonNode?>(items.Count);
        foreach (var item in items)
        {
            item.ExpandTo(context, values);
        }

        output.Add(new JsonArray(values.Where(v => v is not null).ToArray()));
    }
}
