using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary><c>target.name</c>; reading through a missing or non-object value gives a missing value, not an error.</summary>
internal sealed class MemberExpression(Expression target, string name) : Expression
{
    public override JsonNode? Evaluate(EvaluationContext context) => context.Member(target.Evaluate(context), name);

    public static JsonNode? Member(JsonNode? target, string name) =>
        target is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;
}
