using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary><c>target[index]</c>: a position in an array or a key of an object; out of range gives a missing value.</summary>
internal sealed class IndexExpression(Expression target, Expression index) : Expression
{
    public override JsonNode? Evaluate(EvaluationContext context)
    {
        var container = target.Evaluate(context);
        var key = index.Evaluate(context);
        if (container is JsonArray array && JsonValues.TryGetNumber(key, out var position))
        {
            return position >= 0 && position < array.Count && position == Math.Floor(position) ? array[(int)position] : null;
        }

        return JsonValues.TryGetString(key, out var name) ? context.Member(container, name) : null;
    }
}
