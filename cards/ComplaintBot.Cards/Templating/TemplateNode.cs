using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>
/// One prepared part of a template. Expanding appends zero values (the part is dropped: a failed
/// <c>$when</c>, an empty <c>$data</c> array, a binding to missing data), one value, or one value per item of
/// a <c>$data</c> array, which the parent array splices in.
/// </summary>
internal abstract class TemplateNode
{
    public abstract void ExpandTo(EvaluationContext context, List<JsonNode?> output);

    /// <summary>Prepares any JSON value of a template.</summary>
    public static TemplateNode Compile(JsonNode? node) =>
        node switch
        {
            JsonObject obj => ObjectNode.Compile(obj),
            JsonArray array => new ArrayNode(array.Select(Compile).ToList()),
            JsonValue value when value.TryGetValue(out string? text) => TextNode.Compile(text),
            _ => new LiteralNode(node?.DeepClone()),
        };

    /// <summary>Expands a part that stands for exactly one value (a <c>$data</c> or <c>$when</c> setting).</summary>
    public JsonNode? ExpandSingle(EvaluationContext context, out bool present)
    {
        var values = new List<JsonNode?>(1);
        ExpandTo(context, values);
        present = values.Count == 1;
        return present ? values[0] : null;
    }
}
