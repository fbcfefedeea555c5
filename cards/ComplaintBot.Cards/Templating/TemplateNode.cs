using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>
/// One prepared part of a template. Expanding appends zero values (the part is dropped: a failed
/// <c>$when</c>, an empty <c>$data</c> array, a binding to missing data), one value, or one value per item of
/// a <c>$data</c> array, which the parent array splices in.
/// </summary>
/// <remarks>
/// Parents expand their children into the end of their own output list and take the values back from there, so a
/// whole card is expanded with one list instead of one per object and array.
/// </remarks>
internal abstract class TemplateNode
{
    public abstract void ExpandTo(EvaluationContext context, List<JsonNode?> output);

    /// <summary>Prepares any JSON value of a template.</summary>
    public static TemplateNode Compile(JsonNode? node) =>
        node switch
        {
            JsonObject obj => ObjectNode.Compile(obj),
            JsonArray array => new ArrayNode([.. array.Select(Compile)]),
            JsonValue value when value.TryGetValue(out string? text) => TextNode.Compile(text),
            _ => new LiteralNode(node?.DeepClone()),
        };

    /// <summary>Expands a part that stands for exactly one value (the root of a template).</summary>
    public JsonNode? ExpandSingle(EvaluationContext context, out bool present)
    {
        var values = new List<JsonNode?>(1);
        ExpandTo(context, values);
        present = values.Count == 1;
        return present ? values[0] : null;
    }

    /// <summary>
    /// The value of a <c>$data</c> or <c>$when</c> setting, which is only read: what <see cref="ExpandSingle"/>
    /// gives, except that a binding may return the data's own node instead of a copy.
    /// </summary>
    public virtual JsonNode? Evaluate(EvaluationContext context, out bool present) => ExpandSingle(context, out present);
}
