using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>A number, boolean or null in the template, copied as is.</summary>
internal sealed class LiteralNode(JsonNode? value) : TemplateNode
{
    public override void ExpandTo(EvaluationContext context, List<JsonNode?> output) => output.Add(value?.DeepClone());
}
