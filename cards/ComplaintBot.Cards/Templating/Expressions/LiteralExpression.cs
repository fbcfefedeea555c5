using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>A number, a quoted string, <c>true</c>, <c>false</c> or <c>null</c> written in the template.</summary>
internal sealed class LiteralExpression(JsonNode? value) : Expression
{
    public override JsonNode? Evaluate(EvaluationContext context) => value;
}
